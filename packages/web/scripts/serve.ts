import { fileURLToPath } from "node:url";
import { type PreviewServer, preview } from "vite";
import { PORT } from "../vite.config.js";

const configFile = fileURLToPath(new URL("../vite.config.ts", import.meta.url));

/** A running server of the built page (`packages/web/dist`), with the page's security headers. */
export interface WebServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built page (from `outDir`, by default `packages/web/dist`) on `port` through `vite preview`,
 * which sends the headers of `preview.headers` in vite.config.ts (the Content-Security-Policy among them)
 * with every file, the worker's script included.
 */
export async function serveWeb(port: number, host = "127.0.0.1", outDir?: string): Promise<WebServer> {
  const server: PreviewServer = await preview({
    configFile,
    logLevel: "silent",
    preview: { port, strictPort: true, host, open: false },
    ...(outDir === undefined ? {} : { build: { outDir } }),
  });
  return {
    url: `http://${host === "127.0.0.1" ? "127.0.0.1" : "localhost"}:${port}/`,
    close: () => server.close(),
  };
}

// `npm start`: serve on the usual port and say where.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serveWeb(PORT, "localhost").catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Parley could not be served on port ${PORT}: ${reason}`);
    process.exit(1);
  });
  console.log(`Parley is ready at http://localhost:${PORT}/ (press Ctrl+C to stop).`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
