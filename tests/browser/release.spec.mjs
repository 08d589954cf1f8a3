// The release archive (`bash .ci/release`): what an admin downloads. Unpacked, it holds every
// artifact under the names its README gives, each matching SHA256SUMS, and the single file
// opened from inside it (file://) answers a question and shows the version and the facts' date.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION, answer, unzip, watch } from './helpers.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const ARCHIVE = `${ROOT}/release/autopilot-advisor-${VERSION}.zip`;
const UNPACKED = resolve(new URL('./fixtures/generated/release/', import.meta.url).pathname);
const TOP = `${UNPACKED}/autopilot-advisor-${VERSION}`;
const skipSpfx = process.env.APA_SKIP_SPFX === '1' && process.env.CI !== 'true';

test.beforeAll(() => {
  if (!existsSync(ARCHIVE)) throw new Error(`${ARCHIVE} is missing: run bash .ci/release first.`);
  rmSync(UNPACKED, { recursive: true, force: true });
  for (const [name, data] of unzip(readFileSync(ARCHIVE))) {
    mkdirSync(dirname(`${UNPACKED}/${name}`), { recursive: true });
    writeFileSync(`${UNPACKED}/${name}`, data);
  }
});

test('the archive holds every artifact, a README for admins and matching SHA-256 sums', () => {
  const names = [...unzip(readFileSync(ARCHIVE)).keys()].map((n) => n.slice(`autopilot-advisor-${VERSION}/`.length));
  const expected = ['README.txt', 'SHA256SUMS', 'autopilot-advisor.js', 'autopilot-advisor.html', 'autopilot-fleet.html', 'site/index.html', 'site/autopilot-advisor.js', 'site/fleet.html'];
  if (!skipSpfx) expected.push('autopilot-advisor.sppkg');
  expect(names).toEqual(expect.arrayContaining(expected));
  expect(names.some((n) => /^site\/autopilot-advisor-[0-9a-f]+_bg\.wasm$/.test(n))).toBe(true);
  const readme = readFileSync(`${TOP}/README.txt`, 'utf8');
  for (const file of expected.filter((n) => !n.includes('/') && n !== 'README.txt')) expect(readme).toContain(file);
  expect(readme).toContain(`Autopilot Scenario Advisor ${VERSION}`);
  // Every other file is listed once with its hash, as `sha256sum -c` reads it.
  const sums = readFileSync(`${TOP}/SHA256SUMS`, 'utf8').trim().split('\n').map((l) => l.split(/ {2}/));
  expect(sums.map(([, f]) => f).sort()).toEqual(names.filter((n) => n !== 'SHA256SUMS').sort());
  for (const [sum, file] of sums) expect(sum, file).toBe(createHash('sha256').update(readFileSync(`${TOP}/${file}`)).digest('hex'));
});

test('the single file from inside the unpacked archive answers a question from file://', async ({ page }) => {
  const seen = watch(page);
  await page.goto(pathToFileURL(`${TOP}/autopilot-advisor.html`).href);
  const w = page.locator('autopilot-advisor');
  await answer(w, 'device', 'A new device');
  await answer(w, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(w, 'users', 'One main user');
  await answer(w, 'technician', 'No, it goes straight to the user');
  await expect(w.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(w.locator('.apa-advisor__checked')).toHaveText(/^Facts last checked against Microsoft's pages on \d{4}-\d{2}-\d{2}\. Version (.+)\.$/);
  await expect(w.locator('.apa-advisor__checked')).toContainText(`Version ${VERSION}.`);
  expect(await page.evaluate(() => AutopilotAdvisor.version)).toBe(VERSION);
  expect(seen.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  expect(seen.problems).toEqual([]);
});
