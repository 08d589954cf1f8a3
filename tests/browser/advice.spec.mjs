// The advice for devices already in use and Windows Autopilot device preparation, as an admin
// meets it: clicks on the release build, the steps shown, the grid's newer column, and the API.
import { test, expect } from '@playwright/test';
import { ARTIFACTS, open, answer, status, verdictOf, shot, axe } from './helpers.mjs';

const steps = (page) => page.locator('.apa-recommendation__steps');

test('a registered hybrid laptop in use, to end up Entra joined without Configuration Manager, is wiped and redeployed', async ({ page }) => {
  const problems = await open(page);
  await answer(page, 'device', 'An existing device, Windows works');
  await answer(page, 'current_join', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
  await answer(page, 'registered', 'Yes, it is registered');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await answer(page, 'configmgr', 'No');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(steps(page)).toContainText('wipe it from Intune');
  await expect(steps(page)).toContainText('delete its computer object there');
  await expect(steps(page)).toContainText('up to 24 hours');
  await shot(page, 'redeploy-hybrid-to-entra');
  expect(await axe(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('"Before you start" lists the VPN prerequisite for a hybrid join only', async ({ page }) => {
  const prerequisites = page.locator('.apa-recommendation__prerequisites');
  await open(page);
  await answer(page, 'device', 'A new device');
  await answer(page, 'registered', 'Yes, it is registered');
  await answer(page, 'identity', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
  await answer(page, 'dc', 'Yes, it can reach a domain controller');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await answer(page, 'configmgr', 'No');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(prerequisites).toContainText('For Microsoft Entra hybrid join over a VPN');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(prerequisites).toContainText('Network access on ports 80, 443 and UDP 123');
  await expect(prerequisites).not.toContainText('VPN');
});

test('a registered device with broken Windows and no Configuration Manager is reinstalled from media', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'An existing device, Windows is broken');
  await answer(page, 'current_join', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'registered', 'Yes, it is registered');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await answer(page, 'configmgr', 'No');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(steps(page)).toContainText('reinstall it from installation media');
  await expect(verdictOf(page, 'existing-devices')).toHaveText('Not possible');
  await expect(verdictOf(page, 'reset')).toHaveText('Not possible');
});

test('an Entra-joined device in use that is not registered gets device preparation on Windows 11', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'An existing device, Windows works');
  await answer(page, 'current_join', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'registered', 'No, not yet');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'One main user');
  await answer(page, 'windows', 'Windows 11, a version still in support');
  await answer(page, 'configmgr', 'No');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot device preparation');
  await expect(verdictOf(page, 'device-preparation')).toHaveText('Recommended');
  await expect(page.locator('.apa-recommendation__why')).toContainText('needs no registration');
  await expect(page.getByRole('link', { name: 'Device preparation, user-driven, Microsoft Entra join' }))
    .toHaveAttribute('href', 'https://learn.microsoft.com/autopilot/device-preparation/tutorial/user-driven/entra-join-workflow');
  // On Windows 10 it can't run: register the device and use user-driven mode instead.
  await answer(page, 'windows', 'Windows 10 (other editions), or a Windows 11 version out of support');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await expect(verdictOf(page, 'device-preparation')).toHaveText('Not possible');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(steps(page)).toContainText('Convert all targeted devices to Autopilot');
  await expect(steps(page)).toContainText('hardware hash');
  await shot(page, 'redeploy-unregistered');
});

test('the grid shows device preparation as a sixth column, marked newer than the 2023 table, each cell with its source', async ({ page }) => {
  await open(page);
  const head = page.locator('.apa-grid thead th[data-scenario="device-preparation"]');
  await expect(head).toContainText('Device preparation');
  await expect(head).toContainText('Newer than the 2023 table');
  await expect(page.locator('.apa-grid thead th[data-scenario="user-driven"]')).not.toContainText('Newer than');
  const hybrid = page.locator('tr[data-capability="hybrid-join"] td[data-scenario="device-preparation"]');
  await expect(hybrid).toContainText('No');
  await expect(hybrid.locator('a.apa-source')).toHaveAttribute('href', 'https://learn.microsoft.com/autopilot/device-preparation/faq');
  // The seed's five columns keep their cells.
  await expect(page.locator('tr[data-capability="tpm-authenticates"] td[data-scenario="pre-provisioned"]')).toHaveText('Technician flow');
  await answer(page, 'identity', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
  await expect(verdictOf(page, 'device-preparation')).toHaveText('Not possible');
  const grid = page.locator('.apa-grid');
  await grid.scrollIntoViewIfNeeded();
  await page.locator('.apa-grid__scroll').evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await grid.screenshot({ path: `${ARTIFACTS}grid-device-preparation.png` });
  expect(await axe(page)).toEqual([]);
});

test('advice that follows a newer page cites the 2023 section it departs from', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'A new device');
  await answer(page, 'registered', 'Yes, it is registered');
  await answer(page, 'identity', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
  await answer(page, 'dc', 'Yes, it can reach a domain controller');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'Yes, someone can');
  await answer(page, 'tpm', 'Yes, a physical device with TPM 2.0');
  await answer(page, 'fast_user', 'Yes, as short as possible');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot for pre-provisioned deployment');
  const step = steps(page).locator('li', { hasText: 'the technician flow needs only internet access' });
  await expect(step.locator('a.apa-source').first()).toHaveAttribute('href', 'https://learn.microsoft.com/autopilot/tutorial/pre-provisioning/hybrid-azure-ad-join-technician-flow');
  await expect(step.locator('a.apa-source--departs')).toHaveText('differs from the 2023 page');
  await expect(step.locator('a.apa-source--departs')).toHaveAttribute('href', /autopilot\/tutorial\/autopilot-scenarios#pre-provisioned$/);
});

test('the API evaluates device preparation and the three situations of devices in use', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(() => {
    const e = window.AutopilotAdvisor.evaluate;
    return {
      hybrid: e({ device: 'existing', current_join: 'hybrid', registered: 'yes', identity: 'entra', users: 'single', technician: 'no', configmgr: 'no' }),
      broken: e({ device: 'broken', current_join: 'entra', registered: 'yes', identity: 'entra', users: 'single', technician: 'no', tpm: 'yes', configmgr: 'no' }),
      unregistered: e({ device: 'existing', current_join: 'entra', registered: 'no', identity: 'entra', users: 'single', windows: 'win11', configmgr: 'no' }),
    };
  });
  expect(out.hybrid.recommended).toBe('user-driven');
  expect(out.broken.recommended).toBe('user-driven');
  expect(out.unregistered.recommended).toBe('device-preparation');
  const dp = out.unregistered.scenarios[5];
  expect(dp.id).toBe('device-preparation');
  expect(dp.reasons.some((r) => r.effect === 'info' && r.source.id === 'intune-wipe')).toBe(true);
  const step = out.hybrid.scenarios[0].reasons.find((r) => r.source.id === 'deregister');
  expect(step.text).toContain('delete its computer object');
  expect(step.source.date).toBe('2025-03-25');
});

test('an organization can take device preparation off the table like any scenario', async ({ page }) => {
  await page.goto('fixtures/plain.html');
  await page.evaluate(() => {
    const el = document.createElement('autopilot-advisor');
    el.id = 'no-dp';
    const preset = { device: 'existing', current_join: 'entra', registered: 'no', identity: 'entra', users: 'single', windows: 'win11', configmgr: 'no', 'not-offered': 'device-preparation' };
    for (const [k, v] of Object.entries(preset)) el.setAttribute(k, v);
    document.body.append(el);
  });
  const w = page.locator('#no-dp');
  await expect(w.locator('thead th[data-scenario="device-preparation"] .apa-badge')).toHaveText('Not possible');
  await expect(w.locator('.apa-grid__row--why-not td[data-scenario="device-preparation"]')).toContainText("Your organization doesn't offer this scenario.");
  await expect(w.locator('.apa-recommendation__status')).not.toContainText('device preparation');
});

// Issue #19's "done when": a Windows 10 device in use and a new Windows 10 device, tried by hand,
// say what Microsoft says: Autopilot doesn't support Windows beyond its lifecycle, Windows 10's
// support ended on 14 October 2025, and Reset keeps the Windows already on the device.
const warnings = (page) => page.locator('.apa-recommendation__warnings');

test('a Windows 10 device in use is warned up front, and Reset says it keeps Windows 10', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'An existing device, Windows works');
  await answer(page, 'current_join', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'registered', 'Yes, it is registered');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'windows', 'Windows 10 (other editions), or a Windows 11 version out of support');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot Reset');
  await expect(warnings(page)).toContainText("Windows Autopilot doesn't support products beyond their support lifecycle");
  await expect(warnings(page)).toContainText('Windows 10 reached end of support on 14 October 2025');
  // Up front: the warnings come before the recommendation's details.
  const above = await page.evaluate(() => {
    const root = document.querySelector('autopilot-advisor')?.shadowRoot ?? document;
    const w = root.querySelector('.apa-recommendation__warnings');
    const why = root.querySelector('.apa-recommendation__summary');
    return Boolean(w.compareDocumentPosition(why) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(above).toBe(true);
  await expect(steps(page)).toContainText('Autopilot Reset rebuilds the Windows version already on the device');
  // Device preparation needs Windows 11: the what-if names the upgrade, and offers no click.
  const dp = page.locator('.apa-grid__row--what-if td[data-scenario="device-preparation"]');
  await expect(dp).toContainText('Upgrade the device to a Windows 11 version still in support');
  await expect(dp.getByRole('button')).toHaveCount(0);
  await shot(page, 'windows-10-in-use');
  expect(await axe(page)).toEqual([]);
});

test('a new Windows 10 device is warned too, and an old link with windows=older still opens', async ({ page }) => {
  await open(page, '#advisor:device=new&identity=entra&users=single&windows=older');
  await expect(page.locator('fieldset[data-key="windows"]').getByLabel('Windows 10 (other editions), or a Windows 11 version out of support')).toBeChecked();
  await expect(warnings(page)).toContainText('Windows 10 reached end of support on 14 October 2025');
  await expect(verdictOf(page, 'device-preparation')).toHaveText('Not possible');
  await shot(page, 'windows-10-new');
});
