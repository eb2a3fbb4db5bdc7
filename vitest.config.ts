import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const engine = (path: string) => fileURLToPath(new URL(`./packages/engine/src/${path}`, import.meta.url));

export default defineConfig({
  // Tests run against the engine's TypeScript sources, not its build.
  resolve: {
    alias: [
      { find: /^@parley\/engine$/, replacement: engine("index.ts") },
      { find: /^@parley\/engine\/testing$/, replacement: engine("testing/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/browser/**"],
    testTimeout: 60_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
