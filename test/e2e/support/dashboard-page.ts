import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/** A fresh browser context as a user in Viet Nam has it (no cache, no stored language). */
export async function openContext(browser: Browser, locale = 'vi-VN'): Promise<BrowserContext> {
  return browser.newContext({ locale, timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1440, height: 1000 } });
}

/** Opens a path and waits until the page marked itself ready (its figures are on screen). */
export async function openPage(context: BrowserContext, baseUrl: string, path: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${baseUrl}${path}`);
  await waitReady(page);
  if (problems.length) throw new Error(`the page threw: ${problems.join('; ')}`);
  return page;
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('tthc:ready').length > 0, undefined, { timeout: 30_000 });
}

/** Milliseconds from navigation start to the page's first figures, and to the DOM being interactive. */
export async function readyTimes(page: Page): Promise<{ ready: number; domInteractive: number }> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('tthc:ready')[0];
    // Runs in the browser; the suite is compiled with Node's types, hence the loose cast.
    const nav = performance.getEntriesByType('navigation' as never)[0] as unknown as { domInteractive: number } | undefined;
    return { ready: Math.round(mark?.startTime ?? NaN), domInteractive: Math.round(nav?.domInteractive ?? NaN) };
  });
}

/** The text of a KPI card's value: "45.730". */
export async function kpiValue(page: Page, metric: string): Promise<string> {
  return (await page.locator(`[data-metric="${metric}"] [data-value]`).innerText()).trim();
}

// Tests that saved a screenshot of their own; the others get one of what they left open (closeContext).
const photographed = new Set<string | undefined>();

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  photographed.add(expect.getState().currentTestName);
}

/**
 * Ends a test's browser context. Every browser test leaves a screenshot: one that saved none of its own gets
 * one of each page it left open, named after the test.
 */
export async function closeContext(context: BrowserContext | undefined): Promise<void> {
  if (!context) return;
  const test = expect.getState().currentTestName;
  const pages = context.pages();
  if (!photographed.has(test)) {
    const name = (test ?? 'test')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 120);
    for (const [i, page] of pages.entries()) await screenshot(page, pages.length > 1 ? `${name}-${i + 1}` : name);
  }
  await context.close();
}

/** Serious and critical accessibility violations (WCAG 2.1 A and AA), one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** The value `read` gives once it passes `accept`, retried for up to 15 s (the page updates after a request). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: still ${JSON.stringify(last)} after 15 s`);
}

/** Waits until no part of the page is loading new figures (after a change of unit, period or metric). */
export async function settled(page: Page): Promise<void> {
  // Runs in the browser; the suite is compiled with Node's types, hence the declared document.
  await page.waitForFunction(
    () =>
      !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(
        '[aria-busy="true"], .state--loading',
      ),
    undefined,
    { timeout: 30_000 },
  );
}

/** The text of an element once it equals `expected` (the page renders a navigation just after the URL changes). */
export async function textBecomes(page: Page, testId: string, expected: string): Promise<string> {
  return eventually(
    () => page.getByTestId(testId).innerText(),
    (text) => text === expected,
    `${testId} text`,
  );
}

/** The text of an element once it is on the page and says something (a refusal shown after a request). */
export async function shownText(page: Page, testId: string): Promise<string> {
  const element = page.getByTestId(testId);
  return eventually(
    async () => ((await element.count()) ? (await element.first().innerText()).trim() : ''),
    (text) => text !== '',
    `${testId} shown`,
  );
}
