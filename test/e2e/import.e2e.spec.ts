import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { closeContext, eventually, openContext, openPage, screenshot, seriousViolations, shownText } from './support/dashboard-page';
import { addAccount } from './support/e2e-accounts';
import { e2eEnv } from './support/e2e-env';

const env = e2eEnv();
const describeInBrowser = env.skip ? describe.skip : describe;
if (env.skip) console.log(`e2e skipped: ${env.skip}`);
const baseUrl = env.baseUrl ?? '';
const ROOT = join(__dirname, '..', '..');

// The sample dossier file: its header and the first rows, all of Phường 26995.
const sample = readFileSync(join(ROOT, 'seeds', 'samples', 'dossiers.csv'), 'utf8')
  .trim()
  .split('\n');
const [HEADER] = sample;
const validRows = sample.slice(1, 5);
// Line 2 finishes before it was received; line 3 names a unit that does not exist.
const badRows = [
  'E2E-BAD-000001,26995,1.001193,,,,truc_tiep,2024-11-04T08:12:00,2024-11-04,2024-11-03T10:40:00,da_tra_ket_qua,0',
  'E2E-BAD-000002,99999,1.001193,,,,truc_tiep,2024-11-04T08:12:00,2024-11-04,2024-11-04T10:40:00,da_tra_ket_qua,0',
];

const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).trim();

/** Chooses a file through the page's file input (what a keyboard user reaches with Tab). */
async function chooseFile(page: Page, dir: string, name: string, lines: string[]): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  await page.getByTestId('import-file').setInputFiles(path);
}

/** An officer of Phường 6 (code 26995 in 2024; the 2025 reform gave the code to Phường Tân Hòa, hence unitOn) who may import. */
const OFFICER = {
  username: 'e2e.import.officer.2024',
  password: 'e2e-officer-password-26995',
  role: 'OFFICER',
  unit: '26995',
  unitOn: '2024-11-04',
};

describeInBrowser('import and sign-in in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'tthc-import-e2e-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    context = await openContext(browser);
  });
  afterEach(async () => {
    await closeContext(context);
  });

  it('shows the demo badge and says the demo may not import: the server refuses the file and writes nothing', async () => {
    const page = await openPage(context, baseUrl, '/import');
    await expect(text(page, '[data-testid="demo-badge"]')).resolves.toBe('Demo — dữ liệu minh hoạ, chỉ xem');
    await expect(text(page, '[data-testid="import-permission"]')).resolves.toContain('bản demo chỉ xem');
    await expect(page.getByRole('link', { name: 'Nhập dữ liệu' }).count()).resolves.toBe(1);

    await chooseFile(page, dir, 'ho-so-loi.csv', badRows);
    await expect(text(page, '[data-testid="import-chosen"]')).resolves.toContain('ho-so-loi.csv');
    const failed = await shownText(page, 'import-failed');
    expect(failed).toContain('Không gửi được tệp ho-so-loi.csv');
    expect(failed).toContain('The demo is read-only');
    await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
    await expect(text(page, '[data-testid="recent-imports"]')).resolves.toBe('Chỉ quản trị viên xem được lịch sử nhập dữ liệu.');
    await screenshot(page, 'import-demo-refused');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(
      eventually(
        () => text(page, '[data-testid="demo-badge"]'),
        (t) => t === 'Demo — sample data, read-only',
        'English badge',
      ),
    ).resolves.toBe('Demo — sample data, read-only');
  });

  it('keeps the chosen kind in the URL', async () => {
    const page = await openPage(context, baseUrl, '/import?kind=RATINGS');
    await expect(page.locator('#import-kind').inputValue()).resolves.toBe('RATINGS');
    await page.locator('#import-kind').selectOption('DOSSIERS');
    await page.waitForURL(/kind=DOSSIERS/);
  });

  it('refuses a wrong password with a clear message and stays on the sign-in page', async () => {
    const page = await openPage(context, baseUrl, '/sign-in?from=%2Fimport');
    await expect(text(page, '[data-testid="demo-badge"]')).resolves.toBe('Demo — dữ liệu minh hoạ, chỉ xem');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Tên đăng nhập').fill('nobody.here');
    await page.getByLabel('Mật khẩu').fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(shownText(page, 'sign-in-problem')).resolves.toBe(
      'Sai tên đăng nhập hoặc mật khẩu. Kiểm tra lại (chú ý chữ hoa, chữ thường) rồi thử lại.',
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, 'sign-in-refused');
    expect(await seriousViolations(page)).toEqual([]);
  });

  const databaseUrl = env.databaseUrl;
  (databaseUrl ? it : it.skip)(
    'an officer signs in, comes back to /import, sees both errors of a bad file with line and column, and a valid file’s preview',
    async () => {
      await addAccount(databaseUrl!, OFFICER);
      const page = await openPage(context, baseUrl, '/sign-in?from=%2Fimport');
      await page.getByLabel('Tên đăng nhập').fill(OFFICER.username);
      await page.getByLabel('Mật khẩu').fill(OFFICER.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/import$/);
      await expect(
        eventually(
          () => text(page, '[data-testid="account-name"]'),
          (t) => t.includes('Cán bộ một cửa'),
          'account area',
        ),
      ).resolves.toContain(OFFICER.username);
      await expect(page.getByTestId('demo-badge').count()).resolves.toBe(0);

      await page.locator('#import-kind').selectOption('DOSSIERS');
      await chooseFile(page, dir, 'ho-so-loi.csv', badRows);
      await eventually(
        () => page.getByTestId('import-errors').count(),
        (n) => n === 1,
        'error list',
      );
      await expect(text(page, '[data-testid="import-verdict"]')).resolves.toContain('có 2 lỗi');
      const rows = await page.locator('[data-testid="import-errors"] tbody tr').allInnerTexts();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatch(/^2\t/);
      expect(rows[0]).toContain('ngay_ket_thuc');
      expect(rows[0]).toContain('FINISHED_BEFORE_RECEIVED');
      expect(rows[1]).toMatch(/^3\t/);
      expect(rows[1]).toContain('ma_don_vi');
      expect(rows[1]).toContain('99999');
      expect(rows[1]).toContain('UNKNOWN_UNIT');
      await expect(page.getByTestId('import-confirm').count()).resolves.toBe(0);
      await screenshot(page, 'import-errors');
      expect(await seriousViolations(page)).toEqual([]);

      await chooseFile(page, dir, 'ho-so-mau.csv', validRows);
      await eventually(
        () => page.getByTestId('import-confirm').count(),
        (n) => n === 1,
        'confirm button',
      );
      await expect(text(page, '[data-testid="import-verdict"]')).resolves.toContain('Tệp ho-so-mau.csv hợp lệ: 4 dòng hồ sơ');
      await expect(page.locator('[data-testid="import-preview"] tbody tr').count()).resolves.toBe(4);
      await expect(text(page, '[data-testid="import-preview"] tbody tr')).resolves.toContain(validRows[0].split(',')[0]);
      const columns = await page.locator('[data-testid="import-columns"] tbody tr').allInnerTexts();
      expect(columns.find((c) => c.startsWith('ma_ho_so'))).toContain('✓ Dùng');
      await screenshot(page, 'import-preview');

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/sign-in/);
    },
  );
});
