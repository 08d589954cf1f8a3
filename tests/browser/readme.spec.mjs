// The docs' copy-paste snippets, taken from the docs as written and run as pages, under the
// strict Content Security Policy: if a snippet stops working, this fails.
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { watch } from './helpers.mjs';

// Every file that can hold a snippet, and the snippets this spec runs.
const DOCS = ['README.md', 'docs/using.md', 'docs/embedding.md', 'docs/sharepoint.md', 'docs/api.md', 'docs/model.md']
  .map((file) => ({ file, text: readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8') }));
const TESTED = ['element', 'iframe', 'mount'];
const OUT = new URL('./fixtures/generated/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

/** The fenced blocks after `<!-- snippet:NAME -->` in the one doc that has it: the html block, and a js block if one follows. */
function snippet(name) {
  const marker = `<!-- snippet:${name} -->`;
  const holders = DOCS.filter((d) => d.text.includes(marker));
  if (holders.length !== 1) throw new Error(`snippet ${name} is in ${holders.length} docs, not one`);
  const text = holders[0].text;
  const blocks = [...text.slice(text.indexOf(marker)).matchAll(/```(html|js)\n([\s\S]*?)```/g)].slice(0, 2);
  const html = blocks[0][2];
  const js = blocks[1] && blocks[1][1] === 'js' ? blocks[1][2] : null;
  return { html, js };
}

test('every snippet in the docs has a test here', () => {
  const marked = DOCS.flatMap((d) => [...d.text.matchAll(/<!-- snippet:([\w-]+) -->/g)].map((m) => m[1]));
  expect(marked.sort()).toEqual(TESTED);
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
