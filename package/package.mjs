// Trunk's post-build hook: turns the hosted build into the three artifacts of dist/.
//   1. index.html: Trunk's inline loader (and, under `trunk serve`, its live-reload client)
//      moves into its own file, so the site runs under `script-src 'self' 'wasm-unsafe-eval'`
//      with no inline script.
//   2. autopilot-advisor.js: one classic script with the styles, the widget's first render in
//      each language and the WebAssembly inside (deflated and written as basE91 text, unpacked
//      by the browser's DecompressionStream), and the custom element.
//   3. autopilot-advisor.html: one file that works when opened from disk (file://).
// It needs cargo, wasm-bindgen, wasm-opt and terser on PATH (.ci/setup installs them; .ci/env
// puts them first) and only node's own modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const source = resolve(process.env.TRUNK_SOURCE_DIR ?? '.');
const staging = resolve(process.env.TRUNK_STAGING_DIR ?? 'dist');
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const version = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1'], { cwd: source })).packages.find((p) => p.name === 'autopilot-advisor').version;

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const read = (...p) => readFileSync(join(source, ...p), 'utf8');

const frame = read('src', 'embed', 'frame.js');

// The link to the fleet page (issue #22) on the hosted page and in the single file, outside the
// widget (so neither the widget nor the embed script carries it): its words are the fleet page's
// catalogs' `link`, in the first of the browser's languages that the advisor speaks.
const fleetLinkText = Object.fromEntries(['en', 'de', 'fr'].map((code) => {
  const found = /^link = "(.*)"$/m.exec(read('fleet-web', 'i18n', `${code}.toml`));
  if (!found) throw new Error(`fleet-web/i18n/${code}.toml has no link`);
  return [code, found[1].replace(/\\(.)/g, '$1')];
}));
const fleetLinkScript = `(() => { const a = document.querySelector('[data-fleet-link]'); const words = ${JSON.stringify(fleetLinkText)};
  const code = navigator.languages.map((t) => t.split('-')[0].toLowerCase()).find((t) => t in words);
  if (a && code) a.textContent = words[code]; })();`;

/** `code` through terser (installed by .ci/setup), keeping `/*!` comments. */
function terse(code, extra = []) {
  return execFileSync('terser', ['--compress', '--mangle', '--comments', '/^!/', ...extra], { input: code, encoding: 'utf8', maxBuffer: 64 << 20 });
}

// wasm-bindgen names each import the wasm asks of its glue after the JavaScript it calls and a
// hash (`__wbg_setAttribute_9a2b…`, 150 of them): 5 KB of names, in the wasm's import section and
// again as the keys of the glue's import object, that no one reads. Each gets a short name
// instead (a, b, … Z, aa, …), in both: a name is renamed only where it is the key of exactly one
// entry of the glue (and the module's name where the glue says it once), and the wasm's import
// section is written anew, the rest of it as it was; so are the closures' hashed export names.
function shortenImports(wasm, glue) {
  const uleb = (buf, at) => { let value = 0, shift = 0, byte; do { byte = buf[at++]; value += (byte & 127) * 2 ** shift; shift += 7; } while (byte & 128); return [value, at]; };
  const toUleb = (n) => { const out = []; do { let byte = n % 128; n = Math.floor(n / 128); if (n) byte |= 128; out.push(byte); } while (n); return out; };
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const short = (i) => { let name = ''; do { name = letters[i % 52] + name; i = Math.floor(i / 52) - 1; } while (i >= 0); return name; };
  const text = (buf, at) => { const [length, start] = uleb(buf, at); return [buf.subarray(start, start + length).toString('utf8'), start + length]; };
  const name = (s) => { const bytes = Buffer.from(s, 'utf8'); return [...toUleb(bytes.length), ...bytes]; };
  const sections = [wasm.subarray(0, 8)];
  let imports = 0;
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const [size, body] = uleb(wasm, at + 1);
    const next = body + size;
    if (id !== 2 && id !== 7) {
      sections.push(wasm.subarray(at, next));
      at = next;
      continue;
    }
    let [count, p] = uleb(wasm, body);
    const out = [...toUleb(count)];
    const modules = {};
    let exports = 0;
    while (count--) {
      if (id === 7) {
        // An export the glue alone calls, named with a hash (a closure's invoker,
        // `wasm_bindgen__convert__closures_____invoke__h…`): "z" and a number, in the wasm and
        // where the glue reads it (`wasm.…`). The page's own exports keep their names.
        const [field, afterField] = text(wasm, p);
        const end = uleb(wasm, afterField + 1)[1];
        let newField = field;
        const use = new RegExp(`\\bwasm\\.${field}\\b`, 'g');
        if (/_h[0-9a-f]{16}$/.test(field) && /^\w+$/.test(field) && use.test(glue)) {
          newField = `z${exports++}`;
          glue = glue.replace(use, `wasm.${newField}`);
        }
        out.push(...name(newField), ...wasm.subarray(afterField, end));
        p = end;
        continue;
      }
      const [module, afterModule] = text(wasm, p);
      const [field, afterField] = text(wasm, afterModule);
      // The import's kind and description, copied as they are: a function's type, a table's
      // element type and limits, a memory's limits, a global's type and mutability.
      let end = afterField + 1;
      const kind = wasm[afterField];
      if (kind === 0) end = uleb(wasm, end)[1];
      else if (kind === 3) end += 2;
      else {
        if (kind === 1) end += 1;
        const flags = wasm[end++];
        end = uleb(wasm, end)[1];
        if (flags & 1) end = uleb(wasm, end)[1];
      }
      let newField = field;
      const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?=\\s*:)`, 'g');
      const keys = glue.match(key)?.length ?? 0;
      if (keys === 1 && glue.split(field).length === 2) {
        newField = short(imports++);
        glue = glue.replace(key, newField);
      }
      // The module's name too ("./autopilot-advisor_bg.js", once in the glue): "w".
      if (!(module in modules)) {
        const quoted = glue.split(JSON.stringify(module));
        modules[module] = quoted.length === 2 ? 'w' : module;
        glue = quoted.join(JSON.stringify(modules[module]));
      }
      out.push(...name(modules[module]), ...name(newField), ...wasm.subarray(afterField, end));
      p = end;
    }
    if (p !== next) throw new Error(`the wasm's section ${id} did not read to its end`);
    sections.push(Buffer.from([id, ...toUleb(out.length), ...out]));
    at = next;
  }
  if (imports < 100) throw new Error(`only ${imports} of the wasm's imports could be renamed: wasm-bindgen's glue changed`);
  return { wasm: Buffer.concat(sections), glue };
}

// Comments and runs of white space go; nothing else in our CSS depends on them. Also the space
// after a colon, the zero before a decimal point and the second digit of #rrggbb's pairs.
const minifyCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}')
  .replace(/: /g, ':').replace(/([\s:(,])0\.(\d)/g, '$1.$2').replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3').trim();

// 1. The hosted page. Its HTML carries the widget's first render (xtask/src/prerender.rs), so the
//    questions are on screen and answerable before the WebAssembly has loaded. No inline
//    script: Trunk's loader moves into boot-*.js, and the iframe height reporter rides in the
//    same file (one request fewer, nothing that blocks the parser). The boot script marks
//    `apa:ready` (the benchmark's "first interactive question"): by the time a module script
//    runs, the page is parsed and its questions take answers.
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
// Trunk minifies nothing (Trunk.toml): what it would minify in a release build is minified here,
// the glue and the CSS below and, first, the white space between the page's tags (never inside
// a script, and before the first render goes in, whose spaces between tags are text).
const tight = (html) => html.replace(/>\s+</g, '><').replace(/>\s+$/, '>').replace(/^\s+</, '<');
if (profile === 'release') index = index.split(/(<script[\s\S]*?<\/script>)/).map((part, i) => (i % 2 ? part : tight(part))).join('');
// It also writes the language catalogs to dist/i18n/, fetched only by people who need them.
// And the embed script's first renders (one per language) into the embed script's work folder.
const work = join(source, 'target', 'embed');
mkdirSync(work, { recursive: true });
const prerendered = execFileSync('cargo', ['run', '--quiet', '-p', 'xtask', '--', 'prerender', staging, work], { cwd: source, encoding: 'utf8', maxBuffer: 16 << 20 });
if (!prerendered.includes('data-key="device"')) throw new Error('the prerendered widget has no questions');
let hosts = 0;
// The host holds the copy alone: the live widget takes the host's place whole (embed::start),
// so nothing else may sit in it (the <noscript> note stands before it).
// The employee view's first render (for #advisor:audience=employee) waits beside it in an inert
// <template>; a small classic script in <head>, which runs before the first paint, hides the
// admin copy when the address asks for the employee view and puts the template's copy in its
// place once the page is parsed: the page never paints the view it was not asked for. It also
// marks the page as scripted: with JavaScript off the audience switch could not work, and
// page.css hides it.
const employeePath = join(staging, 'first-render-employee.html');
const employee = readFileSync(employeePath, 'utf8');
rmSync(employeePath);
if (!employee.includes('apa-employee')) throw new Error('the prerendered employee view is missing');
index = index.replace(/(<div [^>]*\bid="?autopilot-advisor"?[^>]*>)\s*(<\/div>)/, (_, open, close) => (hosts++, open + prerendered + close + `<template id=apa-first-employee>${employee}</template>`));
if (hosts !== 1) throw new Error('index.html has no empty <div id="autopilot-advisor">');
{
  const view = terse(`(() => {
  const root = document.documentElement;
  root.classList.add('apa-scripted');
  if (!/^#advisor:(?:.*&)?audience=employee(?:&|$)/.test(location.hash)) return;
  root.classList.add('apa-first-employee');
  document.addEventListener('DOMContentLoaded', () => {
    const host = document.getElementById('autopilot-advisor');
    const first = document.getElementById('apa-first-employee');
    if (host && first) host.replaceChildren(first.content.cloneNode(true));
    root.classList.remove('apa-first-employee');
  });
})();`);
  const name = `view-${hash(view)}.js`;
  writeFileSync(join(staging, name), view);
  index = index.replace('</head>', `<script src=./${name}></script></head>`);
}
index = index.replace(/<script type="?module"?>([\s\S]*?)<\/script>/g, (_, loader) => {
  // The loader waits for the first contentful paint, as the browser reports it, before it asks
  // for the wasm: the prerendered page shows before the widget's first render takes the main
  // thread, and Lighthouse's simulated largest paint, which counts every request begun before
  // it, waits for no wasm (a frame and a task, as before, could still come before the paint
  // was presented). Where paint timing is missing, after a frame; a page that never paints (a
  // tab in the background) starts after three seconds all the same.
  const afterPaint = `await new Promise((painted) => {
  const fcp = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) return requestAnimationFrame(() => setTimeout(painted));
  if (fcp()) return painted();
  new PerformanceObserver((_, seen) => { if (fcp()) { seen.disconnect(); painted(); } }).observe({ type: 'paint' });
  setTimeout(painted, 3000);
});`;
  const start = loader.trim().replace(/^(const wasm = await init)/m, `${afterPaint}\n$1`);
  if (!start.includes(afterPaint)) throw new Error("Trunk's loader changed: no `const wasm = await init`");
  // The copy is busy only where a script will bring it to life: with JavaScript off it is the
  // page's content for reading, and nothing should tell a screen reader to wait for it.
  const busy = "document.getElementById('autopilot-advisor')?.setAttribute('aria-busy', 'true');";
  const body = terse(`${busy}\nperformance.mark('apa:ready');\n${fleetLinkScript}\n${frame.trim()}\n${start}`, ['--module']);
  const name = `boot-${hash(body)}.js`;
  writeFileSync(join(staging, name), body);
  return `<script type=module src=./${name}></script>`;
});
// Trunk preloads the wasm from <head>. Without that link its download starts with the loader,
// after the first paint: what a person sees first is the copy, whole, and Lighthouse's simulated
// largest contentful paint no longer waits for 100 KB of wasm that paints nothing larger (it
// counts every request begun before the observed LCP; docs/benchmark.md has before and after).
const preloads = index.length;
index = index.replace(/<link rel="?preload"?[^>]*\.wasm"[^>]*>/, '');
if (index.length === preloads && profile === 'release') throw new Error("Trunk's wasm preload link changed: none found to remove");
// `trunk serve` adds its live-reload client inline; it moves into its own file like the loader.
// Trunk fills in its address only in HTML responses, so the file finds the server from the page.
index = index.replace(/<script(?: nonce="?[^\s>"]*"?)?>([^<]*\.well-known\/trunk\/ws[\s\S]*?)<\/script>/, (_, client) => {
  const body = client
    .replace(/(["'`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
    .replace(/\{\{__TRUNK_WS_BASE__\}\}/g, '/');
  const name = `autoreload-${hash(body)}.js`;
  writeFileSync(join(staging, name), body);
  return `<script src=./${name}></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(index)) throw new Error('index.html still has an inline script');
// Trunk leaves wasm-bindgen's glue as written; terser takes a quarter off what every visitor
// downloads (gzipped), and minifyCss the comments and white space off the style sheets. The
// integrity hash Trunk put on each link is renewed to match.
if (profile === 'release') {
  const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
  for (const file of readdirSync(staging).filter((f) => /^autopilot-advisor-[0-9a-f]+\.js$|\.css$/.test(f))) {
    const path = join(staging, file);
    const before = readFileSync(path);
    let after;
    if (file.endsWith('.css')) after = minifyCss(before.toString('utf8'));
    else {
      // The glue's wasm, beside it, with the short import names the glue now uses.
      const wasmPath = join(staging, file.replace(/\.js$/, '_bg.wasm'));
      const short = shortenImports(readFileSync(wasmPath), before.toString('utf8'));
      writeFileSync(wasmPath, short.wasm);
      after = terse(short.glue, ['--module']);
    }
    writeFileSync(path, after);
    index = index.replaceAll(sri(before), sri(after));
  }
}
writeFileSync(indexPath, index);

// 2. The embed script: the same crate built with the `embed` feature (mountAdvisor), in its
//    own target folder so it never disturbs Trunk's build, wrapped in wasm-bindgen's
//    no-modules glue.
const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'autopilot-advisor', '--features', 'embed', '--target-dir', join(work, 'cargo')];
if (profile === 'release') cargoArgs.push('--release');
execFileSync('cargo', cargoArgs, { cwd: source, stdio: 'inherit' });
const raw = join(work, 'cargo', 'wasm32-unknown-unknown', profile, 'autopilot-advisor.wasm');
execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', work, '--out-name', 'advisor', raw], { stdio: 'inherit' });
const optimized = join(work, 'advisor_opt.wasm');
// The same wasm-opt flags as index.html's data-wasm-opt-params: the low 1 KiB of memory is never
// used (Rust's stack comes first and starts at 1 MiB, data after it), -Oz runs until nothing
// shrinks, and the producers and target-features sections are metadata nobody reads.
execFileSync('wasm-opt', ['-Oz', '--low-memory-unused', '--converge', '--strip-producers', '--strip-target-features', join(work, 'advisor_bg.wasm'), '-o', optimized], { stdio: 'inherit' });
const { wasm, glue } = shortenImports(readFileSync(optimized), readFileSync(join(work, 'advisor.js'), 'utf8'));

const widgetCss = minifyCss(read('styles', 'advisor.css'));
// The host element: a block, and nothing of the page's inherited text styles gets in.
// Block by default, but the page may set display (its rules win over :host), and hidden hides.
const shadowCss = ':host{display:block}:host([hidden]){display:none}\n' + widgetCss;
// element.js is given the options table (engine/src/options.rs) and the model's answer keys as
// `xtask options` prints them, so it spells no attribute or option by hand.
const optionsTable = execFileSync('cargo', ['run', '--quiet', '-p', 'xtask', '--', 'options'], { cwd: source, encoding: 'utf8' }).trim();
if (!JSON.parse(optionsTable).answer_keys.includes('device')) throw new Error('xtask options printed no answer keys');
const elementSource = read('src', 'embed', 'element.js');
if (!elementSource.includes("'__OPTIONS__'")) throw new Error("element.js has no '__OPTIONS__' placeholder");
const element = elementSource.replace("'__VERSION__'", JSON.stringify(version)).replace("'__OPTIONS__'", () => optionsTable);

// The wasm as text: basE91 (Joachim Henke's scheme) with digits of our own, printable ASCII and
// the space without " \ < and ', so JSON, terser, a <script> element and a later minifier leave
// the string as it is. Each 13 bits (14 when the low 13 are below 89) become two digits: 23 % on
// top of the bytes, where base64 adds 33 %. element.js decodes it.
const B91_DIGITS = ' !#$%&()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';
if (B91_DIGITS.length !== 91 || new Set(B91_DIGITS).size !== 91 || /[^ -~]|["'<\\]/.test(B91_DIGITS)) throw new Error('basE91 needs 91 distinct safe digits');
function base91(data) {
  let text = '', bits = 0, count = 0;
  for (const byte of data) {
    bits |= byte << count;
    count += 8;
    if (count > 13) {
      let value = bits & 8191;
      if (value > 88) {
        bits >>= 13;
        count -= 13;
      } else {
        value = bits & 16383;
        bits >>= 14;
        count -= 14;
      }
      text += B91_DIGITS[value % 91] + B91_DIGITS[Math.floor(value / 91)];
    }
  }
  if (count > 0) {
    text += B91_DIGITS[bits % 91];
    if (count > 7 || bits > 90) text += B91_DIGITS[Math.floor(bits / 91)];
  }
  return text;
}

// Zopfli (xtask/src/deflate.rs) writes a deflate stream about 6 % smaller than zlib's level 9.
function deflate(name, data) {
  writeFileSync(join(work, `${name}.bin`), data);
  execFileSync('cargo', ['run', '--quiet', '-p', 'xtask', '--', 'deflate', join(work, `${name}.bin`), join(work, `${name}.deflate`)], { cwd: source, stdio: 'inherit' });
  return readFileSync(join(work, `${name}.deflate`));
}
// Two compressed payloads. The first, small, is what a page shows before the wasm starts: the
// styles and the widget's first render in each language (xtask/src/prerender.rs), as JSON; it
// is unpacked first, so the element shows its questions while the second, the wasm, is still
// being unpacked and compiled. The styles and the HTML compress to a fraction inside it.
const languages = readdirSync(work).map((f) => /^first-render-([a-z]+)\.html$/.exec(f)?.[1]).filter(Boolean).sort();
if (!languages.includes('en')) throw new Error('xtask/src/prerender.rs wrote no English first render');
const html = Object.fromEntries(languages.map((code) => [code, readFileSync(join(work, `first-render-${code}.html`), 'utf8')]));
for (const [code, h] of Object.entries(html)) if (!h.includes('data-key="device"')) throw new Error(`the ${code} first render has no questions`);
// The employee view's first render in each language, for audience="employee".
const employeeHtml = Object.fromEntries(languages.map((code) => [code, readFileSync(join(work, `first-render-employee-${code}.html`), 'utf8')]));
for (const [code, h] of Object.entries(employeeHtml)) if (!h.includes('apa-employee')) throw new Error(`the ${code} employee first render is not the employee view`);
const firstRender = deflate('first-render', Buffer.from(JSON.stringify({ css: shadowCss, html, employee: employeeHtml }), 'utf8'));
const deflated = deflate('payload', wasm);

const unminified = `/*! Autopilot Scenario Advisor ${version}: <autopilot-advisor> and AutopilotAdvisor.mount(). One file, no network. */
(function () {
'use strict';
if (window.customElements && window.customElements.get('autopilot-advisor')) return; // another copy is already on the page
var WASM_B91_DIGITS = ${JSON.stringify(B91_DIGITS)};
var FIRST_RENDER_DEFLATE_B91 = ${JSON.stringify(base91(firstRender))};
var PAYLOAD_DEFLATE_B91 = ${JSON.stringify(base91(deflated))};
${glue}
${element}
})();
`;
// terser (installed by .ci/setup) shrinks the glue and the element code; the wasm string stays.
const bundle = terse(unminified);
writeFileSync(join(staging, 'autopilot-advisor.js'), bundle);
// Its TypeScript declarations, written by hand beside element.js and checked by the tests.
writeFileSync(join(staging, 'autopilot-advisor.d.ts'), read('src', 'embed', 'autopilot-advisor.d.ts'));

// 3. The single HTML file: the bundle inline (no CSP applies to a file opened from disk). Its
// element has an empty lang, so it speaks the browser's language rather than the page's "en".
const inline = (js) => js.replace(/<\/script/gi, '<\\/script');
const single = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Autopilot Scenario Advisor</title>
</head>
<body style="margin:0">
<autopilot-advisor lang=""></autopilot-advisor>
<p style="margin:0 1em 1em;font-family:system-ui,sans-serif"><a href="autopilot-fleet.html" data-fleet-link>${fleetLinkText.en}</a></p>
<script>
${fleetLinkScript}
</script>
<script>
${inline(bundle)}
</script>
<script>
${inline(frame)}
</script>
</body>
</html>
`;
writeFileSync(join(staging, 'autopilot-advisor.html'), single);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`package: autopilot-advisor.js ${kb(bundle.length)}, autopilot-advisor.html ${kb(single.length)}, wasm ${kb(wasm.length)}, payload ${kb(deflated.length)} deflated, first render ${kb(firstRender.length)} deflated`);

// 4. The fleet page (fleet-web/, issue #22): a wasm of its own, so neither the hosted widget nor
//    the embed script carries it. Built like the embed script (it shares that target folder: the
//    same dependencies with the same features, compiled once), wrapped in wasm-bindgen's
//    no-modules glue. Hosted: fleet.html with its script, wasm and styles under hashed names and
//    no inline script; offline: autopilot-fleet.html, one file with the wasm inside.
const fleetWork = join(source, 'target', 'fleet');
mkdirSync(fleetWork, { recursive: true });
const fleetArgs = ['build', '--target', 'wasm32-unknown-unknown', '-p', 'autopilot-fleet-web', '--bin', 'autopilot-fleet', '--target-dir', join(work, 'cargo')];
if (profile === 'release') fleetArgs.push('--release');
execFileSync('cargo', fleetArgs, { cwd: source, stdio: 'inherit' });
execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', fleetWork, '--out-name', 'fleet', join(work, 'cargo', 'wasm32-unknown-unknown', profile, 'autopilot-fleet.wasm')], { stdio: 'inherit' });
execFileSync('wasm-opt', ['-Oz', '--low-memory-unused', '--converge', '--strip-producers', '--strip-target-features', join(fleetWork, 'fleet_bg.wasm'), '-o', join(fleetWork, 'fleet_opt.wasm')], { stdio: 'inherit' });
const fleetWasm = readFileSync(join(fleetWork, 'fleet_opt.wasm'));
const fleetGlue = readFileSync(join(fleetWork, 'fleet.js'), 'utf8');
const fleetCss = minifyCss(read('styles', 'fleet.css'));
const fleetPage = (head, body) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Autopilot Scenario Advisor: plan a whole fleet</title>
${head}
</head>
<body>
<noscript>The fleet plan needs JavaScript and WebAssembly.</noscript>
<div id="autopilot-fleet"></div>
${body}
</body>
</html>
`;
const fleetWasmName = `fleet-${hash(fleetWasm)}.wasm`;
writeFileSync(join(staging, fleetWasmName), fleetWasm);
// The wasm's address relative to the script's own, so the page works from any sub-path.
const fleetJs = terse(`${fleetGlue}\nwasm_bindgen({ module_or_path: new URL(${JSON.stringify(fleetWasmName)}, document.currentScript.src) });`);
const fleetJsName = `fleet-${hash(fleetJs)}.js`;
writeFileSync(join(staging, fleetJsName), fleetJs);
const fleetCssName = `fleet-${hash(fleetCss)}.css`;
writeFileSync(join(staging, fleetCssName), fleetCss);
writeFileSync(join(staging, 'fleet.html'), fleetPage(`<link rel="stylesheet" href="./${fleetCssName}">`, `<script src="./${fleetJsName}"></script>`));
// The single file: the styles inline and the wasm as base64, instantiated from its bytes (no
// fetch, which file:// refuses, and no worker, which Chromium does not start from file://).
const fleetSingle = fleetPage(`<style>\n${fleetCss}\n</style>`, `<script>\n${inline(terse(`${fleetGlue}\nwasm_bindgen({ module_or_path: Uint8Array.from(atob(${JSON.stringify(fleetWasm.toString('base64'))}), (c) => c.charCodeAt(0)) });`))}\n</script>`);
writeFileSync(join(staging, 'autopilot-fleet.html'), fleetSingle);
console.log(`package: fleet.html with ${fleetJsName} and wasm ${kb(fleetWasm.length)}, autopilot-fleet.html ${kb(fleetSingle.length)}`);
