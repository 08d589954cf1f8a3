// Shared steps for the browser tests: answer a question the way a person does, and keep
// screenshots of what they would see.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

/** The one version, Cargo.toml's: the script, the package and the release archive carry it. */
export const VERSION = /^version = "([^"]+)"/m.exec(readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8'))[1];

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
 * that, whose radios take clicks but recommend nothing; the API appears as the widget starts,
 * and the hosted page's host stops being busy once the live widget has taken the copy's place.
 */
export async function live(page) {
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.evaluate === 'function'
    && !document.querySelector('#autopilot-advisor[aria-busy]'));
}

/**
 * An init script (`page.addInitScript(watchPaints)`) for the hosted page: records the largest
 * contentful paint entries, counts the animation frames (each runs just before the browser
 * paints it) in which no widget was on screen once one had been, and the mutations after which
 * the widget had left the document with none in its place. bench/lcp.mjs uses it too.
 */
export function watchPaints() {
  const widget = () => document.querySelector('#autopilot-advisor > .apa-advisor');
  const describe = (e) => e && `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ')[0] : ''}`;
  const p = window.__paints = { lcp: [], frames: 0, blank: 0, shown: false, left: 0, stop: false };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.lcp.push({ time: e.startTime, size: e.size, element: e.element, what: describe(e.element) });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const frame = () => {
    const w = widget();
    const shown = !!w && w.getBoundingClientRect().height > 0;
    p.frames++;
    if (shown) p.shown = true;
    else if (p.shown) p.blank++;
    if (!p.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((records) => {
    const gone = records.some((r) => [...r.removedNodes].some((n) => n.nodeType === 1 && (n.matches('.apa-advisor') || n.querySelector('.apa-advisor'))));
    if (gone && !widget()) p.left++;
  }).observe(document, { childList: true, subtree: true });
}

/**
 * What `watchPaints` saw so far (and it stops counting frames): FCP, the LCP entries (with
 * whether each entry's element is still in the page), the blank frames and the early leaves.
 */
export async function paintsSeen(page) {
  return page.evaluate(() => {
    const p = window.__paints;
    p.stop = true;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const lcp = p.lcp.map((e) => ({ time: e.time, size: e.size, what: e.what, connected: !!e.element?.isConnected }));
    return { fcp, lcp, frames: p.frames, blank: p.blank, left: p.left };
  });
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

/** The files of a zip archive (an .sppkg is one), by name. Stored and deflated entries only. */
export function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + skip;
  }
  return files;
}
