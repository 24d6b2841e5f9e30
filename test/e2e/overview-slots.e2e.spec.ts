import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { closeContext, eventually, openContext, openPage, screenshot, seriousViolations, settled } from './support/dashboard-page';
import { e2eEnv } from './support/e2e-env';

const env = e2eEnv();
const describeInBrowser = env.skip ? describe.skip : describe;
if (env.skip) console.log(`e2e skipped: ${env.skip}`);
const baseUrl = env.baseUrl ?? '';

const PEAK = '/?unit=766&from=2021-11-01&to=2021-11-30';
const NOV_2020 = '/?unit=766&from=2020-11-01&to=2020-11-30';
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** The API itself, to hold the page to the figures it was given. */
async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The focused element's attribute, read in the browser (the suite is compiled with Node's types). */
const focusedAttribute = (page: Page, name: string) =>
  page.evaluate((attr) => {
    const doc = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document;
    return doc.activeElement?.getAttribute(attr) ?? null;
  }, name);

const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).trim();

describeInBrowser('overview: campaign bands, early warning and drill-down in a browser', () => {
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

  it('shades November 2021 on Tân Bình’s trend with a band labelled as the peak month (and the two campaigns inside it)', async () => {
    const page = await openPage(context, baseUrl, PEAK);
    const band = page.locator('svg text', { hasText: 'Tháng cao điểm (+2)' });
    await band.first().waitFor({ timeout: 20_000 });
    await expect(band.count()).resolves.toBe(1);
    await settled(page);
    await screenshot(page, 'overview-campaign-band');
  });

  it('shows the early warning totals the API gives for Tân Bình as of the period’s last day, 30/11/2021', async () => {
    const { earlyWarning: w } = await api<{
      earlyWarning: { asOf: string; horizon: string; dueToday: number; dueWithin: number; alreadyOverdue: number; groups: unknown[] };
    }>(
      `query($asOf: Date!) { earlyWarning(scope: { unitCodes: ["766"] }, asOf: $asOf, withinWorkingDays: 3) {
        asOf horizon dueToday dueWithin alreadyOverdue groups { dueWithin } } }`,
      { asOf: '2021-11-30' },
    );
    const page = await openPage(context, baseUrl, PEAK);
    const totals = page.getByTestId('warning-totals');
    await totals.waitFor();
    await expect(totals.getAttribute('data-as-of')).resolves.toBe('2021-11-30');
    await expect(totals.getAttribute('data-horizon')).resolves.toBe(w.horizon);
    await expect(text(page, '[data-testid="warning-due-today"]')).resolves.toBe(vi(w.dueToday));
    await expect(text(page, '[data-testid="warning-due-within"]')).resolves.toBe(vi(w.dueWithin));
    await expect(text(page, '[data-testid="warning-overdue"]')).resolves.toBe(vi(w.alreadyOverdue));
    const [y, m, d] = w.horizon.split('-');
    await expect(text(page, '.panel--warning')).resolves.toContain(`${d}/${m}/${y}`);
    await expect(page.locator('[data-testid="warning-groups"] tbody tr').count()).resolves.toBe(Math.min(10, w.groups.length));

    // ?warnDays= changes the horizon: 0 working days ahead means due on the day itself.
    await page.locator('.panel--warning select').selectOption('0');
    await page.waitForURL(/warnDays=0/);
    await eventually(
      () => totals.getAttribute('data-horizon'),
      (v) => v === '2021-11-30',
      'horizon for 0 working days',
    );
    await expect(text(page, '[data-testid="warning-due-within"]')).resolves.toBe(vi(w.dueToday));
  });

  it('totals the early warning by unit as the API does: Tân Bình on 30/11/2020, each unit’s due and already overdue', async () => {
    type UnitTotals = { unit: { name: string }; dueToday: number; dueWithin: number; alreadyOverdue: number };
    const { earlyWarning: w } = await api<{ earlyWarning: { byUnit: UnitTotals[] } }>(
      `query($asOf: Date!) { earlyWarning(scope: { unitCodes: ["766"] }, asOf: $asOf, withinWorkingDays: 3) {
        byUnit { unit { name } dueToday dueWithin alreadyOverdue } } }`,
      { asOf: '2020-11-30' },
    );
    expect(w.byUnit.length).toBeGreaterThan(0);
    const page = await openPage(context, baseUrl, NOV_2020);
    const table = page.getByTestId('warning-by-unit');
    await table.locator('tbody tr').first().waitFor();
    const shown = await Promise.all(
      (await table.locator('tbody tr').all()).map(async (row) => (await row.locator('th, td').allInnerTexts()).map((t) => t.trim())),
    );
    expect(shown).toEqual(w.byUnit.map((u) => [u.unit.name, vi(u.dueToday), vi(u.dueWithin), vi(u.alreadyOverdue)]));
    await screenshot(page, 'overview-warning-by-unit-nov-2020');
  });

  it('lists the 16 pending-overdue dossiers of Phường 15 (Nov 2020) from its table cell, with the drill in the URL, and Escape returns focus', async () => {
    const page = await openPage(context, baseUrl, NOV_2020);
    const cell = page.locator('button[data-drill="PENDING_OVERDUE_AT_END"][data-unit="27007"]');
    await cell.waitFor();
    await expect(cell.innerText()).resolves.toBe('16');
    await cell.click();
    await page.waitForURL(/drill=PENDING_OVERDUE_AT_END&drillUnit=27007/);
    const list = page.getByTestId('drill-down');
    await eventually(
      () => list.getAttribute('data-total'),
      (v) => v === '16',
      'drill-down total',
    );
    await expect(list.locator('tbody tr').count()).resolves.toBe(16);
    await expect(text(page, '[data-testid="drill-loaded"]')).resolves.toBe('Đã hiện 16 trên 16 hồ sơ.');
    await expect(list.locator('tbody tr').first().innerText()).resolves.toContain('Phường 15');
    // Pending overdue at the end of the period: due by 30/11/2020, and not finished by then (finished later, or not yet).
    const iso = (shown: string) => shown.trim().split('/').reverse().join('-');
    const due = (await list.locator('tbody tr td:nth-child(6)').allInnerTexts()).map(iso);
    const finished = (await list.locator('tbody tr td:nth-child(7)').allInnerTexts()).map((t) => t.trim());
    expect(due.filter((day) => day > '2020-11-30')).toEqual([]);
    expect(finished.filter((t) => t !== '–' && iso(t) <= '2020-11-30')).toEqual([]);
    await expect(focusedAttribute(page, 'id')).resolves.toBe('overview-drill-title');
    await settled(page);
    const violations = await seriousViolations(page);
    expect(violations).toEqual([]);
    await screenshot(page, 'overview-drill-down');

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('drill='));
    await eventually(
      () => list.count(),
      (n) => n === 0,
      'drill-down closed',
    );
    await eventually(
      () => focusedAttribute(page, 'data-unit'),
      (v) => v === '27007',
      'focus back on the cell',
    );
  });

  it('lists the units ranked highest and lowest by the API’s ranks, ties kept and none on both lists (Nov 2020, on-time rate)', async () => {
    const page = await openPage(context, baseUrl, NOV_2020);
    type Row = { unit: { name: string }; rank: number | null; rankFromBottom: number | null };
    const { compareUnits } = await api<{ compareUnits: { rows: Row[] } }>(
      `query($period: PeriodInput!) {
        compareUnits(scope: { unitCodes: ["766"] }, period: $period, metric: "onTimeRate") { rows { unit { name } rank rankFromBottom } }
      }`,
      { period: { from: '2020-11-01', to: '2020-11-30' } },
    );
    const onTop = (r: Row) => r.rank !== null && r.rank <= 3;
    const top = compareUnits.rows.filter(onTop);
    const bottom = compareUnits.rows
      .filter((r) => !onTop(r) && r.rankFromBottom !== null && r.rankFromBottom <= 3)
      .sort((a, b) => a.rankFromBottom! - b.rankFromBottom!);
    await page.locator('.ranking__list--good li').first().waitFor();
    await settled(page);
    const shown = async (tone: string) => {
      const list = page.locator(`.ranking__list--${tone}`);
      const [ranks, names] = await Promise.all([
        list.locator('.ranking__rank').allInnerTexts(),
        list.locator('.ranking__name').allInnerTexts(),
      ]);
      return ranks.map((rank, i) => [rank.trim(), names[i].trim()]);
    };
    // The district's own desk is named with a suffix; its name starts as the API's.
    const expected = (rows: Row[]) => rows.map((r) => [`${r.rank}.`, expect.stringMatching(new RegExp(`^${r.unit.name}( |$)`))]);
    await expect(shown('good')).resolves.toEqual(expected(top));
    await expect(shown('watch')).resolves.toEqual(expected(bottom));
    await screenshot(page, 'overview-ranking-nov-2020');
  });

  it('says once that all 16 desks tie at 100% on time in Nov 2021, instead of listing sixteen firsts, with no lowest list', async () => {
    const page = await openPage(context, baseUrl, PEAK);
    const top = page.locator('.ranking__list--good li');
    await top.first().waitFor();
    await settled(page);
    await expect(top.count()).resolves.toBe(1);
    await expect(top.first().getAttribute('data-tied')).resolves.toBe('16');
    const line = (await top.first().innerText()).replace(/\s+/g, ' ');
    expect(line).toContain('1. Cả 16 đơn vị bằng nhau');
    expect(line).toContain('100,00%');
    await expect(page.locator('.ranking__list--watch').count()).resolves.toBe(0);
    // The names are one click away.
    await top.first().locator('summary').click();
    await expect(top.first().innerText()).resolves.toContain('Phường 15');
    await screenshot(page, 'overview-ranking-all-tied');
  });

  it('reopens a copied drill-down link and loads the next page of a long list, its total the KPI figure', async () => {
    const { kpis } = await api<{ kpis: { received: number }[] }>(
      `query { kpis(scope: { unitCodes: ["766"] }, period: { from: "2020-11-01", to: "2020-11-30" }) { received } }`,
      {},
    );
    expect(kpis[0].received).toBeGreaterThan(100);
    const page = await openPage(context, baseUrl, `${NOV_2020}&drill=RECEIVED`);
    const list = page.getByTestId('drill-down');
    await eventually(
      () => list.getAttribute('data-total'),
      (v) => v === String(kpis[0].received),
      'drill-down total',
    );
    await expect(list.locator('tbody tr').count()).resolves.toBe(50);
    await list.getByRole('button', { name: 'Tải thêm hồ sơ' }).click();
    await eventually(
      () => list.locator('tbody tr').count(),
      (n) => n === 100,
      'rows after load more',
    );
    await expect(text(page, '[data-testid="drill-loaded"]')).resolves.toBe(`Đã hiện 100 trên ${vi(kpis[0].received)} hồ sơ.`);
    await list.getByRole('button', { name: /Đóng danh sách/ }).click();
    await page.waitForURL((url) => !url.search.includes('drill='));
  });

  it('opens the dossiers behind the pending-overdue card of the whole district', async () => {
    const page = await openPage(context, baseUrl, NOV_2020);
    const card = page.locator('[data-metric="pendingOverdue"]');
    const shown = (await card.locator('[data-value]').innerText()).trim();
    await card.getByRole('button').click();
    await page.waitForURL((url) => url.search.includes('drill=PENDING_OVERDUE_AT_END') && !url.search.includes('drillUnit'));
    await eventually(
      () => page.getByTestId('drill-down').getAttribute('data-total'),
      (v) => v !== null && vi(Number(v)) === shown,
      'card drill-down total',
    );
  });

  it('names both ends of a unit’s existence when it did not exist in the chosen period (no raw {from}/{to})', async () => {
    const { units } = await api<{ units: { code: string; validTo: string | null }[] }>(
      `query { units(search: "766") { code validTo } }`,
      {},
    );
    const validTo = units.find((u) => u.code === '766')?.validTo;
    expect(validTo).toBeTruthy();
    const [y, m, d] = validTo!.split('-');
    const page = await context.newPage();
    await page.goto(`${baseUrl}/compare-units?unit=766&from=2025-07-01&to=2025-12-31`);
    const notice = page.locator('p.notice');
    await notice.first().waitFor({ timeout: 30_000 });
    const said = await text(page, 'p.notice');
    expect(said).not.toMatch(/\{|\}/);
    expect(said).toContain(`đến ${d}/${m}/${y}`);
  });
});
