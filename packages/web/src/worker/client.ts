import { fromCallback } from "xstate";
import type { EngineReportEvent } from "../app/machine.js";
import type { EngineCommand, EngineReport } from "./protocol.js";
import workerUrl from "./worker.ts?worker&url";

/** The one Trusted Types policy of the page (see config/csp.ts): it lets exactly the engine worker's script through. */
export const WORKER_POLICY = "parley-worker";

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

function workerScript(): string | URL {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (factory === undefined) return workerUrl;
  const policy = factory.createPolicy(WORKER_POLICY, {
    createScriptURL(url) {
      if (url !== workerUrl) throw new TypeError(`Only the engine worker may be started, not ${url}.`);
      return url;
    },
  });
  // A TrustedScriptURL is accepted wherever a script address is; the DOM types only know strings and URLs.
  return policy.createScriptURL(workerUrl) as string;
}

let script: string | URL | null = null;

/**
 * The engine worker as an xstate callback actor: it starts the worker, forwards every command it receives,
 * sends every report back to its parent, and terminates the worker when the actor stops.
 */
export const engineActor = fromCallback<EngineCommand>(({ sendBack, receive }) => {
  script ??= workerScript();
  const worker = new Worker(script, { type: "module", name: "parley-engine" });
  const report = (r: EngineReport) =>
    sendBack({ type: "ENGINE.REPORT", report: r } satisfies EngineReportEvent);
  worker.onmessage = (event: MessageEvent<EngineReport>) => report(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    report({
      type: "refused",
      command: "start",
      code: "crashed",
      message: "The game engine could not start.",
    });
  };
  receive((command) => worker.postMessage(command));
  return () => worker.terminate();
});
