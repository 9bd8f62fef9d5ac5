// The generated index.html in a real browser (Debian chromium driven by playwright-core):
// charts render, the leaderboard sorts on a header click, the search box filters, and the
// page asks the network for nothing. Leaves a screenshot in reports/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { renderHtml } from '../../src/report/write.ts';
import { sampleResults } from '../support/results.ts';
import { mockResults, model, slow } from '../support/tier-run.ts';

const CHROMIUM = [process.env.BRISK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!CHROMIUM) console.warn('browser test skipped: no chromium (apt-get install chromium, or set BRISK_CHROMIUM)');

describe.skipIf(!CHROMIUM)('index.html in chromium', () => {
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-html-'));
    const file = path.join(dir, 'index.html');
    writeFileSync(file, await renderHtml(sampleResults()));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`file://${file}`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  const names = () => page.$$eval('#leaderboard tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[1]!.textContent));
  const visible = () => page.$$eval('#leaderboard tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[1]!.textContent));

  it('renders the three charts as inline SVG with marks', async () => {
    for (const id of ['chart-heatmap', 'chart-scatter', 'chart-levels']) {
      const box = await page.locator(`#${id} svg`).boundingBox();
      expect(box!.width, id).toBeGreaterThan(100);
      expect(box!.height, id).toBeGreaterThan(100);
    }
    // 2 entrants x 2 problems = 4 heatmap cells; 2 scatter points; 2 entrants x 2 levels = 4 bars.
    expect(await page.locator('#chart-heatmap g.mark-rect.role-mark path').count()).toBe(4);
    expect(await page.locator('#chart-scatter g.mark-symbol.role-mark path').count()).toBe(2);
    expect(await page.locator('#chart-levels g.mark-rect.role-mark path').count()).toBe(4);
    expect(foreign).toEqual([]);
  });

  it('sorts the leaderboard on a header click, and reverses on a second', async () => {
    expect(await names()).toEqual(['model-a', 'model-b']);
    const eff = page.locator('#leaderboard thead th', { hasText: 'eff@1' });
    await eff.click(); // ascending: model-b (0.25) first
    expect(await names()).toEqual(['model-b', 'model-a']);
    expect(await eff.getAttribute('aria-sort')).toBe('ascending');
    await eff.click();
    expect(await names()).toEqual(['model-a', 'model-b']);
  });

  it('filters rows with the search box, and shows a screenshot-worthy page', async () => {
    await page.fill('#leaderboard-search', 'MODEL-B');
    expect(await visible()).toEqual(['model-b']);
    await page.fill('#leaderboard-search', '');
    expect(await visible()).toEqual(['model-a', 'model-b']);
    await page.fill('#problem-search', 'p2');
    const shown = await page.$$eval('#problems details', (ds) => ds.filter((d) => !(d as HTMLElement).hidden).map((d) => d.getAttribute('data-problem')));
    expect(shown).toEqual(['p2']);
    await page.fill('#problem-search', '');
    await page.locator('#problems details summary').first().click();
    const dir = path.join(PACKAGE_ROOT, 'reports', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const shot = path.join(dir, 'index-html.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);
    expect(existsSync(shot)).toBe(true);
  });
});

describe.skipIf(!CHROMIUM)('index.html of a run with every metric, at 1,200 px', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-html-wide-'));
    const file = path.join(dir, 'index.html');
    writeFileSync(file, await renderHtml(await mockResults([model, slow])));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${file}`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  it('shows the headline metrics in the window; the rest open on demand without widening the page', async () => {
    const headline = await page.$$eval('#leaderboard thead th', (ths) => ths.map((th) => th.textContent));
    expect(headline).toEqual(['#', 'entrant', 'pass@1', 'eff@1', 'efficient@1', 'speedup', 'DPS_norm', 'NET', 'problems', 'samples']);
    expect(await pageWidth()).toBeLessThanOrEqual(1200);
    expect(await page.locator('#leaderboard-all').isVisible()).toBe(false);
    await page.locator('#all-metrics summary').click();
    expect(await page.locator('#leaderboard-all').isVisible()).toBe(true);
    expect(await page.locator('#leaderboard-all thead th').count()).toBeGreaterThan(headline.length);
    expect(await pageWidth()).toBeLessThanOrEqual(1200);
    await page.locator('#problems details summary').first().click();
    expect(await pageWidth()).toBeLessThanOrEqual(1200);
  });

  it("draws the scatter's points inside its axes, named by a legend, with no text marks to overlap", async () => {
    // The plot area is the root frame's background rectangle; every point lies strictly inside it.
    const boxes = await page.evaluate(() => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const frame = document.querySelector('#chart-scatter .role-frame.root > g > path.background')!;
      return { frame: rect(frame), points: [...document.querySelectorAll('#chart-scatter .mark-symbol.role-mark path')].map(rect) };
    });
    expect(boxes.points).toHaveLength(2);
    for (const b of boxes.points) {
      expect(b.left).toBeGreaterThan(boxes.frame.left);
      expect(b.top).toBeGreaterThan(boxes.frame.top);
      expect(b.right).toBeLessThan(boxes.frame.right);
      expect(b.bottom).toBeLessThan(boxes.frame.bottom);
    }
    expect(await page.locator('#chart-scatter g.mark-text.role-mark').count()).toBe(0);
    expect(await page.locator('#chart-scatter g.role-legend').count()).toBe(1);
    const dir = path.join(PACKAGE_ROOT, 'reports', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'index-html-wide.png'), fullPage: true });
  });
});
