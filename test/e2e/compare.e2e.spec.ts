import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { closeContext, eventually, openContext, openPage, screenshot, seriousViolations, settled } from './support/dashboard-page';
import { e2eEnv } from './support/e2e-env';

const env = e2eEnv();
const describeInBrowser = env.skip ? describe.skip : describe;
if (env.skip) console.log(`e2e skipped: ${env.skip}`);
const baseUrl = env.baseUrl ?? '';

const UNITS_NOV_2021 = '/compare-units?unit=766&from=2021-11-01&to=2021-11-30';
const PERIODS_NOV_2021 =
  '/compare-periods?unit=766&from=2021-11-01&to=2021-11-30&against=PREVIOUS_PERIOD,SAME_PERIOD_LAST_YEAR,REPORTING_WINDOW';

/** The unit names of the comparison table, top to bottom. */
const wardNames = (page: Page) => page.locator('.compare-units-table tbody .unit-cell__name').allInnerTexts();
/** A column's cells as numbers ("2.246" → 2246). */
const columnNumbers = async (page: Page, index: number) =>
  (await page.locator(`.compare-units-table tbody tr > :nth-child(${index})`).allInnerTexts()).map((t) => Number(t.replace(/\./g, '')));

describeInBrowser('comparing units and periods in a browser', () => {
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

  it('lists the 15 wards of Tân Bình in November 2021 and re-sorts them when a column header is clicked', async () => {
    const page = await openPage(context, baseUrl, UNITS_NOV_2021);
    await expect(page.getByTestId('context-unit').innerText()).resolves.toBe('Quận Tân Bình');
    const before = await wardNames(page);
    expect(before).toHaveLength(15);
    // Every ward at 100% on time in the peak month: all share rank 1, listed by name.
    expect(before.slice(0, 3)).toEqual(['Phường 1', 'Phường 2', 'Phường 3']);

    const header = page.locator('.compare-units-table thead th', {
      has: page.getByRole('button', { name: 'Sắp xếp theo Tổng số hồ sơ tiếp nhận', exact: true }),
    });
    const received =
      (await page.locator('.compare-units-table thead th').allInnerTexts()).findIndex((t) => t.startsWith('Tổng số hồ sơ tiếp nhận')) + 1;
    expect(received).toBeGreaterThan(0);
    await expect(header.getAttribute('aria-sort')).resolves.toBeNull();

    await header.getByRole('button').click();
    await page.waitForURL(/sort=-receivedTotal/);
    // The URL changes first; the table re-renders right after (navigations render in a transition).
    await eventually(
      () => header.getAttribute('aria-sort'),
      (v) => v === 'descending',
      'aria-sort after the first click',
    );
    const descending = await wardNames(page);
    expect(descending).not.toEqual(before);
    expect(descending[0]).toBe('Phường 15'); // 3.307 dossiers, the most
    const counts = await columnNumbers(page, received);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await header.getByRole('button').click();
    await page.waitForURL(/sort=receivedTotal(&|$)/);
    await eventually(
      () => header.getAttribute('aria-sort'),
      (v) => v === 'ascending',
      'aria-sort after the second click',
    );
    expect((await wardNames(page))[0]).toBe('Phường 1'); // 2.246, the fewest
    await screenshot(page, 'compare-units-sorted');
  });

  it('reopens the sorted view with its picked wards and ranking metric from a copied URL', async () => {
    const page = await openPage(context, baseUrl, UNITS_NOV_2021);
    // click, not check: the box shows the URL's state, which changes a moment after the click.
    await page.getByRole('checkbox', { name: 'Chọn Phường 4 để so sánh cạnh nhau' }).click();
    await page.waitForURL(/pick=26968/);
    await page.getByRole('checkbox', { name: 'Chọn Phường 13 để so sánh cạnh nhau' }).click();
    await page.waitForURL(/pick=26968(%2C|,)26974/);
    await page.getByLabel('Xếp hạng theo').selectOption('sameDayRate');
    await page.waitForURL(/metric=sameDayRate/);
    // The ranks by the same-day rate are in once the page has rendered the URL and nothing is loading.
    await eventually(
      () => page.getByLabel('Xếp hạng theo').inputValue(),
      (v) => v === 'sameDayRate',
      'ranking metric',
    );
    await settled(page);
    const rankHeader = page.locator('.compare-units-table thead th', {
      has: page.getByRole('button', { name: 'Sắp xếp theo Hạng', exact: true }),
    });
    await rankHeader.getByRole('button').click();
    await page.waitForURL(/sort=-?rank/);
    await eventually(
      () => rankHeader.getAttribute('aria-sort'),
      (v) => v !== null,
      'aria-sort of the rank column',
    );
    const order = await wardNames(page);
    const copied = page.url();

    const other = await openContext(browser);
    try {
      const reopened = await openPage(other, '', copied);
      expect(reopened.url()).toBe(copied);
      await eventually(
        () => wardNames(reopened),
        (names) => names.join() === order.join(),
        'ward order in the reopened view',
      );
      await expect(reopened.getByLabel('Xếp hạng theo').inputValue()).resolves.toBe('sameDayRate');
      await expect(reopened.getByRole('checkbox', { name: 'Chọn Phường 4 để so sánh cạnh nhau' }).isChecked()).resolves.toBe(true);
      const side = reopened.locator('.panel--picked thead th');
      expect(await side.allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('Phường 4'), expect.stringContaining('Phường 13')]),
      );
      const reopenedRank = reopened.locator('.compare-units-table thead th', {
        has: reopened.getByRole('button', { name: 'Sắp xếp theo Hạng', exact: true }),
      });
      await expect(reopenedRank.getAttribute('aria-sort')).resolves.toBe(await rankHeader.getAttribute('aria-sort'));
      await screenshot(reopened, 'compare-units-reopened');
    } finally {
      await other.close();
    }
  });

  it('groups the old wards into the six wards that succeeded them in 2025, listing the members', async () => {
    const page = await openPage(context, baseUrl, UNITS_NOV_2021);
    await page.getByLabel('Gộp các phường cũ vào phường kế thừa (sắp xếp năm 2025)').click();
    await page.waitForURL(/successors=1/);
    const names = await eventually(
      () => wardNames(page),
      (n) => n.length === 6,
      'successor rows',
    );
    expect(names).toContain('Phường Tân Sơn Nhất');
    const row = page.locator('.compare-units-table tbody tr', { hasText: 'Phường Tân Sơn Nhất' });
    await expect(row.innerText()).resolves.toContain('gồm Phường 4, Phường 5, Phường 7');
    await screenshot(page, 'compare-units-successors');
  });

  it('compares November 2021 with October 2021: 45.730 in the base column, October beside it with the difference', async () => {
    const page = await openPage(context, baseUrl, PERIODS_NOV_2021);
    await expect(page.getByTestId('base-receivedTotal').innerText()).resolves.toBe('45.730');
    await expect(page.getByTestId('base-early').innerText()).resolves.toBe('823');
    await expect(page.getByTestId('base-onTime').innerText()).resolves.toBe('44.907');
    await expect(page.getByTestId('period-head-BASE').innerText()).resolves.toContain('Tháng 11/2021');
    const october = page.getByTestId('period-head-PREVIOUS_PERIOD');
    await expect(october.innerText()).resolves.toContain('Tháng 10/2021');
    await expect(october.textContent()).resolves.toContain('Kỳ trước');
    await expect(page.getByTestId('value-PREVIOUS_PERIOD-receivedTotal').innerText()).resolves.toBe('23.207');
    // The API's difference: October − November.
    await expect(page.getByTestId('difference-PREVIOUS_PERIOD-receivedTotal').innerText()).resolves.toBe('−22.523 (−49,3%)');
    await expect(page.getByTestId('period-head-REPORTING_WINDOW').innerText()).resolves.toContain('15/10/2021 – 14/11/2021');
    await expect(page.getByTestId('context-compared').innerText()).resolves.toContain('Tháng 10/2021');
    await screenshot(page, 'compare-periods-nov-2021');
  });

  it("reopens a comparison to date with a period of one's own from a copied URL, and adds a named period", async () => {
    const path =
      '/compare-periods?unit=766&from=2021-11-01&to=2021-11-30&against=PREVIOUS_PERIOD&asOf=2021-11-10&periods=2020-11-01..2020-11-30&metric=sameDayRate';
    const page = await openPage(context, baseUrl, path);
    expect(page.url()).toBe(`${baseUrl}${path}`);
    // 1–10 Nov 2021: 15.902 received; 1–10 Oct 2021: 6.493 (the to-date example of schema/examples.graphql).
    await expect(page.getByTestId('base-received').innerText()).resolves.toBe('15.902');
    await expect(page.getByTestId('value-PREVIOUS_PERIOD-received').innerText()).resolves.toBe('6.493');
    await expect(page.getByTestId('period-head-BASE').innerText()).resolves.toContain('01/11/2021 – 10/11/2021');
    await expect(page.getByTestId('period-head-PERIOD_1').innerText()).resolves.toContain('01/11/2020 – 10/11/2020');
    await expect(page.getByRole('status').filter({ hasText: 'Tính đến ngày 10/11/2021' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Chỉ tiêu', { exact: true }).inputValue()).resolves.toBe('sameDayRate');

    const named = page.getByRole('form', { name: 'Thêm kỳ theo tên' });
    await named.getByLabel('Loại kỳ').selectOption('MONTH');
    await named.getByLabel(/^Thứ tự/).selectOption('9');
    await named.getByLabel('Năm').fill('2021');
    await named.getByRole('button', { name: 'Thêm kỳ' }).click();
    await page.waitForURL(/periods=2020-11-01\.\.2020-11-30(%2C|,)2021-09-01\.\.2021-09-30/);
    await eventually(
      () => page.getByTestId('period-head-PERIOD_2').innerText(),
      (t) => t.includes('01/09/2021 – 10/09/2021'),
      'the added September 2021, cut to its first 10 days',
    );
    await screenshot(page, 'compare-periods-to-date');
  });

  it.each([
    ['compare-units', `${UNITS_NOV_2021}&pick=26977,26965`],
    ['compare-units-successors', `${UNITS_NOV_2021}&successors=1`],
    ['compare-periods', PERIODS_NOV_2021],
  ])('has no serious or critical accessibility violation on %s', async (name, path) => {
    const page = await openPage(context, baseUrl, path);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `axe-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
