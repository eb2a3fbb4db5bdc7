import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const engine = (path: string) => fileURLToPath(new URL(`./packages/engine/src/${path}`, import.meta.url));

/**
 * Test files that replace modules with vi.mock. Only a fresh module registry per file gives them their mocks,
 * and only their own: in the shared registry a mock would leak into the files that run after them. Found by
 * reading the files, so that a new one cannot be forgotten.
 */
const MOCKING = readdirSync(new URL("./tests", import.meta.url))
  .filter((name) => name.endsWith(".test.ts"))
  .map((name) => `tests/${name}`)
  .filter((file) => readFileSync(new URL(`./${file}`, import.meta.url), "utf8").includes("vi.mock("));

export default defineConfig({
  // Tests run against the engine's TypeScript sources, not its build.
  resolve: {
    alias: [
      { find: /^@parley\/engine$/, replacement: engine("index.ts") },
      { find: /^@parley\/engine\/testing$/, replacement: engine("testing/index.ts") },
    ],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest leaves one core to itself by default, which is half of a 2-core machine; after collecting the files
    // its main process mostly waits, so every core runs a worker.
    maxWorkers: "100%",
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      {
        // Files share a worker's modules (the engine, zod, xstate, fast-check load once per worker rather than
        // once per file): the engine is pure, and tests restore what they touch (console spies, cwd).
        extends: true,
        test: {
          name: "shared",
          include: ["packages/*/src/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/node_modules/**", "tests/browser/**", ...MOCKING],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "isolated", include: MOCKING },
      },
    ],
  },
});
