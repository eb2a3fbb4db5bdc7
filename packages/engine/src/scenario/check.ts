import { err, ok, type Result } from "../vocabulary/result.js";
import { scenarioSchemaV1 } from "./format1.js";
import { type GuardedInput, guardInput } from "./guard.js";
import { newMeter, SCENARIO_LIMITS, type WorkMeter } from "./limits.js";
import { migrateScenario, type ScenarioFile, type ScenarioFileV1 } from "./migrate.js";
import { capped, ProblemList, ROOT_PATH, type ScenarioIssue } from "./problems.js";
import { type Scenario, scenarioSchema, type ValidScenario } from "./schema.js";
import { checkStructure } from "./structure.js";
import { checkMeaning } from "./validate/index.js";
import { get } from "./validate/read.js";
import { certify } from "./validated.js";
import { describeValue } from "./words.js";

/**
 * The whole check of a scenario, in order: the input guard, the format version, the structure (zod, in
 * pieces), the meaning; then a format-1 file is migrated and checked again as format 2; the result is a
 * frozen, certified copy. Every problem is collected at once, up to the limit.
 */

/** A scenario that passed every check. */
export interface CheckedScenario {
  /** The format the input was written in. */
  readonly format: 1 | 2;
  /** The scenario as a format-2 file would hold it: the input (migrated if it was format 1), no defaults added. */
  readonly file: ScenarioFile;
  /** The scenario as the engine reads it: defaults filled in, frozen, certified. */
  readonly scenario: ValidScenario;
}

/**
 * Checks any input as a scenario; never throws. `meter` counts the work done (tests read it to show that
 * the work grows in step with the input).
 */
export function runScenarioChecks(
  input: unknown,
  meter: WorkMeter = newMeter(),
): Result<CheckedScenario, ScenarioIssue[]> {
  const max = SCENARIO_LIMITS.maxProblems;
  const problems = new ProblemList(max + 1, meter);
  try {
    const guarded = guardInput(input, problems);
    const format = guarded === undefined ? undefined : formatOf(get(guarded.data, "formatVersion"), problems);
    if (guarded === undefined || format === undefined) return err(capped(problems.items, max));
    if (format === 2) {
      const scenario = checkFormat2(guarded, problems);
      if (scenario === undefined) return err(capped(problems.items, max));
      // The guard's copy passed the format-2 checks, so it is a format-2 file.
      return ok({ format, file: guarded.data as ScenarioFile, scenario: certify(scenario) });
    }
    checkStructure(scenarioSchemaV1, guarded, problems);
    if (!problems.full) checkMeaning(guarded.data, { format: 1, schema: scenarioSchemaV1 }, problems);
    if (problems.items.length > 0) return err(capped(problems.items, max));
    // The guard's copy passed the format-1 checks, so it is a format-1 file.
    const file = migrateScenario(guarded.data as ScenarioFileV1);
    const migrated = guardInput(file, problems);
    const scenario = migrated === undefined ? undefined : checkFormat2(migrated, problems);
    if (scenario === undefined) {
      // Only a mistake in the migration can get here: say so rather than blame the file.
      return err(
        capped(
          problems.items.map((p) => ({ ...p, message: `after migration to format 2: ${p.message}` })),
          max,
        ),
      );
    }
    return ok({ format, file, scenario: certify(scenario) });
  } catch (error) {
    // Nothing above should throw; if it does, it is a bug, and the caller still gets a problem, not a throw.
    const reason = error instanceof Error ? error.message : "unknown error";
    return err([{ path: ROOT_PATH, message: `could not be checked (${reason})` }]);
  }
}

/** Checks guarded data as format 2; returns it with defaults filled in, or undefined with problems added. */
function checkFormat2(guarded: GuardedInput, problems: ProblemList): Scenario | undefined {
  const before = problems.items.length;
  checkStructure(scenarioSchema, guarded, problems);
  if (!problems.full) checkMeaning(guarded.data, { format: 2, schema: scenarioSchema }, problems);
  if (problems.items.length > before) return undefined;
  const parsed = scenarioSchema.safeParse(guarded.data);
  if (parsed.success) return parsed.data;
  problems.add([], "could not be read after its checks passed");
  return undefined;
}

/**
 * The format a file is written in: 1 or 2, or 2 when the version is missing (zod then reports it missing).
 * Any other version gets one problem, and nothing else is checked: its fields cannot be known.
 */
function formatOf(version: unknown, problems: ProblemList): 1 | 2 | undefined {
  if (version === 1 || version === 2 || version === undefined) return version ?? 2;
  const path = ["formatVersion"];
  if (version === "1" || version === "2") {
    problems.add(path, `should be the number ${version}, not the text "${version}"`, version);
  } else if (typeof version === "number" && Number.isInteger(version) && version > 2) {
    problems.add(
      path,
      `is ${version}, a format newer than this engine reads (formats 1 and 2); use a newer Parley to read it`,
    );
  } else {
    problems.add(
      path,
      `should be 2 (or 1, for a file in the first format, which is migrated when read), not ${describeValue(version)}`,
    );
  }
  return undefined;
}
