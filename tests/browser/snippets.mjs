// The docs' copy-paste snippets, read as written: the fenced blocks that follow a
// `<!-- snippet:NAME -->` marker in the one doc that holds it.
import { readFileSync } from 'node:fs';

/** Every file that can hold a snippet. */
export const DOCS = ['README.md', 'docs/using.md', 'docs/embedding.md', 'docs/sharepoint.md', 'docs/api.md', 'docs/model.md']
  .map((file) => ({ file, text: readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8') }));

/** The names of all snippets marked in the docs. */
export function markedSnippets() {
  return DOCS.flatMap((d) => [...d.text.matchAll(/<!-- snippet:([\w-]+) -->/g)].map((m) => m[1]));
}

/** The fenced blocks ({ lang, text }) after `<!-- snippet:NAME -->`, up to the next marker. */
export function snippetBlocks(name) {
  const marker = `<!-- snippet:${name} -->`;
  const holders = DOCS.filter((d) => d.text.includes(marker));
  if (holders.length !== 1) throw new Error(`snippet ${name} is in ${holders.length} docs, not one`);
  const rest = holders[0].text.slice(holders[0].text.indexOf(marker) + marker.length);
  const next = rest.indexOf('<!-- snippet:');
  const part = next < 0 ? rest : rest.slice(0, next);
  return [...part.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
}

/** A page snippet: its html block, and the js block right after it if there is one. */
export function snippet(name) {
  const [first, second] = snippetBlocks(name);
  return { html: first.text, js: second && second.lang === 'js' ? second.text : null };
}

/** The CSS of the theming example (run by guest.spec.mjs). */
export function themingSnippet() {
  const css = snippetBlocks('theming').find((b) => b.lang === 'css');
  if (!css) throw new Error('the theming snippet has no css block');
  return css.text;
}
