// The widget's first render, before the WebAssembly starts: the element and mount() show it as
// soon as the script runs (in the widget's language, styled, answerable, aria-busy), and the
// hosted page's live widget takes its prerendered copy's place without a flash or a later
// largest paint, keeping what a person did on the copy.
import { test, expect } from '@playwright/test';
import { live, paintsSeen, shot, watch, watchPaints } from './helpers.mjs';

/**
 * Holds the embed script's WebAssembly back (it is inside the script, so no request can be
 * held): WebAssembly.instantiate waits until the test calls window.releaseWasm().
 */
async function holdEmbeddedWasm(page) {
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    const held = new Promise((resolve) => { window.releaseWasm = resolve; });
    WebAssembly.instantiate = function (...args) { return held.then(() => instantiate.apply(this, args)); };
  });
}

test('the element and mount() show their first render before the wasm starts, take answers and keep them', async ({ page }) => {
  const seen = watch(page);
  await holdEmbeddedWasm(page);
  await page.goto('fixtures/first-render.html');
  const element = page.locator('#element');
  const mounted = page.locator('#mounted');
  // The questions, in each widget's language (the page's English; German asked of mount()).
  await expect(element.locator('fieldset[data-key="device"] legend')).toHaveText('Which device are you setting up?');
  await expect(mounted.locator('fieldset[data-key="device"] legend')).toHaveText('Welches Gerät richten Sie ein?');
  await expect(element.locator('.apa-advisor__title')).toHaveText('Autopilot Scenario Advisor');
  expect(await page.evaluate(() => typeof window.AutopilotAdvisor.evaluate)).toBe('undefined');
  // Styled: the widget's own sheet is in (the choices are laid out as a grid, not inline).
  expect(await element.locator('.apa-advisor').evaluate((e) => getComputedStyle(e).display)).not.toBe('inline');
  expect(await element.locator('.apa-question__choice').first().evaluate((e) => getComputedStyle(e).display)).not.toBe('inline');
  // The element's own settings show at once: its preset answer, its theme, its hidden question.
  await expect(element.locator('fieldset[data-key="device"]').getByLabel('An existing device, Windows works', { exact: true })).toBeChecked();
  await expect(element.locator('.apa-advisor')).toHaveClass(/apa-advisor--theme-dark/);
  await expect(element.locator('fieldset[data-key="configmgr"]')).toBeHidden();
  // Busy until live.
  await expect(element.locator('.apa-host')).toHaveAttribute('aria-busy', 'true');
  await expect(mounted.locator('.apa-host')).toHaveAttribute('aria-busy', 'true');
  // A person answers on the first render (over the element's preset).
  await element.locator('fieldset[data-key="device"]').getByLabel('An existing device, Windows is broken', { exact: true }).check();
  await mounted.locator('fieldset[data-key="device"]').getByLabel('Ein neues Gerät', { exact: true }).check();
  await mounted.locator('fieldset[data-key="device"]').getByLabel('Ein neues Gerät', { exact: true }).focus();
  await shot(page, 'first-render-before-wasm');
  await page.evaluate(() => window.releaseWasm());
  await live(page);
  // Live: the answers carried over (a person's choice wins over the preset), the follow-up
  // they bring asked, the busy mark gone.
  await expect(element.locator('fieldset[data-key="current_join"]')).toBeVisible();
  await expect(element.locator('fieldset[data-key="device"]').getByLabel('An existing device, Windows is broken', { exact: true })).toBeChecked();
  await expect(element.locator('.apa-host')).not.toHaveAttribute('aria-busy', /.*/);
  await expect(mounted.locator('.apa-host')).not.toHaveAttribute('aria-busy', /.*/);
  await expect(mounted.locator('fieldset[data-key="device"]').getByLabel('Ein neues Gerät', { exact: true })).toBeChecked();
  await expect(mounted.locator('.apa-questionnaire__progress')).toContainText('1');
  expect(await page.evaluate(() => document.getElementById('element').answers)).toEqual({ device: 'broken' });
  expect(await page.evaluate(() => window.mounted.answers)).toEqual({ device: 'new' });
  // The keyboard stays on the choice that had it.
  expect(await page.evaluate(() => document.getElementById('mounted').shadowRoot.activeElement?.value)).toBe('new');
  expect(seen.problems).toEqual([]);
});

test('the hosted page swaps its live widget in for the copy in one step: never a frame without it, and the largest paint is the first', async ({ page }) => {
  const seen = watch(page);
  // As a mid-range phone would run it: the CPU 4 times slower (Yew then yields to the browser
  // during its first render, which a swap must not show).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(watchPaints);
  await page.goto('');
  await live(page);
  await expect(page.locator('.apa-advisor__intro')).toBeVisible();
  // Late paints (a second copy, a re-render) would come within a few frames of going live.
  await page.waitForTimeout(500);
  const paints = await paintsSeen(page);
  // The copy never left the page before the live widget was in it, and no frame showed neither.
  expect(paints.left).toBe(0);
  expect(paints.blank).toBe(0);
  expect(paints.frames).toBeGreaterThan(1);
  // The swapped-in widget paints nothing larger than the copy did: the largest contentful paint
  // is still the first contentful paint.
  expect(paints.lcp.length).toBeGreaterThan(0);
  expect(paints.lcp.at(-1).time).toBe(paints.fcp);
  expect(seen.problems).toEqual([]);
});

test('the hosted page begins downloading its wasm only after its first paint, so the largest paint waits for nothing', async ({ page }) => {
  // Lighthouse's simulated LCP counts every request begun before the first paint: a preloaded
  // wasm (Trunk's <link rel="preload">) made it 3.5 s against a first paint of 1.5 s.
  await page.goto('');
  await live(page);
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
    preloads: document.querySelectorAll('link[rel=preload][href$=".wasm"]').length,
  }));
  expect(times.preloads).toBe(0);
  expect(times.fcp).toBeGreaterThan(0);
  expect(times.wasm).toBeGreaterThanOrEqual(times.fcp);
});

test('on the hosted page, an answer checked on the copy before the wasm starts stays, and so does the keyboard focus', async ({ page }) => {
  const seen = watch(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.addInitScript(watchPaints);
  await page.goto('');
  const host = page.locator('#autopilot-advisor');
  await expect(host).toHaveAttribute('aria-busy', 'true');
  const choice = page.locator('fieldset[data-key="device"]').getByLabel('A new device', { exact: true });
  await choice.check();
  await choice.focus();
  release();
  await live(page);
  await expect(choice).toBeChecked();
  // Counted by the live widget (the copy says none are answered).
  await expect(page.locator('.apa-questionnaire__progress')).toHaveText('1 of 10 answered');
  await expect(host).not.toHaveAttribute('aria-busy', /.*/);
  expect(await page.evaluate(() => document.activeElement?.matches('fieldset[data-key="device"] input[value="new"]'))).toBe(true);
  expect(page.url()).toContain('#advisor:device=new');
  const paints = await paintsSeen(page);
  expect(paints.left).toBe(0);
  expect(paints.blank).toBe(0);
  expect(seen.problems).toEqual([]);
});

test('on the hosted page, an answer checked on the copy while the live widget is built off the page is kept too', async ({ page }) => {
  const seen = watch(page);
  // Slowed down, Yew's first render outlasts its 16 ms slice: it yields to the browser after
  // building the DOM and before its effects, which is when the swap happens.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const clone = Node.prototype.cloneNode;
    Node.prototype.cloneNode = function (...args) {
      if (this.id === 'autopilot-advisor' && this.isConnected) {
        // The live widget is about to be built off the page: a person clicks the copy meanwhile
        // (a timer queued now runs before the one Yew queues to go on).
        setTimeout(() => {
          this.querySelector('fieldset[data-key="device"] input[value="new"]')?.click();
          window.clickedOnCopy = this.isConnected;
        });
      }
      return clone.apply(this, args);
    };
  });
  await page.goto('');
  await live(page);
  // The click did land on the copy while it was still on the page.
  expect(await page.evaluate(() => window.clickedOnCopy)).toBe(true);
  await expect(page.locator('fieldset[data-key="device"]').getByLabel('A new device', { exact: true })).toBeChecked();
  await expect(page.locator('.apa-questionnaire__progress')).toHaveText('1 of 10 answered');
  expect(page.url()).toContain('#advisor:device=new');
  expect(seen.problems).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the hosted page shows its questions and comparison to read, says why it cannot recommend, and marks nothing busy', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('fieldset[data-key="device"] legend')).toHaveText('Which device are you setting up?');
    await expect(page.locator('.apa-grid')).toBeVisible();
    // Playwright turns scripts off after parsing starts, so Chromium parses <noscript> as text
    // here: its words are checked, not painted.
    expect(await page.locator('noscript').textContent()).toContain('Without JavaScript and WebAssembly the advisor cannot recommend');
    // Nothing will ever bring this copy to life: a screen reader must not be told to wait.
    await expect(page.locator('#autopilot-advisor')).not.toHaveAttribute('aria-busy', /.*/);
    // Nor offer the audience switch, which only a script could act on.
    await expect(page.locator('.apa-audience')).toHaveCount(1);
    await expect(page.locator('.apa-audience')).toBeHidden();
  });
});
