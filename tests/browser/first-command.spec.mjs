// The README's first command, `bash .ci/serve`, run as written on a free port (PORT): the page
// it serves renders the widget and takes an answer, and a change to a style reaches the open
// page by itself (Trunk rebuilds, the live-reload client reloads). Then the command is stopped
// with its whole process group, and nothing of it is left running.
// Run by .ci/test through playwright.first-command.config.mjs, before the release build: the
// server rebuilds dist/ with its live-reload client in it, which the release build replaces.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ARTIFACTS, answer, open, status } from './helpers.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const STYLES = `${ROOT}/styles/advisor.css`;
const LOG = `${ARTIFACTS}first-command.log`;
// On a fresh clone the command installs Trunk and wasm-bindgen first (about 15 minutes on 2 cores).
const FIRST_BUILD_MS = 25 * 60_000;

/** A port nothing listens on now. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

const alive = (pgid) => { try { process.kill(-pgid, 0); return true; } catch { return false; } };

let server; // { child, url, exited }

test.beforeAll(async () => {
  test.setTimeout(FIRST_BUILD_MS);
  const port = await freePort();
  const log = createWriteStream(LOG);
  // Its own process group (detached), so stopping it reaches trunk, cargo and node under it.
  const child = spawn('bash', ['.ci/serve'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  server = { child, url: `http://127.0.0.1:${port}/`, exited: null };
  child.on('exit', (code, signal) => { server.exited = `exit ${code ?? signal}`; });
  const started = Date.now();
  for (;;) {
    if (server.exited) throw new Error(`bash .ci/serve stopped (${server.exited}) before serving; see ${LOG}`);
    const ok = await fetch(server.url).then((r) => r.ok && r.text()).catch(() => false);
    if (ok && ok.includes('data-key="device"')) break;
    if (Date.now() - started > FIRST_BUILD_MS) throw new Error(`nothing served at ${server.url} after ${FIRST_BUILD_MS / 60_000} minutes; see ${LOG}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`bash .ci/serve served ${server.url} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

test.afterAll(async () => {
  if (!server) return;
  const pgid = server.child.pid;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  for (let i = 0; i < 100 && alive(pgid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pgid)) {
    process.kill(-pgid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
  }
  expect(alive(pgid), 'a process of bash .ci/serve is still running').toBe(false);
});

test('the first command serves a widget that takes an answer', async ({ page }) => {
  const problems = await open(page, server.url);
  await answer(page, 'device', 'A new device');
  await answer(page, 'identity', 'Microsoft Entra join (formerly Azure AD join)');
  await answer(page, 'users', 'One main user');
  await answer(page, 'technician', 'No, it goes straight to the user');
  await expect(status(page)).toHaveText('Recommended: Windows Autopilot user-driven mode');
  expect(problems).toEqual([]);
  // The fleet page is served too, linked from below the widget.
  await page.locator('a[data-fleet-link]').click();
  await expect(page.locator('.apa-fleet__privacy')).toBeVisible();
});

test('a changed style reaches the open page by itself', async ({ page }) => {
  test.setTimeout(10 * 60_000);
  await open(page, server.url);
  const footer = page.locator('.apa-advisor__footer');
  const original = readFileSync(STYLES, 'utf8');
  try {
    writeFileSync(STYLES, `${original}\n.apa-advisor__footer { outline: 3px solid rgb(1, 2, 3); }\n`);
    await expect(footer).toHaveCSS('outline-color', 'rgb(1, 2, 3)', { timeout: 9 * 60_000 });
  } finally {
    writeFileSync(STYLES, original);
  }
});
