// The advisor as a person uses it: real clicks in Debian's Chromium on the release build.
import { test, expect } from '@playwright/test';
import { open, answer, status, verdictOf, shot, axe } from './helpers.mjs';

test('the page opens with every scenario possible and nothing recommended', async ({ page }) => {
  const problems = await open(page);
  await expect(status(page)).toContainText('Answer the questions');
  for (const id of ['user-driven', 'pre-provisioned', 'self-deploying', 'existing-devices', 'reset', 'device-preparation']) {
    await expect(verdictOf(page, id)).toHaveText('Possible');
  }
  // Follow-up questions are hidden until they apply.
  await expect(page.locator('fieldset[data-key="current_join"]')).toHaveCount(0);
  await expect(page.locator('fieldset[data-key="dc"]')).toHaveCount(0);
  await shot(page, 'start');
  expect(await axe(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a new single-user laptop shipped straight to the user gets user-driven mode', async ({ page }) => {
  const problems = await open(page);
  await answer(page, 'device', 'A new device');
  await expect(verdictOf(page, 'reset')).toHaveText('Not possible');
  await answer(page, 'registered', 'Yes, it is registered');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(verdictOf(page, 'user-driven')).toHaveText('Recommended');
  await expect(verdictOf(page, 'pre-provisioned')).toHaveText('Not possible');
  // Self-deploying and device preparation stay possible, ranked lower.
  await expect(verdictOf(page, 'self-deploying')).toHaveText('Possible');
  await expect(verdictOf(page, 'device-preparation')).toHaveText('Possible');
  // Why pre-provisioning is out, in its column.
  await expect(page.locator('.apa-grid__row--why-not td[data-scenario="pre-provisioned"]'))
    .toContainText('needs an IT admin, OEM or reseller to run the technician flow');
  // The seed's values stay in the grid.
  await expect(page.locator('tr[data-capability="tpm-authenticates"] td[data-scenario="pre-provisioned"]')).toHaveText('Technician flow');
  await expect(page.locator('tr[data-capability="user-authenticates"] td[data-scenario="pre-provisioned"]')).toHaveText('User flow');
  await expect(page.locator('tr[data-capability="admin-interaction"] td[data-scenario="reset"]')).toHaveText('Remote reset');
  // Walkthrough and sources.
  const panel = page.locator('.apa-recommendation');
  await expect(panel.getByRole('link', { name: 'User-driven, Microsoft Entra join (formerly Azure AD join)' }))
    .toHaveAttribute('href', 'https://learn.microsoft.com/autopilot/tutorial/user-driven/azure-ad-join-workflow');
  await expect(panel.locator('a.apa-source').first()).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
  await shot(page, 'recommended-user-driven');
  expect(await axe(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a kiosk goes self-deploying until the TPM answer rules it out', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'A new device');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'Shared by several people, or a kiosk');
  await answer(page, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot self-deploying mode');
  await answer(page, 'tpm', 'It is a virtual machine');
  await expect(verdictOf(page, 'self-deploying')).toHaveText('Not possible');
  await expect(page.locator('.apa-grid__row--why-not td[data-scenario="self-deploying"]')).toContainText('TPM 2.0 attestation');
  // Back to "Not sure": self-deploying leads again, but is not recommended while the TPM
  // answer could still rule it out.
  await answer(page, 'tpm', 'Not sure');
  await expect(verdictOf(page, 'self-deploying')).toHaveText('Possible');
  await expect(status(page)).toHaveText('Windows Autopilot self-deploying mode fits best so far.');
  await expect(page.locator('.apa-recommendation__pending')).toContainText('Is it a physical device with a TPM 2.0 chip');
  await answer(page, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(verdictOf(page, 'self-deploying')).toHaveText('Recommended');
});

test('hybrid join asks about a domain controller; without one only Entra join works', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'A new device');
  await answer(page, 'identity', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
  await expect(page.locator('fieldset[data-key="dc"]')).toBeVisible();
  await answer(page, 'dc', 'No, it is remote with no such VPN');
  await answer(page, 'users', 'One main user');
  await expect(status(page)).toHaveText('No scenario fits these answers.');
  await expect(page.locator('[data-note="hybrid-no-dc"]')).toContainText('only Microsoft Entra join is an option');
  await shot(page, 'nothing-fits');
  expect(await axe(page)).toEqual([]);
  // Reaching a domain controller is a fact: said as what would make it true, with no button.
  const fact = page.locator('.apa-recommendation__changes li', { hasText: 'Give the device a domain controller during setup' });
  await expect(fact).toHaveCount(1);
  await expect(fact.getByRole('button')).toHaveCount(0);
  // Applying a suggested change opens a scenario.
  const change = page.locator('.apa-recommendation__changes li', { hasText: 'Which join must the device end up with? → Microsoft Entra join' }).first();
  await change.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('fieldset[data-key="dc"]')).toHaveCount(0);
  await expect(page.locator('fieldset[data-key="identity"]').getByLabel('Microsoft Entra join (formerly Azure AD join)', { exact: true })).toBeChecked();
  await expect(verdictOf(page, 'user-driven')).not.toHaveText('Not possible');
});

test('a broken device goes to Existing devices, then the deployment that follows', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'An existing device, Windows is broken');
  await expect(page.locator('fieldset[data-key="current_join"]')).toBeVisible();
  await answer(page, 'current_join', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
  await answer(page, 'registered', 'No, not yet');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'configmgr', 'Yes');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot for existing devices');
  await expect(page.locator('.apa-recommendation__then')).toHaveText('After the reinstall, the device runs Windows Autopilot user-driven mode.');
  await expect(verdictOf(page, 'reset')).toHaveText('Not possible');
  await shot(page, 'recommended-existing-devices');
  expect(await axe(page)).toEqual([]);
});

test('start over clears every answer', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'A new device');
  await answer(page, 'users', 'One main user');
  await expect(page.locator('.apa-questionnaire__progress')).toHaveText('2 of 10 answered');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('.apa-questionnaire__progress')).toHaveText('0 of 10 answered');
  await expect(page.locator('fieldset[data-key="device"]').getByLabel('Not sure')).toBeChecked();
  await expect(status(page)).toContainText('Answer the questions');
});

test('the About panel holds the overview and the note on Existing devices and Reset', async ({ page }) => {
  await open(page);
  await page.getByText('About the scenarios').click();
  const about = page.locator('.apa-about');
  await expect(about).toContainText("isn't an Autopilot deployment itself");
  await expect(about.locator('[data-scenario="self-deploying"]')).toContainText('Kiosk device or device for multiple users');
  await shot(page, 'about');
});

test('the keyboard alone reaches a recommendation', async ({ page }) => {
  await open(page);
  // Tab to the first question, move through its radios with the arrow keys.
  await page.locator('fieldset[data-key="device"] input').first().focus();
  await page.keyboard.press('Space');
  await expect(page.locator('fieldset[data-key="device"]').getByLabel('A new device')).toBeChecked();
  for (const [key, label] of [['identity', 'Microsoft Entra join (formerly Azure AD join)'], ['users', 'Shared by several people, or a kiosk'], ['tpm', 'Yes, a physical device with TPM 2.0']]) {
    await page.locator(`fieldset[data-key="${key}"]`).getByLabel(label, { exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot self-deploying mode');
});

test('the questions take answers before the WebAssembly has loaded, and those answers carry over', async ({ page }) => {
  // Hold the wasm back: until it is released, the page is the prerendered copy alone.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('');
  const device = page.locator('fieldset[data-key="device"]');
  await expect(device).toBeVisible();
  expect(await page.evaluate(() => typeof window.AutopilotAdvisor?.evaluate)).toBe('undefined');
  await expect(page.locator('.apa-grid thead th[data-scenario="reset"]')).toContainText('Reset');
  await device.getByLabel('An existing device, Windows is broken', { exact: true }).check();
  await page.locator('fieldset[data-key="users"]').getByLabel('One main user', { exact: true }).check();
  await shot(page, 'before-wasm');
  release();
  // The live widget keeps both answers, asks the follow-up they bring, and judges with them.
  await expect(page.locator('fieldset[data-key="current_join"]')).toBeVisible();
  await expect(device.getByLabel('An existing device, Windows is broken', { exact: true })).toBeChecked();
  await expect(page.locator('fieldset[data-key="users"]').getByLabel('One main user', { exact: true })).toBeChecked();
  await expect(verdictOf(page, 'reset')).toHaveText('Not possible');
  await expect(page.locator('.apa-questionnaire__progress')).toHaveText('2 of 11 answered');
});

test('a keyboard user who tabbed into the questions before the WebAssembly started keeps their place', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('');
  await expect(page.locator('fieldset[data-key="device"]')).toBeVisible();
  // Tab to the first question's checked choice ("Not sure"), then arrow to "A new device".
  await page.locator('fieldset[data-key="device"] input').last().focus();
  await page.keyboard.press('ArrowDown');
  const before = await page.evaluate(() => document.activeElement.id);
  expect(before).toMatch(/-device-new$/);
  release();
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.evaluate === 'function');
  await expect(page.locator('fieldset[data-key="registered"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement.id)).toBe(before);
  // The focused control is the live one: the next arrow key answers through the widget.
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('fieldset[data-key="device"]').getByLabel('An existing device, Windows works', { exact: true })).toBeChecked();
  await expect(page.locator('fieldset[data-key="current_join"]')).toBeVisible();
});
