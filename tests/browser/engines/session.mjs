// One browser engine driven through W3C WebDriver (selenium-webdriver), with the static server
// of the Playwright suite (../serve.mjs) in front of dist/. Playwright can only drive Chromium
// here: its own Firefox and WebKit builds download from outside the package registries, so
// Debian's firefox-esr (geckodriver) and WebKitGTK (WebKitWebDriver + MiniBrowser under Xvfb)
// are driven the standard way instead. See /README.md, "Browser support".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, Key } from 'selenium-webdriver';
import { ARTIFACTS } from '../helpers.mjs';

export { Key };
export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
export const DIST = `${ROOT}/dist`;

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// The same rules as the Playwright suite's axe check (helpers.mjs): WCAG 2.2 A and AA.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * How each engine's driver starts and what it is asked for. The window is tall enough for the
 * whole widget, so a viewport screenshot shows all of it in every engine.
 */
const ENGINES = {
  firefox: {
    // Where `cargo install` puts it, when .ci/env has not put that on PATH.
    command: (port) => [process.env.APA_GECKODRIVER ?? onPath('geckodriver', `${homedir()}/.cargo/bin/geckodriver`), ['--host', '127.0.0.1', '--port', String(port)]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.APA_FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless', '--width=1280', '--height=1600'],
        // Light, English, and nothing fetched in the background: the same as the Chromium runs.
        prefs: {
          'intl.accept_languages': 'en-US',
          'layout.css.prefers-color-scheme.content-override': 1,
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
        },
      },
    },
  },
  webkit: {
    // MiniBrowser needs a display (it has no headless mode): xvfb-run gives it a virtual one.
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x1700x24', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: process.env.APA_MINIBROWSER ?? MINIBROWSER, args: ['--automation'] },
    },
  },
};

function onPath(program, fallback) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${program}`)) ? program : fallback;
}

/** Starts a program in its own process group, so that stopping it stops its children (Xvfb). */
function start(program, args, env) {
  const child = spawn(program, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const output = [];
  child.stdout.on('data', (d) => output.push(d));
  child.stderr.on('data', (d) => output.push(d));
  child.on('error', (e) => output.push(Buffer.from(String(e))));
  return { child, output: () => Buffer.concat(output).toString('utf8') };
}

function stop(proc) {
  if (proc?.child.exitCode === null) {
    try { process.kill(-proc.child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

async function waitFor(url, proc, what) {
  for (let i = 0; i < 150; i++) {
    if (proc.child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error(`${what} did not start (${url}); bash .ci/setup installs it:\n${proc.output()}`);
}

/**
 * Starts the static server and the engine's driver, and opens a session. Ports: APA_TEST_PORT
 * (default 4173) for the server, the next two for geckodriver and WebKitWebDriver.
 */
export async function openSession(engine) {
  const spec = ENGINES[engine];
  if (!spec) throw new Error(`APA_ENGINE must be one of ${Object.keys(ENGINES).join(', ')}, not "${engine}"`);
  if (!existsSync(`${DIST}/autopilot-advisor.js`)) throw new Error(`${DIST} has no build: run trunk build --release --offline first`);
  const port = Number(process.env.APA_TEST_PORT ?? 4173);
  const driverPort = port + 1 + Object.keys(ENGINES).indexOf(engine);
  const server = start(process.execPath, [new URL('../serve.mjs', import.meta.url).pathname, DIST, String(port)]);
  const [program, args] = spec.command(driverPort);
  // The widget follows the browser's language: English, as in the Chromium runs.
  const driverProc = start(program, args, { LANG: 'en_US.UTF-8', LANGUAGE: 'en_US:en' });
  const stopAll = () => { stop(driverProc); stop(server); };
  try {
    await waitFor(`http://127.0.0.1:${port}/`, server, 'the static server');
    await waitFor(`http://127.0.0.1:${driverPort}/status`, driverProc, `${program} (the ${engine} driver)`);
    const driver = await new Builder().disableEnvironmentOverrides().usingServer(`http://127.0.0.1:${driverPort}`)
      .withCapabilities(spec.capabilities).build();
    await driver.manage().window().setRect({ width: 1280, height: 1600 });
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    const caps = await driver.getCapabilities();
    return new Session(driver, engine, `http://127.0.0.1:${port}/`, `${caps.getBrowserName()} ${caps.getBrowserVersion()}`, async () => {
      await driver.quit().catch(() => {});
      stopAll();
    });
  } catch (e) {
    stopAll();
    throw e;
  }
}

/**
 * What a test does with the page, in the words of the Playwright helpers: `host` is the CSS
 * selector of an element whose (open) shadow root holds the widget, or null for the page itself.
 */
class Session {
  constructor(driver, engine, base, browser, close) {
    Object.assign(this, { driver, engine, base, browser, close });
  }

  /**
   * Opens a path of the server, or an absolute (file://) URL, as a first visit: the widget
   * resumes answers kept in localStorage, and one session serves every test (Playwright gives
   * each test a fresh context), so kept answers are dropped and the page opened again.
   */
  async go(path) {
    const url = /^[a-z]+:/.test(path) ? path : this.base + path;
    await this.driver.get(url);
    const kept = await this.driver.executeScript('try { const n = localStorage.length; localStorage.clear(); return n; } catch (e) { return 0; }');
    if (kept) await this.driver.get(url);
  }

  /** Runs `fn(...args)` in the page and returns its (awaited) value. */
  run(fn, ...args) {
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
         .then(done, (e) => done({ __error: String(e && e.stack || e) }));`,
      ...args,
    ).then((r) => {
      if (r && r.__error) throw new Error(`in the page: ${r.__error}`);
      return r;
    });
  }

  /** Polls `fn` in the page until it returns something truthy; fails with `what` and the last value. */
  async until(what, fn, ...args) {
    let last;
    for (const end = Date.now() + 20_000; Date.now() < end;) {
      const value = await this.run(fn, ...args).catch((e) => { last = e.message; });
      if (value) return value;
      if (value !== undefined) last = value;
      await sleep(100);
    }
    throw new Error(`${this.engine}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
  }

  /**
   * The element matching `css` inside the live widget of `host` (a WebElement), once it is there:
   * like `choice`, it waits until no `aria-busy` is left, since the first render it would find
   * first is replaced when the wasm starts.
   */
  async find(host, css) {
    await this.until(`${css} in the live widget of ${host ?? 'the page'}`, (h, c) => {
      const root = h ? document.querySelector(h)?.shadowRoot : document;
      return !!root && !root.querySelector('[aria-busy="true"]') && !!root.querySelector(c);
    }, host, css);
    return this.driver.executeScript('return (arguments[0] ? document.querySelector(arguments[0]).shadowRoot : document).querySelector(arguments[1])', host, css);
  }

  /** The visible text of `css` in the widget, as the browser renders it (WebDriver's Get Element Text). */
  async text(host, css) {
    return (await this.find(host, css)).getText();
  }

  /** Waits until the visible text of `css` is `expected`; returns it (or fails saying what it was). */
  async expectText(host, css, expected) {
    let seen;
    for (const end = Date.now() + 20_000; Date.now() < end; await sleep(100)) {
      seen = await this.text(host, css).catch((e) => `(${e.message})`);
      if (seen === expected) return seen;
    }
    throw new Error(`${this.engine}: ${css} in ${host ?? 'the page'} shows ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`);
  }

  /**
   * The label of the choice `label` in the question `key`: what a person clicks. It waits for the
   * live widget (`aria-busy` gone): the element's first render, shown before the wasm starts, is
   * replaced when it does, and a label found on it would go stale under the click.
   */
  choice(host, key, label) {
    return this.until(`the choice "${label}" of ${key} in the live widget`, (h, k, l) => {
      const root = h ? document.querySelector(h)?.shadowRoot : document;
      if (!root || root.querySelector('[aria-busy="true"]')) return null;
      const input = [...(root?.querySelectorAll(`fieldset[data-key="${k}"] input`) ?? [])]
        .find((i) => i.labels?.[0]?.textContent.trim() === l || i.getAttribute('aria-label') === l);
      return input && !input.disabled ? input.labels[0] : null;
    }, host, key, label);
  }

  /**
   * A real click (WebDriver Element Click), on `el` scrolled to the middle of the window first, as
   * a person scrolls to what they read: WebKitGTK's driver, scrolling by itself, missed a label it
   * left on the window's bottom edge, and called a summary further down not interactable.
   */
  async click(el) {
    // Then, as Playwright does before it clicks, until the target has stayed put for two frames:
    // a part of the page laid out only as it nears the window (the grid's content-visibility)
    // can still move it, and the click lands where it was (seen in WebKit under load).
    await this.run((e) => new Promise((resolve) => {
      // At most 5 s: a target that never stops moving is still clicked, and the check after says what happened.
      setTimeout(resolve, 5_000);
      let last = '', still = 0;
      const frame = () => {
        const r = e.getBoundingClientRect();
        const now = `${r.left},${r.top},${r.width},${r.height}`;
        if (now === last) still += 1;
        else [last, still] = [now, 0];
        if (still >= 2) resolve(true);
        else requestAnimationFrame(frame);
      };
      e.scrollIntoView({ block: 'center' });
      requestAnimationFrame(frame);
    }), el);
    await el.click();
  }

  /** Answers like a person: a real click (WebDriver Element Click) on the choice's label. */
  async answer(host, key, label) {
    const target = await this.choice(host, key, label);
    await this.click(target);
    await this.until(`"${label}" checked in ${key}`, (el) => el.control?.checked, target);
  }

  /** Presses keys on whatever has the focus (WebDriver Actions). */
  async press(...keys) {
    const actions = this.driver.actions();
    for (const k of keys) actions.keyDown(k).keyUp(k);
    await actions.perform();
  }

  /** axe-core (the version the Playwright suite uses) over the page, open shadow roots included. */
  async axe() {
    if (!(await this.driver.executeScript('return !!window.axe'))) await this.driver.executeScript(AXE);
    const result = await this.run((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => [].concat(...n.target).join(' ')).slice(0, 3).join(', ')})`)), WCAG);
    return result;
  }

  /** Resources the page fetched from anywhere but `origin` (Resource Timing: no browser hooks needed). */
  foreignRequests(origin) {
    return this.run((o) => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !u.startsWith(o) && !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), origin);
  }

  /**
   * A screenshot of the window, kept as tests/browser/artifacts/engines-ENGINE-NAME.png: from the
   * top of the page, or with the element `css` (of the page, not in a shadow root) at the top.
   */
  async shot(name, css) {
    await this.run((c) => {
      document.activeElement?.blur();
      if (c) document.querySelector(c).scrollIntoView({ block: 'start' });
      else window.scrollTo(0, 0);
      // Painted before the picture: WebKitGTK otherwise showed the page from before the scroll.
      return new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
    }, css);
    const path = `${ARTIFACTS}engines-${this.engine}-${name}.png`;
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
    return path;
  }
}
