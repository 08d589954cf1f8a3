// A person's experience beyond the questions (issue #4): languages, share and resume, the
// copied summary, what-if in the grid, and a path done with the keyboard alone.
import { test, expect } from '@playwright/test';
import { open, live, answer, status, verdictOf, shot, axe, watch } from './helpers.mjs';

const USER_DRIVEN = [
  ['device', 'A new device'],
  ['identity', 'Microsoft Entra join (formerly Azure AD join)'],
  ['users', 'One main user'],
  ['technician', 'No, it goes straight to the user'],
];

async function answerAll(page, answers) {
  for (const [key, label] of answers) await answer(page, key, label);
}

/** The widget's live copy in `lang` (the hosted page fetches the catalog, then renders). */
async function liveIn(page, lang) {
  await live(page);
  await expect(page.locator(`.apa-advisor[lang="${lang}"]`)).toBeVisible();
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the main path reads in German, with Microsoft\'s German names, and axe finds nothing', async ({ page }) => {
    const seen = watch(page);
    await page.goto('');
    await liveIn(page, 'de');
    await expect(page.locator('.apa-advisor__title')).toHaveText('Autopilot-Szenarioberater');
    await answer(page, 'device', 'Ein neues Gerät');
    await answer(page, 'identity', 'Microsoft Entra-Einbindung (früher Azure AD-Einbindung)');
    await answer(page, 'users', 'Ein Hauptbenutzer');
    await answer(page, 'technician', 'Nein, es geht direkt an den Benutzer');
    await expect(status(page)).toHaveText('Empfohlen: Benutzergesteuerter Windows Autopilot-Modus');
    await expect(verdictOf(page, 'user-driven')).toHaveText('Empfohlen');
    await expect(verdictOf(page, 'pre-provisioned')).toHaveText('Nicht möglich');
    // The grid's seed values and the source links speak German too.
    await expect(page.locator('tr[data-capability="user-authenticates"] td[data-scenario="pre-provisioned"]')).toHaveText('Benutzerablauf');
    await expect(page.locator('.apa-recommendation a.apa-source').first()).toHaveText('Quelle');
    // No English left in the widget's own words (a sample of what a person reads first).
    const text = await page.locator('.apa-advisor').innerText();
    for (const english of ['Your situation', 'Recommendation', 'Not sure', 'Compare the scenarios', 'Before you start']) {
      expect(text, english).not.toContain(english);
    }
    // Only the catalog was fetched besides the site's own files.
    expect(seen.requests.filter((u) => u.includes('/i18n/'))).toEqual([expect.stringMatching(/\/i18n\/de\.txt\?[0-9a-f]{16}$/)]);
    await shot(page, 'recommended-de');
    expect(await axe(page)).toEqual([]);
    expect(seen.problems).toEqual([]);
    // Even the message after an internal error is German.
    await page.evaluate(() => { try { window.wasmBindings.__apaPanicForTests(); } catch { /* expected */ } });
    await expect(page.locator('#autopilot-advisor [role="alert"]')).toHaveText(/wegen eines internen Fehlers beendet\. Laden Sie die Seite neu/);
  });
});

test('the lang attribute wins over the browser: a French element and a German mount on an English browser', async ({ page }) => {
  const seen = watch(page);
  await page.goto('fixtures/element.html');
  await page.evaluate(async () => {
    const el = document.createElement('autopilot-advisor');
    el.setAttribute('lang', 'fr-CA');
    el.id = 'fr';
    document.body.append(el);
    const box = document.createElement('div');
    box.id = 'de';
    document.body.append(box);
    await AutopilotAdvisor.mount(box, { lang: 'de' }).ready;
  });
  const fr = page.locator('#fr .apa-advisor');
  await expect(fr).toHaveAttribute('lang', 'fr');
  await expect(fr.locator('.apa-advisor__title')).toHaveText('Conseiller de scénarios Autopilot');
  await expect(page.locator('#de .apa-advisor .apa-advisor__title')).toHaveText('Autopilot-Szenarioberater');
  // Changing the attribute changes the language in place, answers kept.
  await answer(fr, 'device', 'Un nouvel appareil');
  await page.evaluate(() => document.getElementById('fr').setAttribute('lang', 'de'));
  await expect(page.locator('#fr .apa-advisor')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#fr fieldset[data-key="device"]').getByLabel('Ein neues Gerät', { exact: true })).toBeChecked();
  expect(seen.problems).toEqual([]);
});

test('Copy link gives a link that reproduces the result in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await answerAll(page, USER_DRIVEN);
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  // The address bar follows the answers, too.
  await expect(page).toHaveURL(/#advisor:device=new&identity=entra&users=single&technician=no$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.apa-recommendation__copied')).toHaveText('Link copied. It opens the advisor with these answers.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#advisor:device=new&identity=entra&users=single&technician=no$/);
  // The message is about those answers: it goes when they change.
  await answer(page, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(page.locator('.apa-recommendation__copied')).toHaveText('');
  await answer(page, 'tpm', 'Not sure');

  const fresh = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const seen = watch(fresh);
  await fresh.goto(link);
  await live(fresh);
  await expect(status(fresh)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(fresh.locator('fieldset[data-key="technician"]').getByLabel('No, it goes straight to the user')).toBeChecked();
  await expect(fresh.locator('.apa-notice')).toHaveCount(0);
  expect(seen.problems).toEqual([]);
});

test('answers are kept in this browser and come back, with a notice; Start over forgets them', async ({ page }) => {
  await open(page);
  await answerAll(page, USER_DRIVEN.slice(0, 2));
  expect(await page.evaluate(() => localStorage.getItem('autopilot-advisor:answers'))).toBe('device=new&identity=entra');
  await page.goto('/'); // no fragment: only the browser's memory can bring them back
  await live(page);
  await expect(page.locator('fieldset[data-key="identity"]').getByLabel('Microsoft Entra join (formerly Azure AD join)')).toBeChecked();
  await expect(page.locator('.apa-notice')).toHaveText(/Your answers from your last visit are back\./);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.apa-notice')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start over' }).click();
  expect(await page.evaluate(() => localStorage.getItem('autopilot-advisor:answers'))).toBeNull();
});

test('with no-storage (a shared kiosk) nothing is kept in the browser', async ({ page }) => {
  await page.goto('fixtures/element.html');
  await page.evaluate(() => {
    localStorage.clear();
    document.body.innerHTML = '<autopilot-advisor id="kiosk" no-storage></autopilot-advisor>';
  });
  const w = page.locator('#kiosk');
  await answer(w, 'device', 'A new device');
  await expect(w.locator('fieldset[data-key="device"]').getByLabel('A new device', { exact: true })).toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // And a stored value from another widget is not shown here either.
  await page.evaluate(() => {
    localStorage.setItem('autopilot-advisor:answers', 'device=broken');
    document.body.innerHTML = '<autopilot-advisor id="kiosk2" no-storage></autopilot-advisor>';
  });
  await expect(page.locator('#kiosk2 fieldset[data-key="device"]')).toBeVisible();
  await expect(page.locator('#kiosk2 fieldset[data-key="device"] input:checked')).toHaveValue('');
});

test('a damaged link or stored value is ignored with a short notice, and the widget works', async ({ page }) => {
  const seen = watch(page);
  await page.goto('#advisor:device=banana&users=single');
  await live(page);
  await expect(page.locator('.apa-notice')).toContainText('The answers in this link could not be read');
  await expect(page.locator('fieldset[data-key="users"] input:checked')).toHaveValue('');
  await answerAll(page, USER_DRIVEN);
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');

  await page.evaluate(() => localStorage.setItem('autopilot-advisor:answers', 'device=new&&&<script>'));
  await page.goto('/');
  await live(page);
  await expect(page.locator('.apa-notice')).toContainText('The answers saved in this browser could not be read');
  expect(await page.evaluate(() => localStorage.getItem('autopilot-advisor:answers'))).toBeNull();
  await answer(page, 'device', 'A new device');
  await expect(status(page)).not.toHaveText('');
  expect(await axe(page)).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test('Copy summary puts a Markdown summary for a ticket on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await answerAll(page, USER_DRIVEN);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.locator('.apa-recommendation__copied')).toHaveText(/Summary copied as Markdown/);
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toMatch(/^# Windows Autopilot scenario: advice\n/);
  expect(md).toContain('**Recommendation:** Recommended: Windows Autopilot user-driven mode');
  expect(md).toContain('## Answers\n');
  expect(md).toContain('- Who will use the device?: One main user');
  expect(md).toContain(': _not answered_');
  expect(md).toContain('## Why it fits');
  expect(md).toContain('## Before you start');
  expect(md).toContain('## Sources');
  expect(md).toMatch(/\n1\. Windows Autopilot [^\n]+: https:\/\/learn\.microsoft\.com\//);
  // Every cited number has its source listed.
  const cited = new Set([...md.matchAll(/ \[(\d+)\]$/gm)].map((m) => Number(m[1])));
  const listed = [...md.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
  expect([...cited].sort((a, b) => a - b)).toEqual(listed);
  expect(md).toMatch(/\[Open these answers in the advisor\]\(http:\/\/127\.0\.0\.1:\d+\/#advisor:device=new&identity=entra&users=single&technician=no\)\n$/);
});

test('when the page does not allow the clipboard, the summary is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }) });
  });
  await open(page);
  await answerAll(page, USER_DRIVEN);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.locator('.apa-recommendation__copied')).toContainText('does not allow copying');
  await expect(page.locator('.apa-recommendation__copy-text')).toHaveValue(/^# Windows Autopilot scenario: advice/);
});

test('what-if: a scenario that is not possible says which answers would open it; trying a choice can be undone; a fact is not clicked away', async ({ page }) => {
  await open(page);
  await answer(page, 'device', 'A new device');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await answer(page, 'tpm', 'Yes, a physical device with TPM 2.0');
  await expect(verdictOf(page, 'pre-provisioned')).toHaveText('Not possible');
  const cell = page.locator('.apa-grid__row--what-if td[data-scenario="pre-provisioned"]');
  await expect(cell).toContainText('Yes, someone can');
  await shot(page, 'what-if');
  await cell.getByRole('button', { name: 'Try this: Pre-provisioned' }).click();
  await expect(verdictOf(page, 'pre-provisioned')).not.toHaveText('Not possible');
  await expect(page.locator('fieldset[data-key="technician"]').getByLabel('Yes, someone can')).toBeChecked();
  await expect(page.locator('.apa-notice--undo')).toContainText('Answers changed so that Pre-provisioned is possible.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('fieldset[data-key="technician"]').getByLabel('No, it goes straight to the user')).toBeChecked();
  await expect(verdictOf(page, 'pre-provisioned')).toHaveText('Not possible');
  await expect(page.locator('.apa-notice--undo')).toHaveCount(0);
  // Being a virtual machine is a fact: self-deploying mode's cell offers nothing to try.
  await answer(page, 'tpm', 'It is a virtual machine');
  await expect(verdictOf(page, 'self-deploying')).toHaveText('Not possible');
  await expect(page.locator('.apa-grid__row--what-if td[data-scenario="self-deploying"] button')).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
});

test('the keyboard alone, with Tab, arrows and Enter, reaches a recommendation and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  // An unanswered question has "Not sure" checked, so Tab lands there; the arrow keys wrap
  // round to the first choice and check what they reach. [question, its choice's position]:
  const focusedKey = () => page.evaluate(() => document.activeElement?.closest('fieldset')?.dataset.key);
  for (const [key, position] of [['device', 0], ['identity', 0], ['users', 0], ['technician', 1]]) {
    for (let i = 0; i < 5 && (await focusedKey()) !== key; i++) await page.keyboard.press('Tab');
    expect(await focusedKey()).toBe(key);
    for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
  }
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  // Focus is visible wherever it goes.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('apa-recommendation__copy-summary'))) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.apa-recommendation__copied')).toHaveText(/Summary copied/);
});
