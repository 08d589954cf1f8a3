// The SharePoint Framework package (spfx/, built by `bash .ci/spfx`): the .sppkg carries the
// current dist/autopilot-advisor.js, and its web part bundle, loaded from the package by a
// minimal AMD loader with stand-ins for the SharePoint modules under a SharePoint Online-like
// Content Security Policy, renders the advisor, takes answers and property changes, and keeps
// several web parts (and two versions of the package) apart; its property pane is made from
// AutopilotAdvisor.model() and speaks the page's language; it wears its section's SharePoint
// theme. No real tenant is involved.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, VERSION, answer, axe, unzip, watch } from './helpers.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const SPPKG = `${ROOT}/spfx/sharepoint/solution/autopilot-advisor.sppkg`;
const ADVISOR = `${ROOT}/dist/autopilot-advisor.js`;
const GENERATED = resolve(new URL('./fixtures/generated/spfx/', import.meta.url).pathname);
const OTHER_VERSION = '0.0.9';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

const xmlText = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let pkg; // { files, manifest, bundleName, bundle }

// `APA_SKIP_SPFX=1 bash .ci/test` leaves the package out locally; CI always builds and tests it.
test.skip(process.env.APA_SKIP_SPFX === '1' && process.env.CI !== 'true', 'APA_SKIP_SPFX=1: the SharePoint package was not built');

test.beforeAll(() => {
  if (!existsSync(ADVISOR)) throw new Error(`${ADVISOR} is missing: run bash .ci/build first.`);
  if (!existsSync(SPPKG)) throw new Error(`${SPPKG} is missing: run bash .ci/spfx (it builds the SharePoint package) first.`);
  const files = unzip(readFileSync(SPPKG));
  const partXml = [...files.keys()].find((n) => /\/WebPart_[0-9a-f-]+\.xml$/.test(n));
  if (!partXml) throw new Error('the .sppkg has no web part definition');
  const manifest = JSON.parse(xmlText(/ComponentManifest="([^"]*)"/.exec(files.get(partXml).toString('utf8'))[1]));
  const bundleName = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId].path;
  const bundle = files.get(`ClientSideAssets/${bundleName}`)?.toString('utf8');
  if (!bundle) throw new Error(`the .sppkg lacks ClientSideAssets/${bundleName}`);
  pkg = { files, manifest, bundleName, bundle };

  // The page loads what the package carries: its ClientSideAssets and its manifest, and once
  // more as another version of the package (same code, another module id), as when a site
  // collection app catalog holds a different version than the tenant's.
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });
  for (const [name, data] of files) {
    if (name.startsWith('ClientSideAssets/') && name.endsWith('.js')) writeFileSync(`${GENERATED}/${name.slice('ClientSideAssets/'.length)}`, data);
  }
  writeFileSync(`${GENERATED}/manifest.json`, JSON.stringify(manifest));
  const moduleId = `${manifest.id}_${manifest.version}`;
  if (!bundle.includes(`define("${moduleId}"`)) throw new Error(`the bundle does not define "${moduleId}"`);
  const other = structuredClone(manifest);
  other.version = OTHER_VERSION;
  other.loaderConfig.scriptResources[other.loaderConfig.entryModuleId].path = `other-version_${bundleName}`;
  writeFileSync(`${GENERATED}/other-version_${bundleName}`, bundle.replace(`define("${moduleId}"`, `define("${manifest.id}_${OTHER_VERSION}"`));
  writeFileSync(`${GENERATED}/manifest-other-version.json`, JSON.stringify(other));
});

test('the .sppkg carries the current autopilot-advisor.js', () => {
  const advisor = readFileSync(ADVISOR, 'utf8');
  const banner = advisor.slice(0, advisor.indexOf('\n'));
  expect(banner).toMatch(/^\/\*! Autopilot Scenario Advisor \d+\.\d+\.\d+/);
  // The compressed payload (the styles and the WebAssembly: the whole engine and UI) rides in
  // the bundle byte for byte; SPFx's minifier shortens the surrounding glue again and moves the
  // banner to the licence file.
  const payload = /"([^"]{100000,})"/.exec(advisor)[1];
  const stale = 'the .sppkg was built from another dist/autopilot-advisor.js: run bash .ci/spfx again';
  expect(pkg.bundle.includes(payload), `${stale} (the payload of dist/, sha256 ${sha256(payload)}, is not in the bundle)`).toBe(true);
  expect(pkg.bundle).toContain('customElements.get("autopilot-advisor")');
  const licence = pkg.files.get(`ClientSideAssets/${pkg.bundleName}.LICENSE.txt`)?.toString('utf8') ?? '';
  expect(licence + pkg.bundle).toContain(banner);
  // The web part was built from the file .ci/spfx copied in, and that is today's dist/ file.
  const copied = readFileSync(`${ROOT}/spfx/src/webparts/autopilotAdvisor/advisor/autopilot-advisor.js`);
  expect(sha256(copied), stale).toBe(sha256(readFileSync(ADVISOR)));
  // The package: the web part's name, its version, the strings module.
  expect(pkg.manifest.preconfiguredEntries[0].title.default).toBe('Autopilot Scenario Advisor');
  // One version, Cargo.toml's (.ci/spfx writes it): the web part, the solution, the script.
  expect(pkg.manifest.version).toBe(VERSION);
  expect(JSON.parse(readFileSync(`${ROOT}/spfx/package.json`, 'utf8')).version).toBe(VERSION);
  expect(pkg.files.get('AppManifest.xml').toString('utf8')).toContain(`Version="${VERSION}.0"`);
  expect(banner).toContain(`Autopilot Scenario Advisor ${VERSION}:`);
  expect(Object.keys(pkg.manifest.loaderConfig.scriptResources)).toEqual(expect.arrayContaining(['AutopilotAdvisorWebPartStrings', '@microsoft/sp-webpart-base']));
  expect(pkg.files.has('AppManifest.xml')).toBe(true);
});

test('one version, from Cargo.toml, in every place the package has one; no generator leftovers', () => {
  // .ci/spfx writes Cargo.toml's version into these files; committed, they agree with it too.
  const solution = JSON.parse(readFileSync(`${ROOT}/spfx/config/package-solution.json`, 'utf8')).solution;
  const lock = JSON.parse(readFileSync(`${ROOT}/spfx/package-lock.json`, 'utf8'));
  const npmPackage = JSON.parse(readFileSync(`${ROOT}/spfx/package.json`, 'utf8'));
  expect([npmPackage.version, lock.version, lock.packages[''].version]).toEqual([VERSION, VERSION, VERSION]);
  expect([solution.version, ...solution.features.map((f) => f.version)]).toEqual([`${VERSION}.0`, `${VERSION}.0`]);
  const appManifest = pkg.files.get('AppManifest.xml').toString('utf8');
  expect(/ Version="([^"]+)"/.exec(appManifest)[1]).toBe(`${VERSION}.0`);
  const featureXml = [...pkg.files.keys()].find((n) => /^feature_[0-9a-f-]+\.xml$/.test(n));
  expect(/ Version="([^"]+)"/.exec(pkg.files.get(featureXml).toString('utf8'))[1]).toBe(`${VERSION}.0`);
  expect(pkg.manifest.version).toBe(VERSION);

  // The generator's placeholders and unused parts are gone: its solution description, its
  // developer block with a made-up partner id, the Teams icons, packages nothing imports.
  const yo = readFileSync(`${ROOT}/spfx/.yo-rc.json`, 'utf8');
  expect(yo).not.toContain('autopilot-advisor-spfx description');
  expect(appManifest).not.toContain('Undefined-');
  expect(existsSync(`${ROOT}/spfx/teams`)).toBe(false);
  expect([...pkg.files.keys()].filter((n) => n.endsWith('.png'))).toEqual([]);
  const sources = ['AutopilotAdvisorWebPart.ts', 'profile.ts', 'theme.ts']
    .map((f) => readFileSync(`${ROOT}/spfx/src/webparts/autopilotAdvisor/${f}`, 'utf8')).join('\n');
  for (const dependency of Object.keys(npmPackage.dependencies)) {
    // tslib: TypeScript's helpers for ES5 (importHelpers), imported by the compiled code.
    if (dependency !== 'tslib') expect(sources, `${dependency} is a dependency that nothing imports`).toContain(`from '${dependency}'`);
  }
  for (const leftover of ['@fluentui/react', 'css-loader', '@microsoft/sp-lodash-subset', '@microsoft/sp-office-ui-fabric-core']) {
    expect({ ...npmPackage.dependencies, ...npmPackage.devDependencies }).not.toHaveProperty([leftover]);
  }

  // The pane's strings in English, German and French; the web part follows section themes.
  expect(pkg.manifest.loaderConfig.scriptResources.AutopilotAdvisorWebPartStrings.paths).toEqual({
    'en-US': expect.any(String), 'de-DE': expect.any(String), 'fr-FR': expect.any(String),
  });
  expect(pkg.manifest.supportsThemeVariants).toBe(true);
});

test('on a SharePoint-like page the web parts render the advisor, take answers and property changes, and stay apart', async ({ page, baseURL }) => {
  const seen = watch(page);
  const response = await page.goto('fixtures/spfx/page.html?csp=sharepoint');
  expect(response.headers()['content-security-policy']).toContain("'unsafe-eval'");
  await page.evaluate(() => window.harness.ready);
  const [one, two, three] = ['#part1', '#part2', '#part3'].map((id) => page.locator(`${id} autopilot-advisor`));
  for (const w of [one, two, three]) await expect(w.locator('fieldset[data-key="device"]')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('autopilot-advisor').length)).toBe(3);

  // The web part's properties became the element's profile: preset, locked, theme.
  await expect(one.locator('fieldset[data-key="users"]')).toContainText('Set by your organization');
  await expect(one.locator('.apa-advisor')).toHaveClass(/apa-advisor--theme-light/);
  await expect(one).toHaveAttribute('lang', 'en-US'); // "Follow the page"
  await expect(two.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');

  // Answers work, and only in their own web part.
  await answer(one, 'tpm', 'Yes, a physical device with TPM 2.0');
  await answer(one, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await expect(one.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot self-deploying mode');
  await expect(two.locator('.apa-questionnaire__progress')).toHaveText('0 of 10 answered');
  await answer(three, 'current_join', 'Microsoft Entra join (formerly Azure AD join)');
  await expect(three.locator('.apa-questionnaire__progress')).toHaveText('2 of 11 answered');
  await expect(one.locator('.apa-recommendation__status')).toHaveText('Recommended: Windows Autopilot self-deploying mode');

  // The property pane of web part 1: a change reaches the element in place, answers stay.
  await page.evaluate(() => { document.querySelector('#part1 autopilot-advisor').marked = true; });
  await page.evaluate(() => window.harness.openPane(0));
  const pane = page.locator('#pane');
  const names = await scenarioNames(page);
  await pane.getByRole('switch', { name: names['self-deploying'], exact: true }).uncheck();
  await expect(one.locator('thead th[data-scenario="self-deploying"] .apa-badge')).toHaveText('Not possible');
  await expect(two.locator('thead th[data-scenario="self-deploying"] .apa-badge')).not.toHaveText('Not possible');
  expect(await page.evaluate(() => document.querySelector('#part1 autopilot-advisor').marked)).toBe(true);
  expect(await page.evaluate(() => document.querySelector('#part1 autopilot-advisor').answers)).toEqual({ device: 'new', users: 'shared', tpm: 'yes', identity: 'entra' });

  // A question hidden; a bad link: a clear message in the pane, and the widget keeps the last
  // good profile.
  const configmgr = await questionGroup(page, 'configmgr');
  await configmgr.getByRole('switch', { name: 'Hidden: the question is not shown' }).check();
  await expect(one.locator('fieldset[data-key="configmgr"]')).toHaveCount(0);
  const userDriven = await scenarioGroup(page, names['user-driven']);
  await userDriven.getByLabel('Contact link (https, http or mailto)').fill('javascript:alert(1)');
  await expect(userDriven.locator('.pane__error').last()).toHaveText('Use an https://, http:// or mailto: link, for example mailto:servicedesk@example.com.');
  await page.evaluate(() => window.harness.settled());
  const profileAfterBad = JSON.parse(await one.getAttribute('profile'));
  expect(profileAfterBad.preset).toEqual({ device: 'new', users: 'shared' });
  expect(profileAfterBad.hidden).toEqual(['configmgr']);
  expect(profileAfterBad.not_offered).toEqual(['self-deploying']);
  expect(profileAfterBad.scenarios).toEqual({});
  await expect(one.locator('.apa-problems')).toHaveCount(0);

  // Good values: another preset, locked; a note and a contact for a scenario; dark colours; a language.
  const identity = await questionGroup(page, 'identity');
  await identity.getByLabel('Preset answer', { exact: true }).selectOption('entra');
  await identity.getByRole('switch', { name: 'Locked: the reader cannot change the preset answer' }).check();
  await userDriven.getByLabel('Note').fill('Ask the service desk <b>first</b>.');
  await userDriven.getByLabel('Contact name').fill('Service desk');
  await userDriven.getByLabel('Contact link (https, http or mailto)').fill('mailto:desk@example.com');
  await pane.getByLabel('Colours').selectOption('dark');
  await pane.getByLabel('Language').selectOption('de');
  await page.evaluate(() => window.harness.settled());
  await expect(one.locator('.apa-advisor')).toHaveClass(/apa-advisor--theme-dark/);
  await expect(one).toHaveAttribute('lang', 'de');
  await expect(one.locator('fieldset[data-key="identity"]')).toContainText('Von Ihrer Organisation festgelegt');
  const org = one.locator('.apa-grid__row--organization td[data-scenario="user-driven"]');
  await expect(org).toContainText('Ask the service desk <b>first</b>.');
  await expect(org.getByRole('link', { name: 'Service desk' })).toHaveAttribute('href', 'mailto:desk@example.com');
  const profile = JSON.parse(await one.getAttribute('profile'));
  expect(profile.scenarios).toEqual({
    'user-driven': { note: 'Ask the service desk <b>first</b>.', contact: { label: 'Service desk', url: 'mailto:desk@example.com' } },
  });
  expect([profile.preset, profile.locked]).toEqual([{ device: 'new', users: 'shared', identity: 'entra' }, ['users', 'identity']]);
  expect(await page.evaluate(() => document.querySelector('#part1 autopilot-advisor').marked)).toBe(true);

  // The others did not move: their profiles, answers and languages are their own.
  await expect(two).toHaveAttribute('lang', 'en-US');
  await expect(two.locator('.apa-advisor')).not.toHaveClass(/apa-advisor--theme-dark/);
  await expect(two.locator('.apa-questionnaire__progress')).toHaveText('0 of 10 answered');
  await expect(three.locator('.apa-questionnaire__progress')).toHaveText('2 of 11 answered');
  await pane.getByLabel('Language').selectOption('');
  await expect(one).toHaveAttribute('lang', 'en-US');

  // Two versions of the package: both modules ran, one element definition served both.
  expect(await page.evaluate(() => Object.keys(window.amd.modules).filter((m) => /_\d+\.\d+\.\d+$/.test(m)).sort()))
    .toEqual([`${pkg.manifest.id}_${OTHER_VERSION}`, `${pkg.manifest.id}_${pkg.manifest.version}`]);

  // Removing a web part (dispose) removes only its widget.
  await page.evaluate(() => window.harness.parts[1].webPart._dispose());
  await expect(page.locator('#part2 autopilot-advisor')).toHaveCount(0);
  await answer(three, 'registered', 'Yes, it is registered');
  await expect(three.locator('.apa-questionnaire__progress')).toHaveText('3 of 11 answered');

  // What a page author sees: the first web part with its property pane beside it.
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${ARTIFACTS}spfx.png` });
  expect(await axe(page)).toEqual([]);
  expect(seen.requests.filter((u) => !u.startsWith(baseURL))).toEqual([]);
  expect(seen.problems).toEqual([]);
});

/** The page's SharePoint stand-in with its web parts started; `query` such as '&locale=de-DE'. */
async function sharePointPage(page, query = '') {
  await page.goto(`fixtures/spfx/page.html?csp=sharepoint${query}`);
  await page.evaluate(() => window.harness.ready);
  const parts = ['#part1', '#part2', '#part3'].map((id) => page.locator(`${id} autopilot-advisor`));
  for (const w of parts) await expect(w.locator('fieldset[data-key="device"]')).toBeVisible();
  return parts;
}

async function scenarioNames(page) {
  return page.evaluate(() => Object.fromEntries(window.AutopilotAdvisor.model(document.documentElement.lang || undefined).scenarios.map((s) => [s.id, s.name])));
}

/** A collapsed group of the stand-in pane, opened. */
async function paneGroup(page, name) {
  const exact = new RegExp('^' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$');
  const group = page.locator('#pane details').filter({ has: page.locator('summary', { hasText: exact }) });
  await expect(group).toHaveCount(1);
  if (!(await group.evaluate((d) => d.open))) await group.locator('summary').click();
  return group;
}

/** The pane's group of one question, named by its text in the model in the page's language (as
 * the web part asks for it), opened. */
async function questionGroup(page, key) {
  const text = await page.evaluate((k) => window.AutopilotAdvisor.model(document.documentElement.lang || undefined).questions.find((q) => q.key === k).text, key);
  return paneGroup(page, text);
}

const scenarioGroup = paneGroup;

test('the property pane is made from AutopilotAdvisor.model(): a group per question, a toggle per scenario', async ({ page }) => {
  const seen = watch(page);
  const [one, two] = await sharePointPage(page);
  await page.evaluate(() => window.harness.openPane(1));
  const pane = page.locator('#pane');
  const model = await page.evaluate(() => window.AutopilotAdvisor.model());
  expect(model.questions.length).toBeGreaterThan(10);

  // Per question, in the model's order: its text names the group; the preset dropdown offers
  // exactly the model's values (with their labels) after "none"; locked and hidden toggles.
  const groups = pane.locator('section[aria-label="Page 1"] details');
  await expect(groups.locator('summary')).toHaveText(model.questions.map((q) => q.text));
  for (const q of model.questions) {
    const group = groups.filter({ has: page.locator(`#pane-preset_${q.key}`) });
    const options = await group.locator('select option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    expect(options, q.key).toEqual([['', 'None: the reader answers'], ...q.options.map((o) => [o.value, o.label])]);
    await expect(group.getByRole('switch', { name: 'Locked: the reader cannot change the preset answer', includeHidden: true })).toBeDisabled();
    await expect(group.getByRole('switch', { name: 'Hidden: the question is not shown', includeHidden: true })).not.toBeChecked();
  }
  // Per scenario a toggle, on unless the page's properties say otherwise (reset is not offered).
  const offered = pane.locator('fieldset', { hasText: 'Scenarios offered' }).getByRole('switch');
  expect(await offered.evaluateAll((ts) => ts.map((t) => [t.labels[0].textContent, t.checked])))
    .toEqual(model.scenarios.map((s) => [s.name, s.id !== 'reset']));

  // A preset makes the lock usable; the widget gets both at once.
  const device = await questionGroup(page, 'device');
  await device.getByLabel('Preset answer', { exact: true }).selectOption('existing');
  const lock = device.getByRole('switch', { name: 'Locked: the reader cannot change the preset answer' });
  await expect(lock).toBeEnabled();
  await lock.check();
  await expect(two.locator('fieldset[data-key="device"]')).toContainText('Set by your organization');
  await expect(two.locator('fieldset[data-key="current_join"]')).toBeVisible();
  // Back to "none": the lock has nothing left to lock, and the widget asks again.
  await device.getByLabel('Preset answer', { exact: true }).selectOption('');
  await expect(device.getByRole('switch', { name: 'Locked: the reader cannot change the preset answer' })).toBeDisabled();
  await page.evaluate(() => window.harness.settled());
  expect(JSON.parse(await two.getAttribute('profile'))).toMatchObject({ preset: {}, locked: [], not_offered: ['reset'] });
  await expect(two.locator('fieldset[data-key="device"]')).not.toContainText('Set by your organization');

  // A question and a scenario the model gains appear in the pane without any change to it.
  await page.evaluate(() => {
    const api = window.AutopilotAdvisor;
    const real = api.model;
    api.model = () => {
      const m = real();
      m.questions.push({ key: 'network', text: 'Is the network wired?', help: '', options: [{ value: 'wired', label: 'Wired' }, { value: 'wifi', label: 'Wi-Fi' }] });
      m.scenarios.push({ id: 'teleport', name: 'Teleport mode' });
      return m;
    };
  });
  await page.evaluate(() => window.harness.openPane(1));
  const network = await paneGroup(page, 'Is the network wired?');
  expect(await network.locator('select option').evaluateAll((os) => os.map((o) => o.value))).toEqual(['', 'wired', 'wifi']);
  await expect(pane.getByRole('switch', { name: 'Teleport mode' })).toBeChecked();

  // Properties saved by the earlier free-text pane were moved into the new fields (web part 1).
  await page.evaluate(() => window.harness.openPane(0));
  await expect(pane.locator('#pane-preset_device')).toHaveValue('new');
  await expect(pane.locator('#pane-preset_users')).toHaveValue('shared');
  await expect(pane.locator('#pane-preset_identity')).toHaveValue('');
  expect(await pane.locator('#pane-locked_users').evaluate((t) => [t.checked, t.disabled])).toEqual([true, false]);
  expect(await page.evaluate(() => Object.keys(window.harness.parts[0].webPart.properties).filter((k) => !k.includes('_')).sort()))
    .toEqual(['audience', 'compact', 'language', 'theme']);
  expect(JSON.parse(await one.getAttribute('profile'))).toMatchObject({ preset: { device: 'new', users: 'shared' }, locked: ['users'], hidden: [], not_offered: [] });
  expect(seen.problems).toEqual([]);
});

test("each web part wears its section's SharePoint theme, light or dark, and follows a change of it", async ({ page }) => {
  const seen = watch(page);
  const [one, two, three] = await sharePointPage(page);
  const themes = await page.evaluate(() => window.sectionThemes);
  const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  // What a reader sees, read inside each widget's shadow root.
  const looks = (widget) => widget.evaluate((host) => {
    const css = (selector) => getComputedStyle(host.shadowRoot.querySelector(selector));
    return {
      theme: /apa-advisor--theme-(\w+)/.exec(host.shadowRoot.querySelector('.apa-advisor').className)[1],
      scheme: css('.apa-advisor').colorScheme,
      background: css('.apa-advisor').backgroundColor,
      text: css('.apa-advisor').color,
      surface: css('.apa-questionnaire').backgroundColor,
      muted: css('.apa-questionnaire__progress').color,
      accent: css('.apa-question__choice input').accentColor,
      font: css('.apa-advisor').fontFamily,
    };
  });
  const expected = (theme, scheme) => ({
    theme: scheme, scheme,
    background: rgb(theme.semanticColors.bodyBackground),
    text: rgb(theme.semanticColors.bodyText),
    surface: rgb(theme.semanticColors.bodyStandoutBackground),
    muted: rgb(theme.semanticColors.bodySubtext),
    accent: rgb(theme.semanticColors.primaryButtonBackground),
    font: theme.fonts.medium.fontFamily,
  });
  // A colour the theme does not give comes from the widget's matching half: "Not possible".
  const danger = (widget) => widget.locator('thead th[data-scenario="reset"] .apa-badge').evaluate((b) => getComputedStyle(b).color);

  // The light section's web part ("follow the section", the default) and the dark one's.
  expect(await looks(two)).toEqual(expected(themes.light, 'light'));
  expect(await danger(two)).toBe('rgb(164, 38, 44)');
  expect(await looks(three)).toEqual(expected(themes.dark, 'dark'));
  // Web part 1 forces light colours: the widget's own, not the section's.
  expect(await looks(one)).toMatchObject({ theme: 'light', background: 'rgb(255, 255, 255)', accent: 'rgb(15, 95, 184)' });

  // The author makes the light section dark: the web part follows at once, answers kept.
  await answer(two, 'device', 'A new device');
  await page.evaluate(() => window.harness.setSectionTheme(1, 'dark'));
  await expect.poll(() => looks(two)).toEqual(expected(themes.dark, 'dark'));
  expect(await danger(two)).toBe('rgb(255, 155, 159)');
  expect(await two.evaluate((w) => w.answers)).toEqual({ device: 'new' });
  await expect(page.locator('#part2').locator('..')).toHaveCSS('background-color', rgb(themes.dark.semanticColors.bodyBackground));
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}spfx-themes.png`, fullPage: true });

  // A brand colour too pale for text on the theme's background is darkened until it reads
  // (WCAG AA, 4.5:1) on the background, the surface and the tinted badges.
  await page.evaluate(() => {
    const light = window.sectionThemes.light;
    window.harness.parts[1].themes._setTheme({ ...light, semanticColors: { ...light.semanticColors, primaryButtonBackground: '#ffb900' } });
  });
  await expect.poll(async () => (await looks(two)).theme).toBe('light');
  const contrast = await two.evaluate((host) => {
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    const lum = (css) => { const [r, g, b] = css.match(/\d+/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
    const style = getComputedStyle(host.shadowRoot.querySelector('.apa-advisor'));
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const probe = document.createElement('span');
    host.shadowRoot.querySelector('.apa-advisor').append(probe);
    const resolve = (name) => { probe.style.color = `var(${name})`; return getComputedStyle(probe).color; };
    const out = Math.min(...['--apa-color-bg', '--apa-color-surface', '--apa-color-accent-soft'].map((n) => ratio(resolve('--apa-color-accent'), resolve(n))));
    probe.remove();
    return { out, accent: style.getPropertyValue('--apa-color-accent').trim() };
  });
  expect(contrast.accent).not.toBe('#ffb900');
  expect(contrast.out).toBeGreaterThanOrEqual(4.5);

  // Back to "follow the section" in web part 1's pane: it takes the light section's colours.
  await page.evaluate(() => window.harness.openPane(0));
  const colours = page.locator('#pane').getByLabel('Colours');
  await expect(colours.locator('option')).toHaveText(['Follow the section (its SharePoint theme colours)', 'Light', 'Dark']);
  await colours.selectOption('auto');
  await expect.poll(() => looks(one)).toEqual(expected(themes.light, 'light'));
  // Forcing dark there: the widget's own dark colours, none of the section's left on the element.
  await colours.selectOption('dark');
  await expect.poll(async () => (await looks(one)).background).toBe('rgb(27, 28, 30)');
  expect(await one.evaluate((w) => w.getAttribute('style') || '')).toBe('');
  expect(seen.problems).toEqual([]);
});

for (const [locale, words] of [
  ['de-DE', { offered: 'Angebotene Szenarien', preset: 'Vorgegebene Antwort', none: 'Keine: Der Leser antwortet', locked: 'Gesperrt: Der Leser kann die vorgegebene Antwort nicht ändern', colours: 'Farben', auto: 'Wie der Abschnitt (die Farben seines SharePoint-Designs)', link: 'Kontaktlink (https, http oder mailto)', refused: 'Verwenden Sie einen https://-, http://- oder mailto:-Link, zum Beispiel mailto:servicedesk@example.com.', widget: 'Von Ihrer Organisation festgelegt' }],
  ['fr-FR', { offered: 'Scénarios proposés', preset: 'Réponse prédéfinie', none: 'Aucune : le lecteur répond', locked: 'Verrouillée : le lecteur ne peut pas modifier la réponse prédéfinie', colours: 'Couleurs', auto: 'Comme la section (les couleurs de son thème SharePoint)', link: 'Lien de contact (https, http ou mailto)', refused: 'Utilisez un lien https://, http:// ou mailto:, par exemple mailto:servicedesk@example.com.', widget: 'Défini par votre organisation' }],
]) {
  test(`on a ${locale} page the property pane speaks the page's language, as the advisor does`, async ({ page }) => {
    const seen = watch(page);
    const [one] = await sharePointPage(page, `&locale=${locale}`);
    await expect(one).toHaveAttribute('lang', locale);
    await expect(one.locator('fieldset[data-key="users"]')).toContainText(words.widget);
    await page.evaluate(() => window.harness.openPane(0));
    const pane = page.locator('#pane');
    await expect(pane.locator('section[aria-label="Page 2"] fieldset legend')).toHaveText(words.offered);
    const users = await questionGroup(page, 'users');
    await expect(users.getByLabel(words.preset, { exact: true })).toHaveValue('shared');
    await expect(users.getByLabel(words.preset, { exact: true }).locator('option').first()).toHaveText(words.none);
    await expect(users.getByRole('switch', { name: words.locked })).toBeChecked();
    await expect(pane.getByLabel(words.colours).locator('option').first()).toHaveText(words.auto);
    const names = await scenarioNames(page);
    const reset = await scenarioGroup(page, names.reset);
    await reset.getByLabel(words.link).fill('ftp://example.com');
    await expect(reset.locator('.pane__error').last()).toHaveText(words.refused);
    // The questions, answers and scenario names come from model(lang), in the page's language.
    const [english, translated] = await page.evaluate((l) => [window.AutopilotAdvisor.model(), window.AutopilotAdvisor.model(l)], locale);
    const usersEnglish = english.questions.find((q) => q.key === 'users');
    const usersTranslated = translated.questions.find((q) => q.key === 'users');
    expect(usersTranslated.text).not.toBe(usersEnglish.text);
    await expect(users.locator('summary')).toHaveText(usersTranslated.text);
    await expect(users.getByLabel(words.preset, { exact: true }).locator('option').nth(1)).toHaveText(usersTranslated.options[0].label);
    expect(usersTranslated.options[0].label).not.toBe(usersEnglish.options[0].label);
    expect(names.reset).not.toBe(english.scenarios.find((s) => s.id === 'reset').name);
    // No English left in the pane's own words.
    const own = await pane.locator('.pane__header, legend, label, .pane__label, .pane__error').allTextContents();
    for (const english of ['Preset answer', 'Scenarios offered', 'Locked:', 'Hidden:', 'Colours', 'Follow the', 'Use an https']) {
      expect(own.filter((t) => t.includes(english)), english).toEqual([]);
    }
    expect(seen.problems).toEqual([]);
  });
}
