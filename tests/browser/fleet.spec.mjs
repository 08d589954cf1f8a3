// The fleet page (issue #22): Intune's export dropped in, the plan read, a group opened and
// filtered, the CSV downloaded and checked byte for byte, a mapping corrected, the .zip and
// Excel's Unicode text read, the Work from anywhere export's answers, planFleet's errors and
// its agreement with evaluate(), all with no request leaving the page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { ARTIFACTS, axe, watch } from './helpers.mjs';

const FIXTURES = new URL('../../fleet/tests/fixtures/', import.meta.url).pathname;
const DIST = new URL('../../dist/', import.meta.url).pathname;
const inventory = `${FIXTURES}intune-devices.csv`;
const autopilot = `${FIXTURES}autopilot-devices.csv`;
const wfa = `${FIXTURES}wfa-devices.csv`;

/** CRC-32 (the zip's, IEEE 802.3), for the one-entry zip below. */
function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A one-entry DEFLATE zip as Intune's download is (local header, data, central directory,
 * end), made here so the test needs no zip tool and no binary fixture. */
function zipOne(name, data) {
  const body = deflateRawSync(data);
  const file = Buffer.from(name);
  const common = () => {
    const b = Buffer.alloc(26);
    b.writeUInt16LE(20, 0); // version needed
    b.writeUInt16LE(8, 4); // DEFLATE
    b.writeUInt32LE(crc32(data), 10);
    b.writeUInt32LE(body.length, 14);
    b.writeUInt32LE(data.length, 18);
    b.writeUInt16LE(file.length, 22);
    return b;
  };
  const local = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), common(), file, body]);
  const central = Buffer.concat([Buffer.from('PK\x01\x02', 'latin1'), Buffer.from([20, 0]), common(), Buffer.alloc(14), file]);
  const end = Buffer.alloc(22);
  end.write('PK\x05\x06', 0, 'latin1');
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, central, end]);
}

const ownOnly = (seen, origin) => seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('file:') && !u.startsWith('blob:'));

async function openFleet(page, path = 'fleet.html') {
  await page.goto(path);
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.planFleet === 'function');
  await expect(page.locator('.apa-fleet__privacy')).toHaveText('Nothing leaves this page; nothing is stored unless you save a file.');
}

async function drop(page) {
  await page.locator('input[name="inventory"]').setInputFiles(inventory);
  await page.locator('input[name="autopilot"]').setInputFiles(autopilot);
  await expect(page.locator('.apa-fleet-read')).toContainText('Windows Autopilot devices list, rows read: 5.');
}

test('an Intune export read in the page: groups, a group opened and filtered, the CSV and the serials downloaded', async ({ page, baseURL }) => {
  const seen = watch(page);
  await openFleet(page, 'fleet.html?csp=strict');
  await drop(page);
  // 15 lines: the header, 13 rows (a record of one serial merged, a row spanning two lines).
  await expect(page.locator('.apa-fleet-read')).toContainText('Rows skipped: ');
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
  const plans = await page.evaluate(([inventory, autopilot, wfa]) => [
    AutopilotAdvisor.planFleet({ inventory, autopilot, answers: { identity: 'entra', technician: 'no' } }),
    // The Work from anywhere export alone answers registration; with the list too, the list does.
    AutopilotAdvisor.planFleet({ inventory, wfa, answers: { identity: 'hybrid', dc: 'yes' } }),
    AutopilotAdvisor.planFleet({ inventory, autopilot, wfa: new TextEncoder().encode(wfa), answers: { identity: 'entra' } }),
  ], [text, readFileSync(autopilot, 'utf8'), readFileSync(wfa, 'utf8')]);
  const answers = (plan, serial) => plan.devices.find((d) => d.serial === serial).answers;
  expect(answers(plans[1], 'SN-HYB-02')).toMatchObject({ registered: 'yes', tpm: 'no' });
  expect(answers(plans[1], 'SN-ENTRA-01').registered).toBe('no');
  expect(answers(plans[2], 'SN-ENTRA-01').registered).toBe('yes');
  expect([plans[2].wfa_matched, plans[2].wfa_overruled, plans[2].wfa_only]).toEqual([6, 2, ['SN-WFA-ONLY-99']]);
  const devices = plans.flatMap((p) => p.devices);
  await page.goto('./');
  await page.waitForFunction(() => typeof window.AutopilotAdvisor?.evaluate === 'function');
  const results = await page.evaluate((devices) => devices.map((d) => {
    const e = AutopilotAdvisor.evaluate(d.answers);
    return { recommended: e.recommended, verdicts: Object.fromEntries(e.scenarios.map((s) => [s.id, s.verdict])) };
  }), devices);
  expect(results).toEqual(devices.map((d) => ({ recommended: d.recommended, verdicts: d.verdicts })));
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

test("a group's advice has the widget's blocks: why it fits, before you start, Microsoft's walkthrough", async ({ page }) => {
  await openFleet(page);
  await drop(page);
  // Entra joined and registered: Autopilot Reset (the Reset page's prerequisites, its walkthrough).
  const reset = page.locator('.apa-fleet-group').filter({ has: page.locator('.apa-fleet-group__title', { hasText: /\u2192 Windows Autopilot Reset$/ }) }).first();
  // The title names each answer that sets the group apart by its question's short name.
  await expect(reset.locator('.apa-fleet-group__title')).toHaveText(/^2 devices \u00b7 Joined today: Microsoft Entra join \(formerly Azure AD join\); Registered: Yes, it is registered; Windows: Windows 11, a version still in support \u2192 Windows Autopilot Reset$/);
  await reset.locator('summary').click();
  const advice = reset.locator('.apa-fleet-group__advice');
  await expect(advice.locator('h4')).toContainText(['Why it fits', 'Before you start', 'Step-by-step walkthrough']);
  await expect(advice).toContainText('Windows Recovery Environment is enabled (reagentc /enable)');
  await expect(advice.getByRole('link', { name: 'Autopilot Reset', exact: true })).toHaveAttribute('href', 'https://learn.microsoft.com/autopilot/tutorial/reset/autopilot-reset-overview');
  // Not the seed's description of the scenario read as steps.
  await expect(advice).not.toContainText("Isn't an Autopilot deployment itself");
});

test('one device reads in the singular, in English, German and French', async ({ page }) => {
  // The fixture's header and its first row (a Windows PC of the company): one device, one group.
  const [header, first] = readFileSync(inventory, 'utf8').split(/\r?\n/);
  const one = { name: 'one-device.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${first}\n`) };
  for (const [code, summary, read] of [
    ['en', '1 device in 1 group.', 'Intune export, rows read: 1. Devices: 1.'],
    ['de', '1 Gerät in 1 Gruppe.', 'Intune-Export, gelesene Zeilen: 1. Geräte: 1.'],
    ['fr', '1 appareil en 1 groupe.', 'Export Intune, lignes lues : 1. Appareils : 1.'],
  ]) {
    await page.goto(`fleet.html?lang=${code}`);
    await page.locator('input[name="inventory"]').setInputFiles(one);
    await expect(page.locator('.apa-fleet-plan__summary')).toHaveText(summary);
    await expect(page.locator('.apa-fleet-read')).toContainText(read);
  }
});

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

test('the .zip as Intune downloads it and Excel\'s "Unicode text" (UTF-16) are read on the page', async ({ page }) => {
  const seen = watch(page);
  await openFleet(page);
  const zipped = zipOne('DevicesWithInventory_2026-12-01.csv', readFileSync(inventory));
  expect([...zipped.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  await page.locator('input[name="inventory"]').setInputFiles({ name: 'DevicesWithInventory_2026-12-01.zip', mimeType: 'application/zip', buffer: zipped });
  await expect(page.locator('.apa-fleet-plan__summary')).toHaveText('9 devices in 5 groups.');
  await expect(page.locator('.apa-fleet-read')).toContainText('Intune export, rows read: 13. Devices: 9. Rows merged with another of the same serial number: 1.');
  // Excel's "Unicode text": UTF-16 with a byte-order mark, tab separated, an umlaut in a name.
  const unicode = `${FIXTURES}intune-unicode-text.txt`;
  expect([...readFileSync(unicode).subarray(0, 2)]).toEqual([0xff, 0xfe]);
  await page.locator('input[name="inventory"]').setInputFiles(unicode);
  await expect(page.locator('.apa-fleet-read')).toContainText('rows read: 5. Devices: 4.');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the plan (CSV)' }).click()]);
  expect(readFileSync(await csv.path()).toString('utf8')).toContain('PC-BÜRO-01');
  await expect(page.locator('.apa-fleet-files__error')).toHaveCount(0);
  expect(seen.problems).toEqual([]);
});

test('the Work from anywhere export fills registration and TPM: the plan and what was read change', async ({ page }) => {
  const seen = watch(page);
  await openFleet(page);
  await page.locator('input[name="inventory"]').setInputFiles(inventory);
  await expect(page.locator('.apa-fleet-plan__summary')).toHaveText('9 devices in 5 groups.');
  const groups = page.locator('.apa-fleet-plan__groups');
  const values = page.locator('.apa-fleet-read__values');
  // The inventory alone: no registration, and no TPM but the VMs'.
  await expect(groups).not.toContainText('Yes, it is registered');
  await expect(groups).not.toContainText('No, a physical device without it');
  await expect(values.locator('tr[data-key="registered"]')).toHaveCount(0);
  await expect(page.locator('.apa-fleet-read__wfa')).toHaveCount(0);

  await page.locator('input[name="wfa"]').setInputFiles(wfa);
  await expect(page.locator('.apa-fleet-read__wfa')).toHaveText('Work from anywhere export: 7 rows with a serial number read; devices of the plan found in it: 6; rows that match no device (not in the inventory, or left out): 1.');
  await expect(page.locator('.apa-fleet-read__wfa-only li')).toHaveText(['SN-WFA-ONLY-99']);
  const count = (key, read) => values.locator(`tr[data-key="${key}"][data-read="${read}"] td`).nth(2);
  await expect(count('registered', 'AutoPilotRegistered: 1')).toHaveText('3');
  await expect(count('registered', 'AutoPilotRegistered: 0')).toHaveText('2');
  await expect(count('registered', 'AutoPilotRegistered: True')).toHaveText('1');
  await expect(count('tpm', 'TPMCheckFailed: 1')).toHaveText('1');
  await expect(count('tpm', 'TPMCheckFailed: 0')).toHaveText('3');
  await expect(values.locator('tr[data-read="TPMCheckFailed: 1"] select')).toHaveValue('no');
  await expect(values.locator('tr[data-read="TPMCheckFailed: 0"] select')).toHaveValue('');
  await expect(page.locator('.apa-fleet-read__columns tr[data-field="wfa_tpm_check_failed"] select')).toHaveValue('TPMCheckFailed');
  await expect(groups).toContainText('Yes, it is registered');
  await expect(groups).toContainText('No, a physical device without it');
  await page.screenshot({ path: `${ARTIFACTS}fleet-wfa.png`, fullPage: true });

  // The failed check given another meaning: no device lacks TPM 2.0 any more.
  await values.locator('tr[data-read="TPMCheckFailed: 1"] select').selectOption('');
  await expect(groups).not.toContainText('No, a physical device without it');
  await expect(values.locator('tr[data-read="TPMCheckFailed: 1"] select')).toHaveValue('');

  // The Autopilot devices list wins over AutoPilotRegistered; the disagreements are counted.
  await page.locator('input[name="autopilot"]').setInputFiles(autopilot);
  await expect(page.locator('.apa-fleet-read__wfa-overruled')).toHaveText('For 2 devices the export\'s AutoPilotRegistered disagrees with the Windows Autopilot devices list; the list answers, as it is the registration itself.');
  await expect(values.locator('tr[data-key="registered"]')).toHaveCount(0);
  // New files start the corrections afresh: the failed check means "no" again.
  await expect(groups).toContainText('No, a physical device without it');
  expect(seen.problems).toEqual([]);
});

test('a file that is no Work from anywhere export says which columns were looked for; the plan is kept', async ({ page }) => {
  await openFleet(page);
  await drop(page);
  const summary = await page.locator('.apa-fleet-plan__summary').innerText();
  await page.locator('input[name="wfa"]').setInputFiles(inventory);
  await expect(page.locator('.apa-fleet-files__error')).toHaveText(/^Work from anywhere export: this is not a device export we can read\. .*the columns SerialNumber, AutoPilotRegistered or TPMCheckFailed/);
  await expect(page.locator('.apa-fleet-plan__summary')).toHaveText(summary);
  await expect(page.locator('.apa-fleet-read__wfa')).toHaveCount(0);
});
