import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@parley/source"] },
  test: {
    include: ["packages/*/src/**/*.test.ts", "tests/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
