// The TypeScript declarations shipped in dist/ (autopilot-advisor.d.ts), checked with tsc against
// a page author's usage (types/usage.ts), whose @ts-expect-error lines are mistakes the
// declarations must catch.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;

test('the shipped declarations type-check a page author\'s usage with tsc', () => {
  expect(existsSync(new URL('../../dist/autopilot-advisor.d.ts', import.meta.url))).toBe(true);
  let output = '';
  try {
    execFileSync('npx', ['tsc', '-p', 'types/tsconfig.json'], { cwd: here, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = `${e.stdout}${e.stderr}`;
  }
  expect(output).toBe('');
});
