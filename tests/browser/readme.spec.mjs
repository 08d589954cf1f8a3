// The docs' copy-paste snippets, taken from the docs as written and run as pages, under the
// strict Content Security Policy: if a snippet stops working, this fails.
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { watch } from './helpers.mjs';
import { markedSnippets, snippet } from './snippets.mjs';

// The snippets this spec runs; the theming snippet is run by guest.spec.mjs.
const TESTED = ['element', 'employee', 'iframe', 'mount', 'theming'];
const OUT = new URL('./fixtures/generated/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

test('every snippet in the docs has a test', () => {
  expect(markedSnippets().sort()).toEqual(TESTED);
});

function pageFor(name, body) {
  const file = `${name}.html`;
  writeFileSync(`${OUT}${file}`, `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>\n${body}</body></html>\n`);
  return `fixtures/generated/${file}?csp=strict`;
}


test('the element snippet works as written', async ({ page }) => {
  const { html } = snippet('element');
  const { problems } = watch(page);
  await page.goto(pageFor('element', html.replace('src="autopilot-advisor.js"', 'src="../../autopilot-advisor.js"')));
  const w = page.locator('autopilot-advisor');
  await expect(w.locator('fieldset[data-key="identity"]').getByLabel('Microsoft Entra join (formerly Azure AD join)', { exact: true })).toBeDisabled();
  await expect(w.locator('thead th[data-scenario="reset"] .apa-badge')).toHaveText('Not possible');
  expect(problems).toEqual([]);
});

test('the employee page snippet works as written: four plain questions to a checklist with the service desk', async ({ page }) => {
  const { html } = snippet('employee');
  const { problems } = watch(page);
  await page.goto(pageFor('employee', html.replace('src="autopilot-advisor.js"', 'src="../../autopilot-advisor.js"')));
  const w = page.locator('autopilot-advisor');
  await expect(w.locator('.apa-employee')).toBeVisible();
  await page.waitForFunction(() => !document.querySelector('autopilot-advisor').shadowRoot.querySelector('[aria-busy]'));
  expect(await w.locator('fieldset[data-key]:visible').count()).toBeLessThanOrEqual(4);
  await w.locator('fieldset[data-key="device"]').getByLabel('Set up a new PC', { exact: true }).check();
  await w.locator('fieldset[data-key="users"]').getByLabel('Only me', { exact: true }).check();
  await w.locator('fieldset[data-key="windows"]').getByLabel('Windows 11, a recent version that still gets updates', { exact: true }).check();
  await expect(w.locator('.apa-employee__next')).toHaveAttribute('data-scenario', 'user-driven');
  await expect(w.getByRole('link', { name: 'Service desk' })).toHaveAttribute('href', 'mailto:servicedesk@example.com');
  expect(problems).toEqual([]);
});

test('the mount snippet works as written', async ({ page }) => {
  const { html, js } = snippet('mount');
  expect(js).toContain('AutopilotAdvisor.mount');
  writeFileSync(`${OUT}start-advisor.js`, js);
  const { problems } = watch(page);
  const logs = [];
  page.on('console', (m) => { if (m.type() === 'log') logs.push(m.text()); });
  await page.goto(pageFor('mount', html.replace('src="autopilot-advisor.js"', 'src="../../autopilot-advisor.js"')));
  const w = page.locator('#advisor');
  await expect(w.locator('fieldset[data-key="current_join"]')).toBeVisible();
  await expect(w.locator('thead th[data-scenario="self-deploying"] .apa-badge')).toHaveText('Not possible');
  await expect.poll(() => logs.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('the iframe snippet sizes the frame as written', async ({ page }) => {
  const { html, js } = snippet('iframe');
  writeFileSync(`${OUT}advisor-frame-host.js`, js);
  await page.goto(pageFor('iframe', html.replace('https://intranet.example.com/advisor/index.html', '/sub/path/index.html')));
  const frame = page.frameLocator('#advisor');
  await expect(frame.locator('fieldset[data-key="device"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Number(document.getElementById('advisor').height))).toBeGreaterThan(1000);
});
