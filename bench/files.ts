/** Files of the repository, found the same way from the TypeScript sources (tsx) and from a build of them. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "bench", "scenarios"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the repository (a folder with bench/scenarios)");
    dir = up;
  }
}

const root = findRoot();

/** A file's JSON, by its path in the repository. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(root, path), "utf8"));
}
