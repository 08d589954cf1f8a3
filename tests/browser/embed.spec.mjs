// The three artifacts in pages like the ones users have: the element and mount API on an
// intranet page, a hostile page, an iframe host, strict CSPs, and the file opened from disk.
import { test, expect } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ARTIFACTS, answer, axe, differingRows, watch } from './helpers.mjs';

const DIST = resolve(new URL('../../dist/', import.meta.url).pathname);

function ownOnly(seen, origin) {
  return seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('file:'));
}

/** The widget inside one host element (its shadow root). */
function widget(page, host) {
  return page.locator(host);
}

test('the single HTML file works from file:// with no network', async ({ page }) => {
  const seen = watch(page);
  await page.goto(pathToFileURL(`${DIST}/autopilot-advisor.html`).href);
  const w = widget(page, 'autopilot-advisor');
  await answer(w, 'device', 'A new device');
  await answer(w, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(w, 'users', 'Shared by several people, or a kiosk');
  await answer(w, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(w.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot self-deploying mode');
  expect(await page.evaluate(() => AutopilotAdvisor.evaluate({ device: 'broken', configmgr: 'yes', current_join: 'entra', registered: 'yes', identity: 'entra' }).recommended)).toBe('existing-devices');
  await page.screenshot({ path: `${ARTIFACTS}single-file.png` });
  expect(seen.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('two elements and one mount keep separate answers; events, properties and handles work', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto('fixtures/element.html');
  const first = widget(page, '#first');
  const second = widget(page, '#second');
  const third = widget(page, '#third');
  await expect(third.locator('fieldset[data-key="current_join"]')).toBeVisible();
  await page.evaluate(() => {
    window.events = [];
    document.addEventListener('change', (e) => { if (e.target.id) window.events.push([e.target.id, e.detail.answers]); });
  });
  await answer(first, 'tpm', 'Yes, a physical device with TPM 2.0');
  await answer(first, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await expect(first.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot self-deploying mode');
  // The other two did not move.
  await expect(second.locator('.apa-questionnaire__progress')).toHaveText('0 of 10 answered');
  await expect(third.locator('.apa-questionnaire__progress')).toHaveText('1 of 11 answered');
  // Locked preset: shown, set, not changeable.
  await expect(first.locator('fieldset[data-key="users"]')).toContainText('Set by your organization');
  await expect(first.locator('fieldset[data-key="users"]').getByLabel('One main user')).toBeDisabled();
  // Properties and the change event (bubbling, composed, with answers and result).
  const state = await page.evaluate(() => {
    const el = document.getElementById('first');
    return { answers: el.answers, recommended: el.result.recommended, events: window.events };
  });
  expect(state.answers).toEqual({ device: 'new', identity: 'entra', users: 'shared', tpm: 'yes' });
  expect(state.recommended).toBe('self-deploying');
  expect(state.events.at(-1)).toEqual(['first', state.answers]);
  // reset() returns to the preset.
  await page.evaluate(() => document.getElementById('first').reset());
  await expect(first.locator('.apa-questionnaire__progress')).toHaveText('2 of 10 answered');
  expect(await page.evaluate(() => document.getElementById('first').answers)).toEqual({ device: 'new', users: 'shared' });
  // Attributes change the widget live.
  await page.evaluate(() => document.getElementById('first').setAttribute('tpm', 'no'));
  await expect(first.locator('thead th[data-scenario="self-deploying"] .apa-badge')).toHaveText('Not possible');
  // The second: not offered, organization note as text (no HTML), unsafe link refused with a message.
  await expect(second.locator('thead th[data-scenario="self-deploying"] .apa-badge')).toHaveText('Not possible');
  await second.getByText('Compare the scenarios').click();
  await expect(second.locator('.apa-grid__row--why-not td[data-scenario="self-deploying"]')).toContainText("Your organization doesn't offer this scenario.");
  const org = second.locator('.apa-grid__row--organization td[data-scenario="user-driven"]');
  await expect(org).toContainText('Ask the service desk <b>first</b>.');
  await expect(org.getByRole('link', { name: 'Service desk' })).toHaveAttribute('href', 'mailto:desk@example.com');
  await expect(second.locator('.apa-problems')).toContainText('is not an https, http or mailto link');
  await expect(second.locator('a[href^="javascript"]')).toHaveCount(0);
  // The mount handle: onChange, update and unmount.
  await answer(third, 'current_join', 'Microsoft Entra join (formerly Azure AD join)');
  expect(await page.evaluate(() => window.thirdLast.answers)).toEqual({ device: 'existing', current_join: 'entra' });
  await page.evaluate(() => window.thirdHandle.update({ theme: 'dark', not_offered: ['reset'] }));
  await expect(third.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');
  await expect(third.locator('.apa-questionnaire__progress')).toHaveText('2 of 11 answered');
  await page.screenshot({ path: `${ARTIFACTS}element-page.png` });
  await page.evaluate(() => window.thirdHandle.unmount());
  await expect(page.locator('#third .apa-advisor')).toHaveCount(0);
  await expect(first.locator('.apa-advisor')).toBeVisible();
  expect(ownOnly(seen, baseURL)).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('a hostile page shows the widget exactly as a plain page does', async ({ page }) => {
  const shots = [];
  for (const name of ['plain', 'hostile']) {
    await page.goto(`fixtures/${name}.html`);
    const w = widget(page, 'autopilot-advisor');
    await answer(w, 'users', 'One main user');
    await answer(w, 'technician', 'No, it goes straight to the user');
    await expect(w.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot user-driven mode');
    await page.mouse.move(0, 0);
    await w.locator('.apa-advisor').evaluate((el) => document.activeElement && document.activeElement.blur());
    shots.push(await w.screenshot({ path: `${ARTIFACTS}${name}-page.png`, animations: 'disabled' }));
    // Both pages share an origin: the next one would resume these answers (and say so).
    await page.evaluate(() => localStorage.clear());
  }
  expect(shots[1].length).toBeGreaterThan(10_000);
  // Every row of pixels the same, but for the last: where the widget's height ends in a
  // fraction of a pixel, that row blends in the page's own background.
  const height = (await widget(page, 'autopilot-advisor').boundingBox()).height;
  const rows = await differingRows(page.context(), shots[0], shots[1]);
  expect(rows.filter((r) => r < Math.floor(height)), 'the hostile page changed how the widget looks').toEqual([]);
});

test('inside an iframe the page reports its height and the host sizes the frame', async ({ page }) => {
  await page.goto('fixtures/iframe.html');
  const frame = page.frameLocator('#advisor');
  await expect(frame.locator('fieldset[data-key="device"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.heights.length), { timeout: 15_000 }).toBeGreaterThan(0);
  const before = await page.evaluate(() => window.heights.at(-1));
  await frame.locator('fieldset[data-key="device"]').getByLabel('An existing device, Windows works').check();
  await expect.poll(() => page.evaluate(() => window.heights.at(-1))).not.toBe(before);
  const sized = await page.evaluate(() => ({ reported: window.heights.at(-1), attr: Number(document.getElementById('advisor').height) }));
  expect(sized.attr).toBe(sized.reported);
  expect(sized.reported).toBeGreaterThan(1000);
  // No scrollbar inside at the reported height.
  const inner = await page.frame({ url: /index\.html(#.*)?$/ }).evaluate(() => ({
    scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight,
  }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.client);
});

for (const [name, path] of [['hosted site', '?csp=strict'], ['hosted site on a sub-path', 'sub/path/?csp=strict'], ['element page', 'fixtures/element.html?csp=strict'], ['element page, SharePoint-like policy', 'fixtures/element.html?csp=sharepoint']]) {
  test(`${name} works under its Content Security Policy and asks only its own host`, async ({ page, baseURL }) => {
    const seen = watch(page);
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy']).toBeTruthy();
    const scope = path.startsWith('fixtures') ? widget(page, '#first') : page.locator('body');
    await expect(scope.locator('fieldset[data-key="device"]')).toBeVisible();
    await answer(scope, 'device', 'An existing device, Windows is broken');
    await expect(scope.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');
    expect(await page.evaluate(() => typeof AutopilotAdvisor.evaluate)).toBe('function');
    expect(ownOnly(seen, baseURL)).toEqual([]);
    expect(seen.problems).toEqual([]);
  });
}

test('a malformed profile or attribute gives a message and the widget stays usable', async ({ page }) => {
  const seen = watch(page);
  await page.goto('fixtures/bad-profile.html');
  const json = widget(page, '#json');
  await expect(json.locator('.apa-problems')).toContainText('The profile is not valid JSON');
  await answer(json, 'device', 'A new device');
  await expect(json.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');
  const mixed = widget(page, '#mixed');
  const problems = mixed.locator('.apa-problems');
  await expect(problems).toContainText('"old" is not an allowed value for "device"');
  await expect(problems).toContainText('"theme" must be "light", "dark" or "auto"');
  await expect(problems).toContainText('unknown question "colour"');
  await expect(problems).toContainText('unknown scenario "teleport"');
  await expect(problems).toContainText('Unknown profile field "size"');
  await expect(problems).toContainText('is not an https, http or mailto link');
  // The valid parts still apply: users is locked to shared, Reset is not offered, the kiosk link stays.
  await expect(mixed.locator('fieldset[data-key="users"]').getByLabel('Shared by several people, or a kiosk')).toBeChecked();
  await expect(mixed.locator('fieldset[data-key="users"]').getByLabel('One main user')).toBeDisabled();
  await expect(mixed.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');
  await expect(mixed.locator('.apa-grid__row--organization td[data-scenario="reset"]')).toContainText('Call <script>x</script> 1234');
  await expect(mixed.locator('.apa-grid__row--organization td[data-scenario="self-deploying"] a')).toHaveAttribute('href', 'https://intranet.example.com/kiosks');
  await answer(mixed, 'device', 'A new device');
  await answer(mixed, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(mixed, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(mixed.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot self-deploying mode');
  await page.screenshot({ path: `${ARTIFACTS}bad-profile.png` });
  expect(await axe(page)).toEqual([]);
  expect(seen.problems).toEqual([]);
});
