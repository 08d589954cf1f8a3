// How the widget looks and reads in every colour mode and at every width a person uses:
// axe-core in light, dark and Windows high-contrast (forced colours) for the main states,
// and screenshots at 320, 768 and 1280 px wide, where the page must never scroll sideways.
import { test, expect } from '@playwright/test';
import { open, answer, status, shot, axe } from './helpers.mjs';

/** The main states, each reached by clicking as a person would. */
const STATES = {
  start: async () => {},
  recommended: async (page) => {
    await answer(page, 'device', 'A new device');
    await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
    await answer(page, 'users', 'One main user');
    await answer(page, 'technician', 'No, it goes straight to the user');
    await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  },
  'nothing-fits': async (page) => {
    await answer(page, 'device', 'A new device');
    await answer(page, 'identity', 'Microsoft Entra hybrid join (formerly hybrid Azure AD join)');
    await answer(page, 'dc', 'No, it is remote with no such VPN');
    await answer(page, 'users', 'One main user');
    await expect(status(page)).toHaveText('No scenario fits these answers.');
  },
  // A what-if change tried from the grid: the notice with Undo above the questions.
  'what-if': async (page) => {
    await STATES['nothing-fits'](page);
    await page.locator('.apa-grid__try').first().click();
    await expect(page.locator('.apa-notice--undo')).toBeVisible();
  },
};

// Each state starts from a fresh page: answers kept from the state before must not come back.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.clear());
});

const MODES = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced-colors': { colorScheme: 'dark', forcedColors: 'active' },
};

for (const [mode, media] of Object.entries(MODES)) {
  test(`axe finds nothing in ${mode} mode, in every main state`, async ({ page }) => {
    // One page load and one axe run per state: near the 30 s default on a loaded machine.
    test.slow();
    await page.emulateMedia(media);
    for (const [state, reach] of Object.entries(STATES)) {
      await open(page);
      await reach(page);
      expect(await axe(page), `${state} in ${mode} mode`).toEqual([]);
      if (mode !== 'light') await shot(page, `${state}-${mode}`);
    }
  });
}

test('dark mode really is dark, and forced colours keep the recommended column marked', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const background = await page.locator('.apa-advisor').evaluate((e) => getComputedStyle(e).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  expect(r + g + b, `background ${background}`).toBeLessThan(150);
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
  await STATES.recommended(page);
  const head = page.locator('.apa-grid thead th[data-scenario="user-driven"]');
  const border = await head.evaluate((e) => getComputedStyle(e).borderTopWidth);
  expect(parseFloat(border), 'the recommended column keeps a visible border').toBeGreaterThanOrEqual(2);
});

for (const width of [320, 768, 1280]) {
  test(`at ${width} px wide nothing scrolls sideways but the grid`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [state, reach] of Object.entries(STATES)) {
      await open(page);
      await reach(page);
      const page_ = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(page_.scroll, `${state}: the page is wider than the screen`).toBeLessThanOrEqual(page_.client);
      // Every question's choices stay inside the screen.
      const outside = await page.locator('.apa-question__choice').evaluateAll((els, w) => els.filter((e) => e.getBoundingClientRect().right > w + 0.5).length, width);
      expect(outside, `${state}: choices cut off`).toBe(0);
      await shot(page, `${state}-${width}`);
    }
  });
}

test('Print gives one clean page: the answers given and the recommendation', async ({ page }) => {
  await open(page);
  await STATES.recommended(page);
  // The button asks the browser to print.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.locator('.apa-recommendation').getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  // What the printout holds.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.apa-grid')).toBeHidden();
  await expect(page.locator('.apa-about')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
  const device = page.locator('fieldset[data-key="device"]');
  await expect(device.locator('.apa-question__choice', { hasText: 'A new device' })).toBeVisible();
  await expect(device.locator('.apa-question__choice', { hasText: 'An existing device, Windows works' })).toBeHidden();
  await expect(page.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot user-driven mode');
  await expect(page.locator('.apa-recommendation__prerequisites')).toBeVisible();
  await shot(page, 'print');
  // One A4 page: count the page objects in the PDF Chromium prints.
  const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1);
});
