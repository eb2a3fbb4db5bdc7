import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./config/csp.js";

/**
 * Puts the Content-Security-Policy into the built page as a meta tag, right after the charset and before
 * anything it governs.
 */
function cspMeta(): Plugin {
  const charset = '<meta charset="utf-8" />';
  return {
    name: "parley-csp-meta",
    apply: "build",
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html must start its head with ${charset}`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/** The port the page is served on by `npm start`. */
export const PORT = 5173;

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // The engine is a workspace package; like the tests, the page builds from its TypeScript sources.
  resolve: { conditions: ["@parley/source", ...defaultClientConditions] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Scenario files and images are never inlined as data: addresses, which the policy does not allow.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  worker: { format: "es" },
  plugins: [cspMeta()],
  preview: { port: PORT, strictPort: true, host: "localhost", headers: SECURITY_HEADERS },
  server: { port: PORT, headers: { "X-Content-Type-Options": "nosniff" } },
});
