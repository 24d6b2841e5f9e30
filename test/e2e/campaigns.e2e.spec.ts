import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { closeContext, eventually, openContext, openPage, screenshot, seriousViolations, settled } from './support/dashboard-page';
import { e2eEnv } from './support/e2e-env';

const env = e2eEnv();
const describeInBrowser = env.skip ? describe.skip : describe;
if (env.skip) console.log(`e2e skipped: ${env.skip}`);
const baseUrl = env.baseUrl ?? '';

const THEME = 'hcm-2021-urban-government';
const PEAK_MONTH = 'tan-binh-2021-11-peak-month';
const SAME_DAY_MONTH = 'tan-binh-2021-11-same-day-month';
const SAME_DAY_WEEK = 'tan-binh-2021-11-same-day-week';
const LIST = '/campaigns?unit=766';
const detail = (code: string) => `${LIST}&campaign=${code}`;

const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).trim();
/** A figure of the impact panel, as shown: "45.730". */
const impactValue = (page: Page, metric: string) => text(page, `[data-testid="impact-cards"] [data-metric="${metric}"] [data-value]`);

describeInBrowser('campaigns in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await openContext(browser);
  });
  afterEach(async () => {
    await closeContext(context);
  });

  it('nests the same-day week inside the peak month inside the city’s yearly theme, each with its enrolled count', async () => {
    const page = await openPage(context, baseUrl, LIST);
    const nested = page.locator(
      `li:has(> [data-campaign="${THEME}"]) > ul > li:has(> [data-campaign="${PEAK_MONTH}"]) > ul > li > [data-campaign="${SAME_DAY_WEEK}"]`,
    );
    await expect(nested.count()).resolves.toBe(1);
    await expect(text(page, `[data-campaign="${SAME_DAY_MONTH}"] [data-testid="campaign-enrolled-count"]`)).resolves.toBe(
      '11/15 phường tham gia',
    );
    await expect(text(page, `[data-campaign="${PEAK_MONTH}"]`)).resolves.toContain('Kế hoạch 173/KH-UBND ngày 24/6/2021');
    await screenshot(page, 'campaigns-list');
  });

  it('shows the same-day month with 11 of 15 wards enrolled, naming the 4 that were not', async () => {
    const page = await openPage(context, baseUrl, detail(SAME_DAY_MONTH));
    await expect(text(page, '[data-testid="campaign-enrolled"]')).resolves.toBe('11/15 phường tham gia');
    await expect(page.locator('[data-testid="enrolled-units"] li').count()).resolves.toBe(11);
    // The headings' counts are the API's (enrolledEligibleUnitCount, notEnrolledEligibleUnitCount).
    await expect(text(page, '#campaign-enrolled-heading')).resolves.toBe('Đã tham gia (11)');
    await expect(text(page, '#campaign-not-enrolled-heading')).resolves.toBe('Không tham gia (4)');
    expect((await page.locator('[data-testid="not-enrolled-units"] li').allInnerTexts()).map((t) => t.replace(/^–\s*/, ''))).toEqual([
      'Phường 6',
      'Phường 12',
      'Phường 14',
      'Phường 15',
    ]);
    await expect(text(page, '[data-testid="campaign-period"]')).resolves.toBe('01/11/2021 – 30/11/2021 (30 ngày)');
    // F9: the 11 wards received 29.471 dossiers in the month.
    await expect(
      eventually(
        () => impactValue(page, 'receivedTotal'),
        (v) => v === '29.471',
        'same-day month received total',
      ),
    ).resolves.toBe('29.471');
    await settled(page);
    await screenshot(page, 'campaigns-same-day-month');

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(
      eventually(
        () => text(page, '[data-testid="campaign-enrolled"]'),
        (v) => v === '11 of 15 wards enrolled',
        'English count',
      ),
    ).resolves.toBe('11 of 15 wards enrolled');
    await expect(text(page, '[data-testid="campaign-name"]')).resolves.toBe('Same-day processing for the whole peak month');
    await screenshot(page, 'campaigns-same-day-month-en');
  });

  it('gives the peak month 45.730 dossiers received in total during the campaign and its no-overdue target met', async () => {
    const page = await openPage(context, baseUrl, detail(PEAK_MONTH));
    await expect(
      eventually(
        () => impactValue(page, 'receivedTotal'),
        (v) => v === '45.730',
        'peak month received total',
      ),
    ).resolves.toBe('45.730');
    await expect(impactValue(page, 'overdue')).resolves.toBe('0');
    await expect(
      eventually(
        () => text(page, '[data-testid="target-status"]'),
        (v) => v.includes('Đạt'),
        'target status',
      ),
    ).resolves.toContain('Đạt');
    // impact.targetCounts: the summary above the targets table.
    await expect(text(page, '.panel:has([data-testid="target-status"]) > .panel__header .panel__description')).resolves.toMatch(
      /^1\/1 chỉ tiêu đạt\. /,
    );
    await expect(text(page, '[data-testid="campaign-enrolled"]')).resolves.toBe('15/15 phường tham gia');
    await settled(page);
    await screenshot(page, 'campaigns-peak-month');
  });

  it('says plainly that the same-day week’s same-day rate was worse than in the days before it', async () => {
    const page = await openPage(context, baseUrl, detail(SAME_DAY_WEEK));
    const before = page.locator('[data-testid="impact-verdict"] li[data-baseline="before"]');
    await before.waitFor();
    const verdict = await before.innerText();
    expect(verdict).toContain('So với 6 ngày liền trước (09/11/2021 – 14/11/2021)');
    expect(verdict).toMatch(/Kém hơn ở: Tỷ lệ giải quyết trong ngày: \d+,\d{2}% so với \d+,\d{2}%, −\d+,\d{2} điểm %/);
    const card = await text(page, '[data-testid="impact-cards"] [data-metric="sameDayRate"]');
    expect(card).toContain('kém hơn');
    await screenshot(page, 'campaigns-same-day-week');
  });

  it('reopens the same campaign and desk choice from a copied URL', async () => {
    const page = await openPage(context, baseUrl, '/campaigns');
    await page.waitForURL(/unit=766/);
    await page.getByRole('link', { name: 'Tuần lễ “Tiếp nhận và giải quyết hồ sơ ngay trong ngày”' }).click();
    await page.waitForURL((url) => url.searchParams.get('campaign') === SAME_DAY_WEEK);
    const desk = page.getByLabel('Bộ phận một cửa của Quận Tân Bình');
    await desk.selectOption('without');
    await page.waitForURL(/desk=without/);
    // The wards alone: 15 rows, no district desk.
    await eventually(
      () => page.locator('.campaign-units-table tbody tr').count(),
      (n) => n === 15,
      'per-unit rows without the district desk',
    );
    await settled(page);
    const copied = page.url();
    const figures = await impactValue(page, 'sameDay');

    const other = await openContext(browser);
    try {
      const reopened = await openPage(other, '', copied);
      expect(reopened.url()).toBe(copied);
      await expect(text(reopened, '[data-testid="campaign-name"]')).resolves.toBe(
        'Tuần lễ “Tiếp nhận và giải quyết hồ sơ ngay trong ngày”',
      );
      await expect(reopened.getByLabel('Bộ phận một cửa của Quận Tân Bình').inputValue()).resolves.toBe('without');
      await expect(
        eventually(
          () => impactValue(reopened, 'sameDay'),
          (v) => v === figures,
          'same figures',
        ),
      ).resolves.toBe(figures);
      await expect(reopened.locator('.campaign-units-table tbody tr').count()).resolves.toBe(15);
      await expect(reopened.locator(`[data-campaign="${SAME_DAY_WEEK}"] a[aria-current="true"]`).count()).resolves.toBe(1);
      await screenshot(reopened, 'campaigns-reopened-from-copied-url');
    } finally {
      await other.close();
    }
  });

  it('says so when the URL names a campaign that does not exist', async () => {
    const page = await openPage(context, baseUrl, detail('no-such-campaign'));
    await expect(page.getByText('Không có chiến dịch mã “no-such-campaign”').count()).resolves.toBe(1);
  });

  it.each([
    ['list', LIST],
    ['peak-month', detail(PEAK_MONTH)],
    ['same-day-month', detail(SAME_DAY_MONTH)],
  ])('has no serious or critical accessibility violation on the campaigns %s', async (name, path) => {
    const page = await openPage(context, baseUrl, path);
    await page.waitForLoadState('networkidle');
    await settled(page);
    await screenshot(page, `axe-campaigns-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
