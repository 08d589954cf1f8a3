// The hosted page's paints while its live widget takes over the prerendered copy: first and
// largest contentful paint (FCP, LCP), whether any frame showed the page without the widget,
// whether the copy left the document before the live widget was in it, and whether an answer
// checked on the copy (and the keyboard focus) survives the start. Not part of the test run;
// docs/benchmark.md says when to run it and what it found.
//
//   node bench/lcp.mjs [DIST...]     (default: dist/; several builds are measured in turn)
//
// Each load is a fresh context at a 412 px wide viewport (a phone) with the CPU slowed 4× (CDP
// `Emulation.setCPUThrottlingRate`), as Lighthouse's mobile preset does. LCP_LOADS (default 10),
// LCP_PORT (default 8600) and LCP_THROTTLE (default 4) change that. Exits 1 when a load's last
// LCP entry is not its FCP, a frame showed no widget, the copy left early, or the answer or
// the focus was lost.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(join(root, 'tests/browser/package.json'));
const { chromium } = require('@playwright/test');
// The same paint watcher as the browser test of the swap (tests/browser/first-render.spec.mjs).
const { watchPaints, paintsSeen } = await import(join(root, 'tests/browser/helpers.mjs'));
const LOADS = Number(process.env.LCP_LOADS ?? 10);
const PORT = Number(process.env.LCP_PORT ?? 8600);
const THROTTLE = Number(process.env.LCP_THROTTLE ?? 4);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const dists = process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'dist')];

/** In the page: true once the live widget runs (the API is there and the host is not busy). */
function isLive() {
  const host = document.getElementById('autopilot-advisor');
  return typeof window.AutopilotAdvisor?.evaluate === 'function' && host && !host.hasAttribute('aria-busy');
}

async function slowPage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(watchPaints);
  return { context, page };
}

/** One load: FCP, the LCP entries, the frames without the widget, when the widget went live. */
async function load(browser, url) {
  const { context, page } = await slowPage(browser);
  await page.goto(url);
  await page.waitForFunction(isLive, null, { timeout: 60_000 });
  // Late paints (a swap, a re-render) would show up within a few frames of going live.
  await page.waitForTimeout(1000);
  const result = await paintsSeen(page);
  result.live = await page.evaluate(() => performance.getEntriesByName('apa:ready')[1]?.startTime);
  await context.close();
  return result;
}

/** An answer checked and focused on the copy while the wasm is held back survives the start. */
async function answerBeforeLive(browser, url) {
  const { context, page } = await slowPage(browser);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url);
  const choice = page.locator('#autopilot-advisor fieldset[data-key="device"] input[value="new"]');
  await choice.check();
  await choice.focus();
  release();
  await page.waitForFunction(isLive, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const p = window.__paints;
    p.stop = true;
    const active = document.activeElement;
    return {
      checked: !!document.querySelector('#autopilot-advisor fieldset[data-key="device"] input[value="new"]:checked'),
      progress: document.querySelector('.apa-questionnaire__progress')?.textContent,
      focused: active?.matches('fieldset[data-key="device"] input[value="new"]') ?? false,
      fragment: location.hash,
      blank: p.blank,
      left: p.left,
    };
  });
  await context.close();
  return result;
}

const ms = (t) => (t === undefined ? '-' : `${Math.round(t)}`);
const browser = await chromium.launch({ executablePath: process.env.APA_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
let failed = false;
for (const dir of dists) {
  const server = spawn('node', [join(root, 'tests/browser/serve.mjs'), resolve(dir), String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const url = `http://127.0.0.1:${PORT}/`;
  try {
    console.log(`\n${dir}: ${LOADS} loads, 412 px viewport, CPU ${THROTTLE}× slower`);
    console.log('load | FCP ms | LCP entries (ms size element, † = no longer in the page) | live ms | frames | blank | copy left early');
    let same = 0;
    for (let i = 1; i <= LOADS; i++) {
      const r = await load(browser, url);
      const last = r.lcp.at(-1);
      const wrong = [
        !(last && last.time === r.fcp) && 'LCP is not FCP',
        r.blank > 0 && 'a frame without the widget',
        r.left > 0 && 'the copy left before the live widget was in',
      ].filter(Boolean);
      if (wrong.length) failed = true;
      else same++;
      const entries = r.lcp.map((e) => `${ms(e.time)} ${e.size} ${e.what}${e.connected ? '' : '†'}`).join(', ');
      console.log(`${i} | ${ms(r.fcp)} | ${entries} | ${ms(r.live)} | ${r.frames} | ${r.blank} | ${r.left}${wrong.length ? `  <- ${wrong.join('; ')}` : ''}`);
    }
    console.log(`LCP = FCP, no blank frame, copy never gone early: ${same} of ${LOADS}`);
    const a = await answerBeforeLive(browser, url);
    const kept = a.checked && a.focused && a.blank === 0 && a.left === 0;
    if (!kept) failed = true;
    console.log(`answer checked on the copy before the wasm: checked ${a.checked}, focus kept ${a.focused}, progress "${a.progress}", fragment ${a.fragment}, blank frames ${a.blank}, copy left early ${a.left}`);
  } finally {
    server.kill();
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
