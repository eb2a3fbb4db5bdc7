import type { TestProject } from "vitest/node";
import { serveScratchBuild } from "../../packages/web/scripts/scratch.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Address of the page under test, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

/** Builds the page into a scratch directory and serves it, with its security headers, on a free port. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveScratchBuild("parley-web-");
  project.provide("baseUrl", server.url);
  return () => server.close();
}
