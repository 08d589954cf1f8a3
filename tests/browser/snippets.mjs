// The documentation's copy-paste snippets, read as written: every fenced block that follows a
// `<!-- snippet:NAME -->` marker in README.md or docs/*.md.
import { readFileSync, readdirSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const DOCS = ['README.md', ...readdirSync(new URL('docs/', ROOT)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The fenced blocks (language and text) after the marker `<!-- snippet:NAME -->`, up to the next marker. */
export function snippetBlocks(name) {
  const marker = `<!-- snippet:${name} -->`;
  for (const file of DOCS) {
    const text = readFileSync(new URL(file, ROOT), 'utf8');
    const start = text.indexOf(marker);
    if (start < 0) continue;
    const rest = text.slice(start + marker.length);
    const end = rest.indexOf('<!-- snippet:');
    const part = end < 0 ? rest : rest.slice(0, end);
    return [...part.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
  }
  throw new Error(`no documentation file has the snippet ${name}`);
}

/** The CSS of the theming example. */
export function themingSnippet() {
  const css = snippetBlocks('theming').find((b) => b.lang === 'css');
  if (!css) throw new Error('the theming snippet has no css block');
  return css.text;
}
