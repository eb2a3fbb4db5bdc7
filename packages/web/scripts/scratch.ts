import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWeb } from "./build.js";
import { serveWeb, type WebServer } from "./serve.js";

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

/**
 * Builds the page into a scratch directory (away from `dist`) and serves it, with its security headers, on a
 * free port: what the browser tests and the web bench run against. Closing it removes the directory.
 */
export async function serveScratchBuild(prefix: string): Promise<WebServer> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await buildWeb(outDir);
  const server = await serveWeb(await freePort(), "127.0.0.1", outDir);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
