import { fileURLToPath } from "node:url";
import { build } from "vite";

const configFile = fileURLToPath(new URL("../vite.config.ts", import.meta.url));

/** Builds the page into `outDir` (tests and measurements build their own copy, away from `dist`). */
export async function buildWeb(outDir: string): Promise<void> {
  await build({ configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
}
