// A tiny static server for the browser tests: serves one folder on 127.0.0.1, nothing else.
// Usage: node serve.mjs <folder> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const port = Number(process.argv[3] ?? 4173);
const fixtures = resolve(new URL('./fixtures/', import.meta.url).pathname);

// Content Security Policies the tests ask for with ?csp=NAME.
const policies = {
  // What docs/embedding.md promises for the hosted site and the script.
  strict: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'",
  // Like SharePoint Online's: no inline script, 'unsafe-eval' allowed (which lets wasm compile).
  sharepoint: "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'",
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  // /fixtures/… are the test pages; /sub/path/… serves the build again, to prove sub-paths work.
  let base = root;
  let pathname = decodeURIComponent(url.pathname);
  if (pathname.startsWith('/fixtures/')) {
    base = fixtures;
    pathname = pathname.slice('/fixtures'.length);
  } else if (pathname.startsWith('/sub/path/')) {
    pathname = pathname.slice('/sub/path'.length);
  }
  if (pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  let path = normalize(join(base, pathname));
  if (!path.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const csp = policies[url.searchParams.get('csp')];
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
