import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildWeb } from "../../packages/web/scripts/build.js";
import { serveWeb } from "../../packages/web/scripts/serve.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Address of the page under test, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Builds the page into a scratch directory and serves it, with its security headers, on a free port. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), "parley-web-"));
  await buildWeb(outDir);
  const server = await serveWeb(await freePort(), "127.0.0.1", outDir);
  project.provide("baseUrl", server.url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
