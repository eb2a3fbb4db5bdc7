import type { Match } from "@parley/engine";
import type { WhyModel } from "../models/index.js";
import type { WhyChoice } from "./why.js";

/**
 * The debrief's "why it ended so" is the only part of the worker that needs the engine's analytics (package
 * enumeration, Pareto, Nash, Kalai–Smorodinsky): it is its own chunk, fetched the first time a debrief asks,
 * so that the worker a game starts with does not carry it.
 */
let module: typeof import("./why.js") | null = null;

/** Fetches the "why" adapter, once. */
export async function loadWhy(): Promise<void> {
  module ??= await import("./why.js");
}

/**
 * `whyModel` once {@link loadWhy} has fetched it: the model, or null should the engine refuse the state;
 * undefined when it is not loaded yet.
 */
export function loadedWhyModel(match: Match, choice: WhyChoice): WhyModel | null | undefined {
  return module?.whyModel(match, choice);
}
