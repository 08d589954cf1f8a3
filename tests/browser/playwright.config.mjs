// Browser tests run against the release build in ../../dist, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.APA_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  // The first command's test serves its own build (playwright.first-command.config.mjs).
  testIgnore: /first-command\.spec\.mjs/,
  outputDir: './test-results',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    // The widget follows the browser's language; tests that want another one set it themselves.
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.APA_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node serve.mjs ../../dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
