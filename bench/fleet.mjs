// The fleet page's benchmark (issue #22, item 6), run by bench/run.mjs (`bash .ci/bench`) or
// alone (`node bench/fleet.mjs`, on a built dist/): 50,000 generated rows shaped like Intune's
// export, planned in Chromium through planFleet and through the page's file input, beside a
// naive JavaScript split of the same text in the same page and run; with the longest main-thread
// task the page's path took and the memory it used (JavaScript heap and the wasm's memory).
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ROWS = Number(process.env.BENCH_FLEET_ROWS ?? 50_000);

/** An export of `rows` devices: the fixture's header and rows, varied by serial and name. */
export function generatedExport(rows = ROWS) {
  const fixture = readFileSync(join(root, 'fleet/tests/fixtures/intune-devices.csv'), 'utf8').replace(/^\ufeff/, '');
  const [header, ...lines] = fixture.split('\r\n').join('\n').split('\n');
  // Rows without quoted line breaks, so each line is a record; the serial and name made unique.
  const simple = lines.filter((l) => l.startsWith('00000000') && !l.includes('"'));
  const out = [header];
  for (let i = 0; i < rows; i++) {
    const row = simple[i % simple.length].split(',');
    row[1] = `PC-${i}`;
    row[8] = `SN-${i}`;
    out.push(row.join(','));
  }
  return out.join('\r\n') + '\r\n';
}

/** Records the wasm's memory as it is instantiated, and long tasks as they come. */
function instrument() {
  const wrap = (name) => {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const exports = (result.instance ?? result).exports;
      window.__wasmMemory = Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
      return result;
    };
  };
  wrap('instantiate');
  wrap('instantiateStreaming');
  // Only the tasks after the file input's change event are the page's: Playwright hands the
  // file's bytes over in a task of its own before it (1.7 s for 11 MB here), which a person's
  // pick does not cost the page.
  window.__picked = Infinity;
  window.__longest = 0;
  document.addEventListener('change', () => { window.__picked = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= window.__picked) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
  new MutationObserver(() => {
    if (!window.__shown && document.querySelector('.apa-fleet-plan__summary')) window.__shown = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

/** Measures on `url` (the hosted fleet.html); returns rows for run.mjs's table. */
export async function fleetBench(browser, url) {
  const text = generatedExport();
  const page = await browser.newPage();
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.planFleet === 'function');
  const times = await page.evaluate((text) => {
    const plan = [], split = [];
    let devices = 0;
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      devices = AutopilotAdvisor.planFleet({ inventory: text }).devices.length;
      plan.push(performance.now() - t);
      t = performance.now();
      // The naive baseline: split into lines and cells, and one object per row keyed by header.
      const [head, ...rows] = text.split('\r\n').map((l) => l.split(','));
      const objects = rows.map((r) => Object.fromEntries(head.map((h, j) => [h, r[j]])));
      split.push(performance.now() - t + objects.length * 0);
    }
    return { plan, split, devices };
  }, text);
  // The page's own path: the file picked, read, mapped, planned and its groups rendered.
  await page.locator('input[name="inventory"]').setInputFiles({ name: 'devices.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.locator('.apa-fleet-plan__summary').waitFor();
  // Long tasks are reported a moment after they end.
  await page.waitForTimeout(500);
  const memory = await page.evaluate(() => ({ heap: performance.memory?.usedJSHeapSize ?? 0, wasm: window.__wasmMemory?.buffer.byteLength ?? 0, longest: window.__longest, ms: window.__shown - window.__picked }));
  const pageMs = memory.ms;
  await page.close();
  const plan = median(times.plan), split = median(times.split);
  return [
    [`fleet: planFleet, ${ROWS.toLocaleString('en')} rows (median of 5)`, plan, split, 'ms', plan <= 5 * split, 'goal <= 5 x naive split', true],
    ['fleet: planFleet under a second', plan, null, 'ms', plan <= 1000, 'goal <= 1,000 ms', true],
    ['fleet: page, file picked (change event) to plan shown', pageMs, null, 'ms'],
    ['fleet: longest main-thread task on the page after the pick', memory.longest, null, 'ms'],
    ['fleet: JavaScript heap used', memory.heap, null, 'B'],
    ['fleet: wasm memory', memory.wasm, null, 'B'],
  ];
}

// Alone: serve dist/ and print the rows.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const require = createRequire(join(root, 'tests/browser/package.json'));
  const { chromium } = require('@playwright/test');
  const server = spawn('node', [join(root, 'tests/browser/serve.mjs'), join(root, 'dist'), '4393'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: process.env.APA_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const [metric, value, base, unit] of await fleetBench(browser, 'http://127.0.0.1:4393/fleet.html')) {
      console.log(`${metric}: ${value.toFixed ? value.toFixed(1) : value} ${unit}${base ? ` (naive split ${base.toFixed(1)} ${unit}, ratio ${(value / base).toFixed(2)})` : ''}`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
