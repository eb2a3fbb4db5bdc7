import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { CHROMIUM } from "../../packages/web/scripts/chromium.js";

const engine = (path: string) => fileURLToPath(new URL(`../../packages/engine/src/${path}`, import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The browser suite: the built page in Debian's Chromium, driven by playwright-core. Without a Chromium it
 * is skipped with a plain message, unless PARLEY_REQUIRE_BROWSER=1 (as in CI) makes that a failure.
 */
const found = existsSync(CHROMIUM);
if (!found) {
  const message = `No Chromium at ${CHROMIUM}: the browser tests cannot run (install it with 'apt-get install -y chromium', or set PARLEY_CHROMIUM to another path).`;
  if (process.env.PARLEY_REQUIRE_BROWSER === "1")
    throw new Error(`${message} PARLEY_REQUIRE_BROWSER=1 makes this a failure.`);
  process.stdout.write(`\nBrowser tests SKIPPED. ${message}\n\n`);
}

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@parley\/engine$/, replacement: engine("index.ts") },
      { find: /^@parley\/engine\/testing$/, replacement: engine("testing/index.ts") },
    ],
  },
  test: {
    name: "browser",
    include: found ? ["tests/browser/**/*.test.ts"] : [],
    passWithNoTests: !found,
    globalSetup: found ? ["tests/browser/global-setup.ts"] : [],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
