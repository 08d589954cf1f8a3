// window.AutopilotAdvisor on the built page: results as plain objects, clear errors for bad
// input, and a widget that keeps working afterwards.
import { test, expect } from '@playwright/test';
import { VERSION, open, answer, status } from './helpers.mjs';

test('evaluate returns the documented shape', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(() => window.AutopilotAdvisor.evaluate({ device: 'new', identity: 'entra', users: 'shared', tpm: 'yes' }));
  expect(out.recommended).toBe('self-deploying');
  expect(out.scenarios.map((s) => s.id)).toEqual(['user-driven', 'pre-provisioned', 'self-deploying', 'existing-devices', 'reset', 'device-preparation']);
  const reset = out.scenarios[4];
  expect(reset.verdict).toBe('unsuitable');
  expect(reset.blocked_by).toEqual(['device']);
  expect(reset.reasons[0]).toMatchObject({ keys: ['device'], effect: 'exclude' });
  expect(reset.reasons[0].source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  expect(out.scenarios[2].verdict).toBe('recommended');
  expect(Array.isArray(out.notes)).toBe(true);
  expect(out.changes).toEqual([]);
  expect('then' in out).toBe(true);
});

test('nothing fits: changes name the scenario and the answers to change', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(() => window.AutopilotAdvisor.evaluate({ device: 'existing', current_join: 'hybrid', identity: 'hybrid', dc: 'no', configmgr: 'yes' }));
  expect(out.recommended).toBeNull();
  expect(out.changes).toContainEqual({ scenario: 'existing-devices', set: { dc: 'yes' } });
});

test('null and undefined mean not known', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(() => window.AutopilotAdvisor.evaluate({ device: null, tpm: undefined }));
  expect(out.scenarios.every((s) => s.verdict === 'suitable')).toBe(true);
  const empty = await page.evaluate(() => window.AutopilotAdvisor.evaluate());
  expect(empty.recommended).toBeNull();
});

test('model() returns the scenarios and the capability grid', async ({ page }) => {
  await open(page);
  const m = await page.evaluate(() => window.AutopilotAdvisor.model());
  expect(m.scenarios).toHaveLength(6);
  expect(m.scenarios[5]).toMatchObject({ id: 'device-preparation', in_seed: false, deployment: true });
  expect(m.capabilities).toHaveLength(9);
  const tpm = m.capabilities.find((c) => c.id === 'tpm-authenticates');
  // The seed's cells, and device preparation's own cell with the page it comes from.
  expect(tpm.values).toEqual({ 'user-driven': 'No', 'pre-provisioned': 'Technician flow', 'self-deploying': 'Yes', 'existing-devices': 'NA', reset: 'NA' });
  expect(tpm.newer).toEqual({ 'device-preparation': { value: 'Not stated', source: expect.any(String) } });
  const source = (id) => m.sources.find((s) => s.id === id);
  expect(source(tpm.newer['device-preparation'].source).url).toContain('/device-preparation/');
  // The new question and its values are part of the model.
  const windows = m.questions.find((q) => q.key === 'windows');
  expect(windows.options.map((o) => o.value)).toEqual(['win11', 'ltsc', 'unsupported']);
  // Facts and choices: a fact's option may say how it would come true, with its source.
  expect(windows.kind).toBe('fact');
  expect(windows.options[2].aliases).toEqual(['older']);
  expect(source(windows.options[0].how.source).id).toBe('requirements');
  expect(m.questions.find((q) => q.key === 'identity').kind).toBe('choice');
  // The old value still reads, as the new one.
  expect(await page.evaluate(() => window.AutopilotAdvisor.evaluate({ windows: 'older' }).notes.filter((n) => n.warning).map((n) => n.id)))
    .toEqual(['windows-out-of-support', 'windows-10-end-of-support']);
  // Facts name their source by id; every source is listed once, with its page's date.
  expect(source(m.scenarios[0].pros[0].source).section).toBe('Scenario pros and cons');
  expect(new Set(m.sources.map((s) => s.id)).size).toBe(m.sources.length);
  expect(source('device-preparation').date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('bad input throws an Error naming the key and what is allowed, and the widget keeps working', async ({ page }) => {
  const problems = await open(page);
  const errors = await page.evaluate(() => {
    const tryIt = (input) => {
      try { window.AutopilotAdvisor.evaluate(input); return 'no error'; } catch (e) { return `${e instanceof Error}|${e.message}`; }
    };
    return {
      key: tryIt({ colour: 'blue' }),
      value: tryIt({ device: 'old' }),
      type: tryIt({ tpm: 1 }),
      array: tryIt(['device']),
      text: tryIt('device=new'),
      proto: tryIt(JSON.parse('{"__proto__": "x"}')),
      huge: tryIt({ device: 'x'.repeat(1_000_000) }),
    };
  });
  expect(errors.key).toMatch(/^true\|Unknown answer key "colour"\. Allowed keys: device, current_join, registered, identity, dc, users, technician, tpm, windows, configmgr, custom_image, fast_user\.$/);
  expect(errors.value).toBe('true|"old" is not an allowed value for "device". Allowed values: new, existing, broken.');
  expect(errors.type).toMatch(/^true\|The answer for "tpm" must be a string .* not a number\. Allowed values: yes, no, vm\.$/);
  expect(errors.array).toMatch(/^true\|.*plain object.*not an array/);
  expect(errors.text).toMatch(/^true\|.*plain object.*not a string/);
  expect(errors.proto).toMatch(/^true\|Unknown answer key "__proto__"/);
  expect(errors.huge.length).toBeLessThan(300);
  // The widget still answers clicks.
  await answer(page, 'device', 'A new device');
  await answer(page, 'users', 'Shared by several people, or a kiosk');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot self-deploying mode');
  expect(problems).toEqual([]);
});

test("the version is Cargo.toml's, in the API and in the footer with the date the facts were checked", async ({ page }) => {
  await open(page);
  expect(await page.evaluate(() => window.AutopilotAdvisor.version)).toBe(VERSION);
  await expect(page.locator('.apa-advisor__checked')).toHaveText(new RegExp(`^Facts last checked against Microsoft's pages on \\d{4}-\\d{2}-\\d{2}\\. Version ${VERSION.replaceAll('.', '\\.')}\\.$`));
});

test('the element takes every question of the model as an attribute', async ({ page }) => {
  await page.goto('fixtures/element.html');
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.model === 'function');
  const [keys, observed] = await page.evaluate(() => [
    window.AutopilotAdvisor.model().questions.map((q) => q.key),
    customElements.get('autopilot-advisor').observedAttributes,
  ]);
  expect(observed).toEqual(expect.arrayContaining(keys));
});

test("the embed script's model(lang) speaks the language asked for, English by default", async ({ page }) => {
  await page.goto('fixtures/element.html');
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.model === 'function');
  const [english, german, french, unknown] = await page.evaluate(() => [undefined, 'de', 'fr-FR', 'ja'].map((l) => window.AutopilotAdvisor.model(l)));
  const users = (m) => m.questions.find((q) => q.key === 'users');
  expect(users(english).text).toBe('Who will use the device?');
  expect(users(german).text).toBe('Wer wird das Gerät verwenden?');
  expect(users(french).text).toMatch(/^Qui utilisera l’appareil\s\?$/u); // French puts a narrow no-break space before ?
  expect(unknown).toEqual(english);
  // Only texts change: ids, keys and values stay.
  expect(german.questions.map((q) => [q.key, q.options.map((o) => o.value)])).toEqual(english.questions.map((q) => [q.key, q.options.map((o) => o.value)]));
  expect(german.scenarios.map((s) => s.id)).toEqual(english.scenarios.map((s) => s.id));
});
