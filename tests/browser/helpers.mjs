// Shared steps for the browser tests: answer a question the way a person does, and keep
// screenshots of what they would see.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

/** Records every request and every console error or uncaught exception of a page. */
export function watch(page) {
  const seen = { requests: [], problems: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') seen.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => seen.problems.push(`pageerror: ${e.message}`));
  return seen;
}

/** Opens the page and fails on any console error or uncaught exception. */
export async function open(page, path = '') {
  const { problems } = watch(page);
  await page.goto(path);
  await expect(page.locator('fieldset[data-key="device"]')).toBeVisible();
  await live(page);
  return problems;
}

/**
 * Waits until the WebAssembly widget runs. The hosted page shows a prerendered copy before
 * that, whose radios take clicks but recommend nothing; the API appears as the widget starts.
 */
export async function live(page) {
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.evaluate === 'function');
}

/** Clicks the choice labelled `label` in the question `key` of `page` (or of a widget's locator). */
export async function answer(page, key, label) {
  await page.locator(`fieldset[data-key="${key}"]`).getByLabel(label, { exact: true }).check();
}

export function status(page) {
  return page.locator('.apa-recommendation__status');
}

export function verdictOf(page, scenario) {
  return page.locator(`.apa-grid thead th[data-scenario="${scenario}"] .apa-badge`);
}

export async function shot(page, name) {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** axe-core over the whole page; returns the violations, each with its nodes. */
export async function axe(page, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']) {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** The rows of pixels in which two PNG screenshots of the same size differ (compared in a page). */
export async function differingRows(context, a, b) {
  const page = await context.newPage();
  const rows = await page.evaluate(async ([a, b]) => {
    const load = (src) => new Promise((ok) => { const i = new Image(); i.onload = () => ok(i); i.src = src; });
    const pixels = (i) => {
      const c = document.createElement('canvas');
      c.width = i.width; c.height = i.height;
      const x = c.getContext('2d');
      x.drawImage(i, 0, 0);
      return x.getImageData(0, 0, i.width, i.height).data;
    };
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    if (ia.width !== ib.width || ia.height !== ib.height) return ['size'];
    const [pa, pb] = [pixels(ia), pixels(ib)];
    const rows = new Set();
    for (let k = 0; k < pa.length; k += 4) {
      if (pa[k] !== pb[k] || pa[k + 1] !== pb[k + 1] || pa[k + 2] !== pb[k + 2]) rows.add(Math.floor(k / 4 / ia.width));
    }
    return [...rows];
  }, [a, b].map((png) => `data:image/png;base64,${png.toString('base64')}`));
  await page.close();
  return rows;
}
