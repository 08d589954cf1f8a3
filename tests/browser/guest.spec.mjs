// The widget as a guest on someone else's page: the page themes it through --apa-* (from its
// stylesheet or the style attribute), can hide it and set its display, and long questions read
// whole at any width.
import { test, expect } from '@playwright/test';
import { ARTIFACTS, answer, axe, open } from './helpers.mjs';
import { themingSnippet } from './snippets.mjs';

/** Adds an <autopilot-advisor> with these attributes to the plain fixture page. */
async function element(page, attributes = {}, css = '') {
  await page.goto('fixtures/plain.html');
  await page.evaluate(([attributes, css]) => {
    if (css) document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
    const el = document.createElement('autopilot-advisor');
    el.id = 'guest';
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    document.body.append(el);
  }, [attributes, css]);
  const w = page.locator('#guest');
  await expect(w.locator('fieldset[data-key="device"]')).toBeAttached();
  // What these tests measure is the live widget: the first render it replaces may otherwise go
  // between two looks (seen under load: a style read on a node already gone, a legend with no box).
  await w.evaluate((el) => el.ready);
  return w;
}

/** The accent colour as rendered: "Start over" (enabled once a question is answered) is drawn in it. */
async function accentOf(w) {
  await answer(w, 'device', 'A new device');
  return w.locator('.apa-questionnaire__reset').evaluate((b) => getComputedStyle(b).color);
}

test("the documentation's theming example recolours the widget from the page's stylesheet", async ({ page }) => {
  const css = themingSnippet();
  expect(css).toContain('--apa-color-accent: #5c2d91');
  const w = await element(page, { theme: 'light' }, css);
  expect(await accentOf(w)).toBe('rgb(92, 45, 145)');
  const font = await w.locator('.apa-advisor').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toBe('Arial, sans-serif');
  await w.screenshot({ path: `${ARTIFACTS}themed-element.png` });
});

test('the style attribute themes the widget too, and the default stays without either', async ({ page }) => {
  const w = await element(page, { theme: 'light', style: '--apa-color-accent: rgb(200, 0, 0)' });
  expect(await accentOf(w)).toBe('rgb(200, 0, 0)');
  await page.evaluate(() => document.getElementById('guest').removeAttribute('style'));
  expect(await accentOf(w)).toBe('rgb(15, 95, 184)');
});

test('page CSS that does not set --apa-* does not reach in', async ({ page }) => {
  const w = await element(page, { theme: 'light' }, '* { color: red !important; background: yellow !important; font-family: serif !important; } button { background: lime !important; }');
  expect(await accentOf(w)).toBe('rgb(15, 95, 184)');
  const legend = w.locator('fieldset[data-key="device"] legend');
  expect(await legend.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
});

test('hidden hides the element, and the page can set its display', async ({ page }) => {
  const w = await element(page, { hidden: '' });
  await expect(page.locator('#guest')).toBeHidden();
  await page.evaluate(() => document.getElementById('guest').removeAttribute('hidden'));
  await expect(w.locator('fieldset[data-key="device"]')).toBeVisible();
  await page.addStyleTag({ content: '#guest { display: inline-block; }' });
  expect(await page.locator('#guest').evaluate((el) => getComputedStyle(el).display)).toBe('inline-block');
});

test('a question whose legend wraps is never cut by its border', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const w = await element(page, { theme: 'light' });
  for (const key of ['technician', 'tpm', 'windows', 'custom_image']) {
    const fieldset = w.locator(`fieldset[data-key="${key}"]`);
    const [box, legend] = await Promise.all([fieldset.boundingBox(), fieldset.locator('legend').boundingBox()]);
    // The legend wraps at this width, and lies wholly inside the fieldset's box, below its top border.
    expect(legend.height).toBeGreaterThan(30);
    expect(legend.y).toBeGreaterThan(box.y);
    expect(legend.y + legend.height).toBeLessThan(box.y + box.height);
  }
  await w.locator('fieldset[data-key="technician"]').screenshot({ path: `${ARTIFACTS}legend-320.png` });
});

test('the choices sit below their question inside its box, in the compact layout and in print too', async ({ page }) => {
  // Without help text the choices followed the floated legend directly, and were squeezed into
  // the no room beside it (zero wide, drawn outside the box: unreadable, seen first in WebKit).
  const inside = (fieldset) => fieldset.evaluate((f) => {
    const [box, legend, choices] = [f, f.querySelector('legend'), f.querySelector('.apa-question__choices')].map((e) => e.getBoundingClientRect());
    return { width: choices.width > 50, inside: choices.left >= box.left && choices.right <= box.right, below: choices.top >= legend.top };
  });
  const ok = { width: true, inside: true, below: true };
  const compact = await element(page, { compact: '', theme: 'light' });
  expect(await inside(compact.locator('fieldset[data-key="device"]'))).toEqual(ok);
  await open(page);
  await answer(page, 'device', 'A new device');
  await page.emulateMedia({ media: 'print' });
  expect(await inside(page.locator('fieldset[data-key="device"]'))).toEqual(ok);
});

test('a compact widget\'s folded grid keeps its height when scrolled to: the page does not jump', async ({ page }) => {
  // The grid skips its layout while off-screen (content-visibility) and held 1,500 px for it
  // meanwhile; folded in the compact layout it is one line, so the page shrank by some
  // 1,500 px under a person scrolling to it (and under a WebDriver click, seen in WebKit).
  await page.setViewportSize({ width: 800, height: 400 });
  const w = await element(page, { compact: '', theme: 'light' });
  const grid = w.locator('.apa-grid');
  await expect(grid.locator('details.apa-grid__fold')).toBeAttached();
  const offScreen = await grid.evaluate((g) => ({ top: g.getBoundingClientRect().top, height: g.getBoundingClientRect().height, view: innerHeight }));
  expect(offScreen.top, 'the grid starts well below the window').toBeGreaterThan(3 * offScreen.view);
  await grid.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const onScreen = await grid.evaluate((g) => g.getBoundingClientRect().height);
  expect(onScreen).toBeLessThan(100);
  expect(offScreen.height).toBeCloseTo(onScreen, 0);
});

test("the hosted page passes axe's best-practice rules too: one h1, landmarks named apart", async ({ page }) => {
  await open(page);
  expect(await axe(page, ['best-practice'])).toEqual([]);
  await expect(page.locator('h1')).toHaveText('Autopilot Scenario Advisor');
  await answer(page, 'device', 'A new device');
  await answer(page, 'users', 'One main user');
  expect(await axe(page, ['best-practice'])).toEqual([]);
  // Inside another page the title is an h2 under the page's own headings.
  await page.goto('fixtures/plain.html');
  await expect(page.locator('autopilot-advisor h2.apa-advisor__title')).toHaveCount(1);
  await expect(page.locator('autopilot-advisor h1')).toHaveCount(0);
});

test('kebab-case attributes set answers, and the old snake_case names still work', async ({ page }) => {
  const w = await element(page, { device: 'existing', 'current-join': 'hybrid', 'custom-image': 'yes', fast_user: 'no' });
  await expect(w.locator('fieldset[data-key="current_join"] input[value="hybrid"]')).toBeChecked();
  await expect(w.locator('fieldset[data-key="custom_image"] input[value="yes"]')).toBeChecked();
  await expect(w.locator('fieldset[data-key="fast_user"] input[value="no"]')).toBeChecked();
  // Changing a kebab-case attribute updates the widget in place.
  await page.evaluate(() => document.getElementById('guest').setAttribute('current-join', 'entra'));
  await expect(w.locator('fieldset[data-key="current_join"] input[value="entra"]')).toBeChecked();
});

test.describe('on a German browser', () => {
  test.use({ locale: 'de-DE' });

  test("without a lang of its own the element speaks its page's language, not the browser's", async ({ page }) => {
  await page.goto('fixtures/plain.html');
  await page.evaluate(() => {
    const section = Object.assign(document.createElement('section'), { lang: 'de' });
    const el = document.createElement('autopilot-advisor');
    el.id = 'guest';
    section.append(el);
    document.body.append(section);
    // Its own lang still wins over the page's.
    const fr = document.createElement('autopilot-advisor');
    fr.id = 'own';
    fr.setAttribute('lang', 'fr');
    section.append(fr);
  });
  await expect(page.locator('#guest .apa-advisor')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#guest fieldset[data-key="device"] legend')).toHaveText('Welches Gerät richten Sie ein?');
  await expect(page.locator('#own .apa-advisor')).toHaveAttribute('lang', 'fr');
  // The plain page itself is English: the first element there speaks English on this German browser.
  await expect(page.locator('#frame autopilot-advisor .apa-advisor')).toHaveAttribute('lang', 'en');
  });
});

test('el.profile takes an object, and wins over the profile attribute', async ({ page }) => {
  const w = await element(page, { profile: '{"preset":{"device":"broken"}}' });
  await expect(w.locator('fieldset[data-key="device"] input[value="broken"]')).toBeChecked();
  await page.evaluate(() => {
    const el = document.getElementById('guest');
    el.profile = { preset: { device: 'new', users: 'shared' }, not_offered: ['reset'], locked: ['users'] };
  });
  await expect(w.locator('fieldset[data-key="device"] input[value="new"]')).toBeChecked();
  await expect(w.locator('fieldset[data-key="users"]')).toContainText('Set by your organization');
  expect(await page.evaluate(() => document.getElementById('guest').profile.not_offered)).toEqual(['reset']);
});

test.describe('on a system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  /** The widget's computed background colour. */
  const background = (w) => w.locator('.apa-advisor').evaluate((el) => getComputedStyle(el).backgroundColor);
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(27, 28, 30)';

  test('theme="auto" follows a page that declares a light colour scheme, and the system otherwise', async ({ page }) => {
    // The plain page declares no scheme: the system's dark wins.
    const w = await element(page, {});
    expect(await background(w)).toBe(DARK);
    // The page declares light: the widget follows it, and follows it back when it changes.
    await page.evaluate(() => { document.documentElement.style.colorScheme = 'light'; });
    await expect.poll(() => background(w)).toBe(WHITE);
    await page.evaluate(() => { document.documentElement.style.colorScheme = ''; });
    await expect.poll(() => background(w)).toBe(DARK);
    // A forced theme wins over the page.
    await page.evaluate(() => { document.documentElement.style.colorScheme = 'light'; document.getElementById('guest').setAttribute('theme', 'dark'); });
    await expect.poll(() => background(w)).toBe(DARK);
  });

  test('a light section of a page gives a light widget inside it', async ({ page }) => {
    await page.goto('fixtures/plain.html');
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.style.colorScheme = 'light';
      section.append(Object.assign(document.createElement('autopilot-advisor'), { id: 'guest' }));
      document.body.append(section);
    });
    const w = page.locator('#guest');
    await expect(w.locator('fieldset[data-key="device"]')).toBeVisible();
    // Polled: the first render can be swapped for the live widget between finding the element
    // and reading its style, and a detached element's computed style is empty.
    await expect.poll(() => background(w)).toBe(WHITE);
    await expect.poll(() => background(page.locator('#frame autopilot-advisor'))).toBe(DARK);
  });
});
