// The employee view (issue #21): every way to choose it (the hosted page's address and switch,
// the element's attribute, a profile, a mount() option), its first render, what it says, its
// message for IT, its print view, axe in light, dark and forced colours, and how it looks in
// English, German and French (screenshots in test-results/, looked at by a person).
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { answer, axe, live, watch } from './helpers.mjs';

const SHOTS = new URL('./test-results/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

// The organization's answers, as a link carries them, that lead to a checklist (user-driven).
const ORGANIZATION = 'registered=yes&identity=entra&technician=no&tpm=yes&configmgr=no&custom_image=no&fast_user=no';
const CHECKLIST = `#advisor:device=new&users=single&windows=win11&${ORGANIZATION}&audience=employee`;

const employee = (scope) => scope.locator('.apa-employee');
// Opens the hosted page at `hash` afresh: a change of the fragment alone would not reload it.
async function openAt(page, hash) {
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
  await live(page);
}
const questions = (scope) => scope.locator('.apa-employee fieldset[data-key]');

test('the address #advisor:audience=employee opens the employee view, first render included', async ({ page }) => {
  const seen = watch(page);
  // Hold the wasm back: what shows until then is the employee view's first render.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/#advisor:audience=employee');
  await expect(employee(page)).toBeVisible();
  await expect(page.locator('#autopilot-advisor .apa-questionnaire__progress')).toHaveCount(0);
  await expect(page.locator('#autopilot-advisor .apa-grid')).toHaveCount(0);
  await answer(page, 'device', 'Set up a new PC');
  release();
  await live(page);
  await expect(employee(page)).toBeVisible();
  // The answer given on the first render carried over, and the address keeps the view apart.
  await expect(page.locator('fieldset[data-key="device"]').getByLabel('Set up a new PC', { exact: true })).toBeChecked();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#advisor:device=new&audience=employee');
  expect(await questions(page).count()).toBeLessThanOrEqual(5);
  expect(seen.problems).toEqual([]);
});

test('the switch changes the view and the address, both ways', async ({ page }) => {
  await page.goto('/');
  await live(page);
  const switcher = page.locator('.apa-audience');
  await expect(switcher.getByLabel('I plan deployments for my organization')).toBeChecked();
  await answer(page, 'device', 'A new device');
  await switcher.getByLabel("I'm setting up my own PC").check();
  await expect(employee(page)).toBeVisible();
  await expect(page.locator('fieldset[data-key="device"]').getByLabel('Set up a new PC', { exact: true })).toBeChecked();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#advisor:device=new&audience=employee');
  await switcher.getByLabel('I plan deployments for my organization').check();
  await expect(page.locator('.apa-questionnaire__progress')).toBeVisible();
  await expect(employee(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#advisor:device=new');
});

test('with the organization\'s answers the employee gets a checklist, and How IT chooses opens the comparison', async ({ page }) => {
  await page.goto(`/${CHECKLIST}`);
  await live(page);
  const next = page.locator('.apa-employee__next');
  await expect(next).toHaveAttribute('data-scenario', 'user-driven');
  await expect(next).toHaveAttribute('data-it-first', 'false');
  for (const heading of ['How long it takes', 'Have this ready', 'What you will see', 'If something goes wrong', 'Stop and call IT if you see this']) {
    await expect(next.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(next.locator('ol li').first()).toContainText('Turn on the PC');
  await expect(next.locator('a.apa-source').first()).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
  await expect(page.locator('.apa-grid')).toHaveCount(0);
  const how = page.getByRole('button', { name: 'How IT chooses' });
  await expect(how).toHaveAttribute('aria-expanded', 'false');
  await how.click();
  await expect(how).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.apa-grid')).toBeVisible();
  await expect(page.locator('.apa-recommendation__status')).toContainText('user-driven');
});

test('when IT must act first, the employee gets a message with their answers to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#advisor:device=new&users=single&windows=win11&registered=no&audience=employee');
  await live(page);
  const next = page.locator('.apa-employee__next');
  await expect(next).toHaveAttribute('data-it-first', 'true');
  await expect(next.getByRole('heading', { name: 'IT must act first' })).toBeVisible();
  await expect(next).toContainText("not on your organization's list of PCs yet");
  const message = next.locator('.apa-employee__message-text');
  await expect(message).toHaveValue(/What do you need to do with your PC\? Set up a new PC/);
  await expect(message).toHaveValue(/Who will use this PC\? Only me/);
  await next.getByRole('button', { name: 'Copy message' }).click();
  await expect(next.locator('.apa-employee__copied')).toContainText('The message is copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Set up a new PC');
});

test('on an intranet page: the element\'s attribute, a profile and a mount() option each choose the employee view', async ({ page }) => {
  const seen = watch(page);
  // Hold the embedded WebAssembly back (as first-render.spec.mjs does): what shows until then
  // is each widget's first render, and it is the employee view already.
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    const held = new Promise((resolve) => { window.releaseWasm = resolve; });
    WebAssembly.instantiate = function (...args) { return held.then(() => instantiate.apply(this, args)); };
  });
  await page.goto('fixtures/employee.html');
  for (const id of ['by-attribute', 'by-profile', 'by-mount']) {
    await expect(employee(page.locator(`#${id}`))).toBeVisible();
    await expect(page.locator(`#${id} .apa-host`)).toHaveAttribute('aria-busy', 'true');
  }
  expect(await page.evaluate(() => typeof window.AutopilotAdvisor.evaluate)).toBe('undefined');
  await page.evaluate(() => window.releaseWasm());
  await page.evaluate(() => Promise.all([...document.querySelectorAll('autopilot-advisor')].map((el) => el.ready).concat(window.mounted.ready)));
  const element = page.locator('#by-attribute');
  await expect(employee(element)).toBeVisible();
  // The organization answered the rest: the employee sees their own questions only, no switch.
  expect(await questions(element).count()).toBeLessThanOrEqual(4);
  await expect(element.locator('.apa-audience')).toHaveCount(0);
  await answer(element, 'device', 'Set up a new PC');
  await answer(element, 'users', 'Only me');
  await answer(element, 'windows', 'Windows 11, a recent version that still gets updates');
  const next = element.locator('.apa-employee__next');
  await expect(next).toHaveAttribute('data-scenario', 'user-driven');
  await expect(next).toContainText('Pick up your PC at the front desk.');
  await expect(next.getByRole('link', { name: 'Service desk' })).toHaveAttribute('href', 'mailto:desk@example.com');
  await expect(employee(page.locator('#by-profile'))).toBeVisible();
  await expect(employee(page.locator('#by-mount'))).toBeVisible();
  // Switching the attribute off brings IT's view back in place.
  await page.evaluate(() => document.getElementById('by-attribute').setAttribute('audience', 'admin'));
  await expect(employee(element)).toHaveCount(0);
  await expect(element.locator('.apa-questionnaire__progress')).toBeVisible();
  expect(seen.problems).toEqual([]);
});

/** The number of A4 pages the page prints on. */
async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

const MODES = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced-colors': { colorScheme: 'dark', forcedColors: 'active' },
};
for (const [mode, media] of Object.entries(MODES)) {
  test(`axe finds nothing in the employee view in ${mode} mode`, async ({ page }) => {
    await page.emulateMedia(media);
    for (const hash of ['#advisor:audience=employee', CHECKLIST, '#advisor:device=existing&users=single&registered=no&audience=employee']) {
      await openAt(page, hash);
      await expect(employee(page)).toBeVisible();
      expect(await axe(page), `${hash} in ${mode} mode`).toEqual([]);
    }
  });
}

for (const [locale, code, title] of [['en-US', 'en', 'Set up your work PC'], ['de-DE', 'de', 'Ihren Arbeits-PC einrichten'], ['fr-FR', 'fr', 'Installer votre PC de travail']]) {
  test.describe(`in ${code}`, () => {
    test.use({ locale });
    test(`the employee view reads in ${code} and prints on one page: a screenshot to look at`, async ({ page }) => {
      await page.goto(`/${CHECKLIST}`);
      await live(page);
      await expect(page.locator('.apa-advisor__title')).toHaveText(title);
      await expect(page.locator('.apa-advisor')).toHaveAttribute('lang', code);
      await page.screenshot({ path: `${SHOTS}employee-${code}.png`, fullPage: true });
      // The checklist prints on one page, in every language (German runs longest).
      expect(await printedPages(page)).toBe(1);
      await openAt(page, '#advisor:device=new&users=single&windows=win11&registered=no&audience=employee');
      await expect(page.locator('.apa-employee__next')).toHaveAttribute('data-it-first', 'true');
      await page.screenshot({ path: `${SHOTS}employee-it-first-${code}.png`, fullPage: true });
    });
  });
}
