import "./jitless.js";
import { parseScenarioJson } from "@parley/engine";
import type { ScenarioCard } from "../models/index.js";
import { scenarioCard } from "./cards.js";

/** A problem of a scenario file: where (a JSON path) and what. */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** What checking an opened file gives: its card and its text, or every problem found. */
export type FileCheck =
  | { readonly ok: true; readonly card: ScenarioCard; readonly text: string }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

/**
 * Checks the text of a scenario file the player opened, in the page, with the engine's own validation;
 * loaded on demand so that the chooser does not carry the engine.
 */
export function checkScenarioFile(text: string): FileCheck {
  const parsed = parseScenarioJson(text);
  if (!parsed.ok)
    return { ok: false, problems: parsed.error.map((p) => ({ path: p.path, message: p.message })) };
  return { ok: true, card: scenarioCard(parsed.value), text };
}
