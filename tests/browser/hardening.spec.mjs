// Hostile input: random and crafted values thrown at the API and at profiles. Nothing may
// panic, every refusal is an Error with a message, and the widget keeps working. A deliberate
// panic shows a message inside the widget instead of a blank box.
import { test, expect } from '@playwright/test';
import { open, answer, status } from './helpers.mjs';

test('evaluate() survives 3,000 random and crafted inputs', async ({ page }) => {
  const problems = await open(page);
  const outcome = await page.evaluate(() => {
    // A small seeded generator, so a failure can be replayed.
    let seed = 20261127;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const keys = ['device', 'current_join', 'registered', 'identity', 'dc', 'users', 'technician', 'tpm', 'configmgr', 'custom_image', 'fast_user',
      '__proto__', 'constructor', 'toString', '', 'DEVICE', 'device ', 'x'.repeat(5000), '\u0000', '💥'];
    const values = ['new', 'existing', 'broken', 'yes', 'no', 'entra', 'hybrid', 'domain', 'none', 'single', 'shared', '', 'YES', ' new', 'x'.repeat(100000), '\u0000', '💥'];
    const anyValue = (depth) => {
      switch (Math.floor(rnd() * 12)) {
        case 0: return null;
        case 1: return undefined;
        case 2: return rnd() * 1e9;
        case 3: return rnd() < 0.5;
        case 4: return depth > 2 ? 'deep' : [anyValue(depth + 1), anyValue(depth + 1)];
        case 5: return depth > 2 ? 'deep' : randomObject(depth + 1);
        case 6: return () => 1;
        case 7: return Symbol('s');
        case 8: return 10n;
        default: return pick(values);
      }
    };
    const randomObject = (depth) => {
      const o = rnd() < 0.1 ? Object.create(null) : {};
      const n = Math.floor(rnd() * 6);
      for (let i = 0; i < n; i++) o[pick(keys)] = rnd() < 0.7 ? pick(values) : anyValue(depth);
      return o;
    };
    const crafted = [
      JSON.parse('{"__proto__": {"device": "new"}}'),
      Object.create({ device: 'new' }),
      { get device() { throw new Error('getter'); } },
      new Proxy({}, { ownKeys() { throw new Error('ownKeys trap'); } }),
      new Proxy({ device: 'new' }, { get() { return 'broken'; } }),
      Object.assign([], { device: 'new' }),
      new Date(), /re/, new Map([['device', 'new']]), 'device=new', 42, true, Symbol('x'),
    ];
    let results = 0, errors = 0;
    const bad = [];
    const inputs = crafted.concat(Array.from({ length: 3000 }, () => (rnd() < 0.9 ? randomObject(0) : anyValue(0))));
    for (const input of inputs) {
      try {
        const out = window.AutopilotAdvisor.evaluate(input);
        if (!out || !Array.isArray(out.scenarios) || out.scenarios.length !== 6) bad.push('odd result');
        results++;
      } catch (e) {
        if (!(e instanceof Error) || !e.message) bad.push(`not an Error: ${String(e)}`);
        if (e.message && e.message.length > 600) bad.push(`message of ${e.message.length} characters`);
        errors++;
      }
    }
    // Still alive and still right.
    const after = window.AutopilotAdvisor.evaluate({ device: 'new', identity: 'entra', users: 'shared', tpm: 'yes' }).recommended;
    return { results, errors, bad: bad.slice(0, 5), after };
  });
  expect(outcome.bad).toEqual([]);
  expect(outcome.results).toBeGreaterThan(100);
  expect(outcome.errors).toBeGreaterThan(100);
  expect(outcome.after).toBe('self-deploying');
  await answer(page, 'device', 'A new device');
  await expect(page.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');
  expect(problems).toEqual([]);
});

test('mount() survives 200 random profiles and always shows a usable widget', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('fixtures/element.html');
  await page.evaluate(() => AutopilotAdvisor.ready);
  const counts = await page.evaluate(async () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const fields = ['preset', 'locked', 'hidden', 'not_offered', 'scenarios', 'theme', 'compact', 'junk', '__proto__'];
    const leaves = [null, 1, true, 'dark', 'light', 'auto', 'users tpm', 'reset', ['device', 'x'], { device: 'new' }, { tpm: 5 },
      { 'user-driven': { note: '<img src=x onerror=alert(1)>', contact: { url: 'javascript:alert(1)' } } },
      { reset: { contact: 'mailto:a@b.example' } }, 'x'.repeat(3000), '{"broken json'];
    let withProblems = 0, clean = 0;
    for (let i = 0; i < 200; i++) {
      const profile = {};
      for (let j = 0; j < 4; j++) profile[pick(fields)] = pick(leaves);
      const host = document.createElement('div');
      document.body.append(host);
      const useText = rnd() < 0.3;
      const handle = AutopilotAdvisor.mount(host, useText ? { profile: rnd() < 0.5 ? JSON.stringify(profile) : '{"oops' } : profile);
      await handle.ready;
      const root = host.shadowRoot;
      // Yew renders in its own turns (it yields to the browser every 16 ms): wait up to 2 s.
      const usable = () => root.querySelector('.apa-questionnaire') && root.querySelector('.apa-recommendation__status');
      for (let t = 0; t < 100 && !usable(); t++) await new Promise((r) => setTimeout(r, 20));
      // A profile may hide questions, but the widget itself is always there and answering.
      if (!usable()) {
        throw new Error(`no usable widget for ${JSON.stringify(profile).slice(0, 300)}`);
      }
      if (root.querySelector('img, script')) throw new Error('markup from a profile was rendered');
      if (root.querySelector('a[href^="javascript"]')) throw new Error('unsafe link rendered');
      if (root.querySelector('.apa-problems')) withProblems++; else clean++;
      handle.unmount();
      host.remove();
    }
    return { withProblems, clean };
  });
  expect(counts.withProblems).toBeGreaterThan(50);
  expect(errors).toEqual([]);
});

test('a panic shows a message inside the widget, not a blank box', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'A new device');
  const thrown = await page.evaluate(() => {
    try { window.wasmBindings.__apaPanicForTests(); return 'no error'; } catch (e) { return String(e); }
  });
  expect(thrown).toMatch(/unreachable|RuntimeError/);
  await expect(page.locator('#autopilot-advisor [role="alert"]')).toHaveText(/stopped because of an internal error\. Reload the page/);
  await expect(page.locator('#autopilot-advisor fieldset')).toHaveCount(0);
});

test('400 random link fragments and stored values: no crash, a notice exactly when unreadable', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('fixtures/element.html');
  await page.evaluate(() => AutopilotAdvisor.ready);
  const counts = await page.evaluate(async () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const good = { device: ['new', 'existing', 'broken'], users: ['single', 'shared'], tpm: ['yes', 'no'], identity: ['entra', 'hybrid'] };
    const junk = ['', '=', '&', '&&', 'device', 'device=', '=new', 'device=banana', 'DEVICE=new', 'device=new=new', '%', '%E0%A4%A',
      '%26', 'users=single&users=shared', '__proto__=x', 'constructor=new', 'ß=ü', '😀=😀', 'x'.repeat(5000), 'device=new'.repeat(50), '#', ' ', '\u0000'];
    let notices = 0, clean = 0;
    for (let i = 0; i < 400; i++) {
      // Half are well formed (they must apply without a notice), half have a damaged part.
      const valid = rnd() < 0.5;
      const keys = Object.keys(good).filter(() => rnd() < 0.6);
      const parts = keys.map((k) => `${k}=${pick(good[k])}`);
      if (!valid) parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, pick(junk.slice(1)));
      const text = parts.join('&');
      const inLink = rnd() < 0.5;
      localStorage.clear();
      if (inLink) history.replaceState(null, '', `#advisor:${text}`); else { history.replaceState(null, '', '#'); localStorage.setItem('autopilot-advisor:answers', text); }
      const host = document.createElement('div');
      document.body.append(host);
      const handle = AutopilotAdvisor.mount(host, {});
      await handle.ready;
      const root = host.shadowRoot;
      const usable = () => root.querySelector('.apa-questionnaire fieldset[data-key="device"]') && root.querySelector('.apa-recommendation__status');
      for (let t = 0; t < 100 && !usable(); t++) await new Promise((r) => setTimeout(r, 20));
      if (!usable()) {
        throw new Error(`no usable widget for ${JSON.stringify(text).slice(0, 200)}`);
      }
      const warned = root.querySelector('.apa-notice--warning') !== null;
      // A value is unreadable when a junk part went in, except the few junk parts that are
      // harmless on their own (an empty text).
      const unreadable = !valid && text !== '';
      if (warned !== unreadable) throw new Error(`notice ${warned} for ${JSON.stringify(text).slice(0, 200)} (${inLink ? 'link' : 'stored'})`);
      if (!warned && keys.length) {
        const answered = Object.fromEntries(text.split('&').map((p) => p.split('=')));
        const shown = root.querySelector(`fieldset[data-key="device"] input:checked`).value;
        if ('device' in answered && shown !== answered.device) throw new Error(`device ${shown} for ${text}`);
      }
      if (warned) notices++; else clean++;
      handle.unmount();
      host.remove();
    }
    history.replaceState(null, '', location.pathname);
    return { notices, clean };
  });
  expect(counts.notices).toBeGreaterThan(100);
  expect(counts.clean).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});
