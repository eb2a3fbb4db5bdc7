import type * as fc from "fast-check";
import { parseScenario } from "../scenario/parse.js";
import type { ValidScenario } from "../scenario/schema.js";
import { arbBlueprint } from "./scenario-blueprint.js";
import { ACTOR_IDS, buildScenario, ISSUE_IDS, OPTION_IDS } from "./scenario-build.js";

/** Bounds of the scenarios {@link arbScenario} makes. */
export interface ScenarioOptions {
  /** Most actors, 2 to 5. Default 5 (at least 2 are always made). */
  readonly maxActors?: number;
  /** Most issues, 1 to 4. Default 4. */
  readonly maxIssues?: number;
  /** Most options per issue, 2 to 5. Default 5. */
  readonly maxOptions?: number;
  /** Most meetings (tracks), 1 to 3. Default 3. */
  readonly maxTracks?: number;
  /** Most red lines. Default 4. */
  readonly maxRedLines?: number;
  /** Most demands. Default 3. */
  readonly maxDemands?: number;
  /** Most injects. Default 3. */
  readonly maxInjects?: number;
  /** Most drafts. Default 2. */
  readonly maxDrafts?: number;
  /**
   * Whether some scenarios get a `rules` block (move minutes, trust to accept, hardening, ally cohesion,
   * walk-out cost). Default true.
   */
  readonly rules?: boolean;
}

const clampInt = (x: number, lo: number, hi: number): number =>
  Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.trunc(x))) : hi;

/**
 * Random valid scenarios (format 2) of bounded size: 2–5 actors, some with hidden types (with their own
 * reservations, ranges, weights and bots) or reservation ranges, public or private; 1–4 substance or process
 * issues of 2–5 options with every actor's values; demands, red lines with prices, drafts; 1–3 meetings in
 * date order, bilateral or multilateral, some with a mediator in the chair (a chair who is not a party) or a
 * speaking order, negotiating items, packages or both, with walk-outs that end the game or only the meeting;
 * scheduled injects (some uncertain) and random ones, changing tension, cohesion, trust, reservations and
 * deadlines; and sometimes a `rules` block. Every scenario is checked with `parseScenario`; one that did not
 * pass would be a bug in this generator (or a new check in `parseScenario`), and throws.
 */
export function arbScenario(options: ScenarioOptions = {}): fc.Arbitrary<ValidScenario> {
  const maxOptions = clampInt(options.maxOptions ?? 5, 2, OPTION_IDS.length);
  const bounds = {
    maxActors: clampInt(options.maxActors ?? 5, 2, ACTOR_IDS.length),
    maxIssues: clampInt(options.maxIssues ?? 4, 1, ISSUE_IDS.length),
    maxOptions,
    maxTracks: clampInt(options.maxTracks ?? 3, 1, 3),
    maxRedLines: clampInt(options.maxRedLines ?? 4, 0, 20),
    maxDemands: clampInt(options.maxDemands ?? 3, 0, 20),
    maxInjects: clampInt(options.maxInjects ?? 3, 0, 20),
    maxDrafts: clampInt(options.maxDrafts ?? 2, 0, 20),
    rules: options.rules !== false,
  };
  return arbBlueprint(bounds).map((b) => {
    const parsed = parseScenario(buildScenario(b, maxOptions));
    if (!parsed.ok) {
      const problems = parsed.error.map((p) => `${p.path}: ${p.message}`).join("; ");
      throw new Error(`arbScenario made a scenario that parseScenario refuses (${problems})`);
    }
    return parsed.value;
  });
}

/**
 * Checks a scenario with `parseScenario` and returns it, or throws an error listing every problem with its
 * JSON path: for tests, where a scenario that does not validate should fail loudly, never be skipped.
 */
export function parseScenarioOrThrow(input: unknown, name = "the scenario"): ValidScenario {
  const parsed = parseScenario(input);
  if (parsed.ok) return parsed.value;
  const problems = parsed.error.map((p) => `  ${p.path}: ${p.message}`).join("\n");
  throw new Error(`${name} does not validate:\n${problems}`);
}
