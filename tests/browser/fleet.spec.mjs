// The fleet page (issue #22): Intune's export dropped in, the plan read, a group opened and
// filtered, the CSV downloaded and checked byte for byte, a mapping corrected, planFleet's
// errors and its agreement with evaluate(), all with no request leaving the page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, axe, watch } from './helpers.mjs';

const FIXTURES = new URL('../../fleet/tests/fixtures/', import.meta.url).pathname;
const DIST = new URL('../../dist/', import.meta.url).pathname;
const inventory = `${FIXTURES}intune-devices.csv`;
const autopilot = `${FIXTURES}autopilot-devices.csv`;

const ownOnly = (seen, origin) => seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('file:') && !u.startsWith('blob:'));

async function openFleet(page, path = 'fleet.html') {
  await page.goto(path);
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.planFleet === 'function');
  await expect(page.locator('.apa-fleet__privacy')).toHaveText('Nothing leaves this page; nothing is stored unless you save a file.');
}

async function drop(page) {
  await page.locator('input[name="inventory"]').setInputFiles(inventory);
  await page.locator('input[name="autopilot"]').setInputFiles(autopilot);
  await expect(page.locator('.apa-fleet-read')).toContainText('Windows Autopilot devices list: 5 rows read.');
}

test('an Intune export read in the page: groups, a group opened and filtered, the CSV and the serials downloaded', async ({ page, baseURL }) => {
  const seen = watch(page);
  await openFleet(page, 'fleet.html?csp=strict');
  await drop(page);
  // 15 lines: the header, 13 rows (a record of one serial merged, a row spanning two lines).
  await expect(page.locator('.apa-fleet-read')).toContainText('rows skipped');
  await expect(page.locator('.apa-fleet-read__skipped')).toContainText('not Windows (iOS/iPadOS)');
  await expect(page.locator('.apa-fleet-read__skipped')).toContainText('personally owned');
  const groups = page.locator('.apa-fleet-group');
  expect(await groups.count()).toBeGreaterThan(1);
  await expect(groups.first().locator('.apa-fleet-group__title')).toHaveText(/^\d+ devices .*\u2192 /);
  // Open the group that holds PC-ENTRA-01, see its devices, filter them.
  const entra = groups.filter({ has: page.locator('summary') }).first();
  await entra.locator('summary').click();
  const table = entra.locator('.apa-fleet-devices__table tbody tr');
  expect(await table.count()).toBeGreaterThan(0);
  await entra.getByLabel('Filter devices').fill('no such device');
  await expect(table).toHaveCount(0);
  await entra.getByLabel('Filter devices').fill('');
  await expect(entra.locator('.apa-fleet-group__advice, .apa-fleet-group__changes')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}fleet-plan.png`, fullPage: true });

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the plan (CSV)' }).click()]);
  expect(csv.suggestedFilename()).toBe('autopilot-fleet-plan.csv');
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('Serial number');
  expect(text).toContain('SN-ENTRA-01');
  // The hostile device name is neutralised: quoted, with a leading apostrophe.
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  expect(text).toContain('\r\n');

  const [serials] = await Promise.all([page.waitForEvent('download'), entra.getByRole('button', { name: "Download this group's serial numbers" }).click()]);
  const s = readFileSync(await serials.path()).toString('utf8');
  expect(s.startsWith('\ufeffSerial number\r\n')).toBe(true);

  expect(ownOnly(seen, baseURL)).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('the fleet answers re-plan, and a value read can be given another meaning', async ({ page }) => {
  const seen = watch(page);
  await openFleet(page);
  await drop(page);
  // Co-managed rows suggest Configuration Manager.
  await expect(page.locator('.apa-fleet-questions')).toContainText('Some devices are co-managed');
  const before = await page.locator('.apa-fleet-plan__groups').innerText();
  await page.locator('.apa-fleet-questions select[name="identity"]').selectOption({ label: 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)' });
  await expect.poll(() => page.locator('.apa-fleet-plan__groups').innerText()).not.toBe(before);
  // The join type read as "Azure AD joined" made into "unanswered": its count moves.
  const row = page.locator('.apa-fleet-read__values tr[data-key="current_join"]').first();
  const read = await row.getAttribute('data-read');
  const summary = await page.locator('.apa-fleet-plan__groups').innerText();
  await row.locator('select').selectOption('');
  await expect(page.locator(`.apa-fleet-read__values tr[data-read="${read}"] select`).first()).toHaveValue('');
  await expect.poll(() => page.locator('.apa-fleet-plan__groups').innerText()).not.toBe(summary);
  // A column chosen again: no column for the join type, so every device reads it empty.
  await page.locator('.apa-fleet-read__columns tr[data-field="join"] select').selectOption('');
  await expect(page.locator('.apa-fleet-read__values tr[data-key="current_join"]')).toHaveCount(1);
  await expect(page.locator('.apa-fleet-read__values tr[data-key="current_join"]')).toHaveAttribute('data-read', '');
  await expect(page.locator('.apa-fleet-read__values tr[data-key="current_join"] td').nth(1)).toHaveText('(empty)');
  expect(seen.problems).toEqual([]);
});

test('a file that is not an export says which columns were looked for; the plan on the page is kept', async ({ page }) => {
  await openFleet(page);
  await drop(page);
  const summary = await page.locator('.apa-fleet-plan__summary').innerText();
  await page.locator('input[name="inventory"]').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('hello,world\n1,2\n') });
  await expect(page.locator('.apa-fleet-files__error')).toContainText('Serial number');
  await expect(page.locator('.apa-fleet-plan__summary')).toHaveText(summary);
});

test('planFleet: the shape, a clear Error on input that is no export, and files as bytes', async ({ page }) => {
  await openFleet(page);
  const text = readFileSync(inventory, 'utf8');
  const plan = await page.evaluate((inventory) => AutopilotAdvisor.planFleet({ inventory, answers: { identity: 'entra' } }), text);
  expect(plan.devices.length).toBeGreaterThan(5);
  expect(plan.groups.length).toBeGreaterThan(0);
  expect(plan.groups[0].evaluation.scenarios).toHaveLength(6);
  expect(plan.groups.reduce((n, g) => n + g.count, 0)).toBe(plan.devices.length);
  expect(plan.skipped.map((s) => s.code)).toEqual(expect.arrayContaining(['not_windows', 'personal']));
  expect(plan.csv.startsWith('\ufeff')).toBe(true);
  const bytes = await page.evaluate((inventory) => AutopilotAdvisor.planFleet({ inventory: new TextEncoder().encode(inventory).buffer }).devices.length, text);
  expect(bytes).toBe(plan.devices.length);
  const error = await page.evaluate(() => { try { AutopilotAdvisor.planFleet({ inventory: 'name,colour\nx,y\n' }); return null; } catch (e) { return { error: e instanceof Error, message: e.message }; } });
  expect(error.error).toBe(true);
  expect(error.message).toContain('Serial number');
  const bad = await page.evaluate(() => { try { AutopilotAdvisor.planFleet({ inventory: 'x', answers: { identity: 'moon' } }); return null; } catch (e) { return e instanceof Error && e.message; } });
  expect(bad).toContain('identity');
  const notObject = await page.evaluate(() => { try { AutopilotAdvisor.planFleet('x'); return null; } catch (e) { return e instanceof Error && e.message; } });
  expect(notObject).toContain('planFleet takes an object');
});

test('planFleet agrees with evaluate() device for device', async ({ page }) => {
  await openFleet(page);
  const text = readFileSync(inventory, 'utf8');
  const plan = await page.evaluate(([inventory, autopilot]) => AutopilotAdvisor.planFleet({ inventory, autopilot, answers: { identity: 'entra', technician: 'no' } }), [text, readFileSync(autopilot, 'utf8')]);
  await page.goto('./');
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.evaluate === 'function');
  const results = await page.evaluate((devices) => devices.map((d) => {
    const e = AutopilotAdvisor.evaluate(d.answers);
    return { recommended: e.recommended, verdicts: Object.fromEntries(e.scenarios.map((s) => [s.id, s.verdict])) };
  }), plan.devices);
  expect(results).toEqual(plan.devices.map((d) => ({ recommended: d.recommended, verdicts: d.verdicts })));
});

for (const [scheme, colour] of [['light', 'light'], ['dark', 'dark']]) {
  test(`the fleet page is axe clean in ${scheme} mode, in German too`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: colour });
    await openFleet(page);
    await drop(page);
    await page.locator('.apa-fleet-group summary').first().click();
    await page.screenshot({ path: `${ARTIFACTS}fleet-${scheme}.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
    await page.goto('fleet.html?lang=de');
    await expect(page.locator('.apa-fleet__privacy')).toHaveText('Nichts verlässt diese Seite; nichts wird gespeichert, außer Sie speichern eine Datei.');
    await page.locator('input[name="inventory"]').setInputFiles(inventory);
    await expect(page.locator('.apa-fleet-plan__summary')).toContainText('Geräte in');
    expect(await axe(page)).toEqual([]);
  });
}

test('the offline fleet file works from file:// with no network', async ({ page }) => {
  const seen = watch(page);
  await page.goto(pathToFileURL(`${DIST}/autopilot-fleet.html`).href);
  await expect(page.locator('.apa-fleet__privacy')).toBeVisible();
  await page.locator('input[name="inventory"]').setInputFiles(inventory);
  await expect(page.locator('.apa-fleet-group').first()).toBeVisible();
  expect(seen.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('the hosted page and the single file link to the fleet page, in the browser\'s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('./');
  const link = page.locator('a[data-fleet-link]');
  await expect(link).toHaveText('Eine ganze Flotte aus dem Geräteexport von Intune planen');
  await link.click();
  await expect(page.locator('.apa-fleet__title')).toHaveText('Eine ganze Geräteflotte planen');
  await page.goto(pathToFileURL(`${DIST}/autopilot-advisor.html`).href);
  await expect(page.locator('a[data-fleet-link]')).toHaveAttribute('href', 'autopilot-fleet.html');
  await expect(page.locator('a[data-fleet-link]')).toHaveText('Eine ganze Flotte aus dem Geräteexport von Intune planen');
  await context.close();
});

test('a group (an Intune category) answers differently from the fleet', async ({ page }) => {
  const seen = watch(page);
  await openFleet(page);
  await drop(page);
  const before = await page.locator('.apa-fleet-plan__groups').innerText();
  const section = page.locator('.apa-fleet-overrides');
  await section.locator('select[name="override-group"]').selectOption({ label: 'Category: Kiosk' });
  await section.locator('select[name="users"]').selectOption({ label: 'Shared by several people, or a kiosk' });
  await expect.poll(() => page.locator('.apa-fleet-plan__groups').innerText()).not.toBe(before);
  // Undecided again: the override goes and the plan is the fleet's again.
  await section.locator('select[name="users"]').selectOption('');
  await expect.poll(() => page.locator('.apa-fleet-plan__groups').innerText()).toBe(before);
  expect(seen.problems).toEqual([]);
});
