// The README's first command (first-command.spec.mjs): the same browser as every other test,
// but no static server of dist/, since the command under test serves the page itself.
import base from './playwright.config.mjs';

export default {
  ...base,
  testMatch: /first-command\.spec\.mjs/,
  testIgnore: [],
  webServer: undefined,
  use: { ...base.use, baseURL: undefined },
};
