// Trunk's post-build hook: turns the hosted build into the three artifacts of dist/.
//   1. index.html: Trunk's inline loader moves into its own file, so the site runs under
//      `script-src 'self' 'wasm-unsafe-eval'` with no inline script.
//   2. autopilot-advisor.js: one classic script with the WebAssembly inside (gzipped, unpacked
//      by the browser's DecompressionStream), the styles, and the custom element.
//   3. autopilot-advisor.html: one file that works when opened from disk (file://).
// It needs cargo, wasm-bindgen, wasm-opt and terser on PATH (.ci/setup installs them; .ci/env
// puts them first) and only node's own modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const source = resolve(process.env.TRUNK_SOURCE_DIR ?? '.');
const staging = resolve(process.env.TRUNK_STAGING_DIR ?? 'dist');
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const version = JSON.parse(execFileSync('cargo', ['metadata', '--no-deps', '--format-version', '1'], { cwd: source })).packages[0].version;

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const read = (...p) => readFileSync(join(source, ...p), 'utf8');

const frame = read('src', 'embed', 'frame.js');

/** `code` through terser (installed by .ci/setup), keeping `/*!` comments. */
function terse(code, extra = []) {
  return execFileSync('terser', ['--compress', '--mangle', '--comments', '/^!/', ...extra], { input: code, encoding: 'utf8', maxBuffer: 64 << 20 });
}

// 1. The hosted page. Its HTML carries the widget's first render (build/prerender.rs), so the
//    questions are on screen and answerable before the WebAssembly has loaded. No inline
//    script: Trunk's loader moves into boot-*.js, and the iframe height reporter rides in the
//    same file (one request fewer, nothing that blocks the parser). The boot script marks
//    `apa:ready` (the benchmark's "first interactive question"): by the time a module script
//    runs, the page is parsed and its questions take answers.
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const prerendered = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], { cwd: source, encoding: 'utf8', maxBuffer: 16 << 20 });
if (!prerendered.includes('data-key="device"')) throw new Error('the prerendered widget has no questions');
let hosts = 0;
index = index.replace(/(<div id="?autopilot-advisor"?>\s*<noscript>[\s\S]*?<\/noscript>)/, (m) => (hosts++, m + prerendered));
if (hosts !== 1) throw new Error('index.html has no <div id="autopilot-advisor"><noscript>');
index = index.replace(/<script type="?module"?>([\s\S]*?)<\/script>/g, (_, loader) => {
  // The loader waits for the first paint, so the prerendered page shows before the widget's
  // first render takes the main thread (the wasm downloads and compiles meanwhile).
  const afterPaint = 'await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));';
  const start = loader.trim().replace(/^(const wasm = await init)/m, `${afterPaint}\n$1`);
  if (!start.includes(afterPaint)) throw new Error("Trunk's loader changed: no `const wasm = await init`");
  const body = terse(`performance.mark('apa:ready');\n${frame.trim()}\n${start}`, ['--module']);
  const name = `boot-${hash(body)}.js`;
  writeFileSync(join(staging, name), body);
  return `<script type=module src=./${name}></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(index)) throw new Error('index.html still has an inline script');
// Trunk leaves wasm-bindgen's glue as written; terser takes a quarter off what every visitor
// downloads (gzipped). The integrity hash Trunk put on its preload link is renewed to match.
if (profile === 'release') {
  for (const file of readdirSync(staging).filter((f) => /^autopilot-advisor-[0-9a-f]+\.js$/.test(f))) {
    const path = join(staging, file);
    const before = readFileSync(path);
    const after = terse(before.toString('utf8'), ['--module']);
    writeFileSync(path, after);
    const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
    index = index.replaceAll(sri(before), sri(after));
  }
}
writeFileSync(indexPath, index);

// 2. The embed script: the same crate built with the `embed` feature (mountAdvisor), in its
//    own target folder so it never disturbs Trunk's build, wrapped in wasm-bindgen's
//    no-modules glue.
const work = join(source, 'target', 'embed');
mkdirSync(work, { recursive: true });
const cargoArgs = ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'autopilot-advisor', '--features', 'embed', '--target-dir', join(work, 'cargo')];
if (profile === 'release') cargoArgs.push('--release');
execFileSync('cargo', cargoArgs, { cwd: source, stdio: 'inherit' });
const raw = join(work, 'cargo', 'wasm32-unknown-unknown', profile, 'autopilot-advisor.wasm');
execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', work, '--out-name', 'advisor', raw], { stdio: 'inherit' });
const optimized = join(work, 'advisor_opt.wasm');
execFileSync('wasm-opt', ['-Oz', join(work, 'advisor_bg.wasm'), '-o', optimized], { stdio: 'inherit' });
const wasm = readFileSync(optimized);
const glue = readFileSync(join(work, 'advisor.js'), 'utf8');

// Comments and runs of white space go; nothing else in our CSS depends on them.
const minifyCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim();
const widgetCss = minifyCss(read('styles', 'advisor.css'));
// The host element: a block, and nothing of the page's inherited text styles gets in.
const shadowCss = ':host{display:block !important}:host([hidden]){display:none}\n' + widgetCss;
const element = read('src', 'embed', 'element.js').replace("'__VERSION__'", JSON.stringify(version));

const unminified = `/*! Autopilot Scenario Advisor ${version}: <autopilot-advisor> and AutopilotAdvisor.mount(). One file, no network. */
(function () {
'use strict';
if (window.customElements && window.customElements.get('autopilot-advisor')) return; // another copy is already on the page
var WASM_GZIP_BASE64 = ${JSON.stringify(gzipSync(wasm, { level: 9 }).toString('base64'))};
var CSS_TEXT = ${JSON.stringify(shadowCss)};
${glue}
${element}
})();
`;
// terser (installed by .ci/setup) shrinks the glue and the element code; the wasm string stays.
const bundle = terse(unminified);
writeFileSync(join(staging, 'autopilot-advisor.js'), bundle);

// 3. The single HTML file: the bundle inline (no CSP applies to a file opened from disk).
const inline = (js) => js.replace(/<\/script/gi, '<\\/script');
const single = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Autopilot Scenario Advisor</title>
</head>
<body style="margin:0">
<autopilot-advisor></autopilot-advisor>
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
console.log(`package: autopilot-advisor.js ${kb(bundle.length)}, autopilot-advisor.html ${kb(single.length)}, wasm ${kb(wasm.length)} (${kb(gzipSync(wasm, { level: 9 }).length)} gzipped)`);
