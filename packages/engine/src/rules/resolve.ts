import type { Move } from "../vocabulary/moves.js";
import type { CompiledScenario } from "./compile.js";
import { termCount } from "./query.js";
import { type Refusal, refusal } from "./refusal.js";
import type { GameState } from "./state.js";
import { countTerms, type ResolvedMove } from "./verdict.js";

const ids = (list: readonly { readonly id: string }[]): string[] => list.map((x) => x.id);

/** Reads terms in scenario ids into `into.options`; an unknown issue or option is refused. */
function resolveTerms(
  c: CompiledScenario,
  terms: Readonly<Record<string, string>>,
  into: ResolvedMove,
): Refusal | null {
  into.options.fill(-1);
  for (const [issueId, optionId] of Object.entries(terms)) {
    const i = c.issueIndex.get(issueId);
    if (i === undefined) return refusal("unknown-issue", { issue: issueId, issues: ids(c.scenario.issues) });
    const o = c.optionIndex[i]?.get(optionId);
    if (o === undefined) {
      const options = ids(c.scenario.issues[i]?.options ?? []);
      return refusal("unknown-option", { issue: issueId, option: optionId, options });
    }
    into.options[i] = o;
  }
  countTerms(into);
  return null;
}

/** The open proposal covering exactly these issues: its index on the table, or -1. */
function proposalNamed(
  c: CompiledScenario,
  s: GameState,
  issues: readonly string[],
  scratch: number[],
): number | Refusal {
  scratch.fill(-1);
  for (const id of issues) {
    const i = c.issueIndex.get(id);
    if (i === undefined) return refusal("unknown-issue", { issue: id, issues: ids(c.scenario.issues) });
    scratch[i] = 1;
  }
  const wanted = termCount(scratch);
  for (let k = 0; k < s.table.length; k++) {
    const p = s.table[k];
    if (p === undefined || termCount(p.options) !== wanted) continue;
    if (p.options.every((o, i) => o >= 0 === (scratch[i] ?? -1) >= 0)) return k;
  }
  return -1;
}

/**
 * Resolves a well-formed move's ids into `into` (see {@link ResolvedMove}), or refuses a move that names
 * something the scenario does not have. An accept or reject naming issues no open proposal covers exactly
 * resolves with `target` -1 (the verdict then says there is no such proposal).
 */
export function resolveMove(
  c: CompiledScenario,
  s: GameState,
  move: Move,
  into: ResolvedMove,
): Refusal | null {
  const a = c.actorIndex.get(move.actor);
  if (a === undefined) return refusal("unknown-actor", { actor: move.actor, actors: ids(c.scenario.actors) });
  into.type = move.type;
  into.a = a;
  into.firm = false;
  into.target = -1;
  into.issue = -1;
  into.r = -1;
  into.options.fill(-1);
  into.count = 0;
  into.first = -1;
  switch (move.type) {
    case "statement":
      into.firm = move.tone === "firm";
      return null;
    case "propose":
    case "counter":
      return resolveTerms(c, move.terms, into);
    case "accept":
    case "reject": {
      const found = proposalNamed(c, s, move.issues, into.options);
      into.options.fill(-1);
      if (typeof found !== "number") return found;
      into.target = found;
      return null;
    }
    case "concede": {
      const i = c.issueIndex.get(move.issue);
      if (i === undefined)
        return refusal("unknown-issue", { issue: move.issue, issues: ids(c.scenario.issues) });
      into.issue = i;
      return null;
    }
    case "reaffirm":
    case "cross": {
      const r = c.redLineIndex.get(move.redLine);
      if (r === undefined)
        return refusal("unknown-red-line", { redLine: move.redLine, redLines: ids(c.scenario.redLines) });
      into.r = r;
      return null;
    }
    default:
      return null;
  }
}

/**
 * A package's terms in scenario ids, from its option per issue (-1: not in the package). Declared here rather
 * than inside `moveOf`, which the public API calls for every legal move it lists: a closure per call costs an
 * allocation, and under tsx (esbuild's `keepNames`) a property definition too.
 */
function termsOf(scenario: CompiledScenario["scenario"], options: readonly number[]): Record<string, string> {
  const terms: Record<string, string> = {};
  for (let i = 0; i < options.length; i++) {
    const o = options[i] ?? -1;
    const issue = scenario.issues[i];
    if (o >= 0 && issue !== undefined) terms[issue.id] = issue.options[o]?.id ?? "";
  }
  return terms;
}

/** The ids of the issues a package's options cover, in scenario order (what an accept or reject names). */
function issueIdsOf(scenario: CompiledScenario["scenario"], options: readonly number[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const issue = scenario.issues[i];
    if ((options[i] ?? -1) >= 0 && issue !== undefined) ids.push(issue.id);
  }
  return ids;
}

/** The move a resolved move stands for, in scenario ids (the issues of an accept or reject in scenario order). */
export function moveOf(c: CompiledScenario, s: GameState, m: ResolvedMove): Move {
  const scenario = c.scenario;
  const actor = scenario.actors[m.a]?.id ?? "";
  switch (m.type) {
    case "statement":
      return { type: "statement", actor, tone: m.firm ? "firm" : "conciliatory" };
    case "propose":
    case "counter":
      return { type: m.type, actor, terms: termsOf(scenario, m.options) };
    case "accept":
    case "reject":
      return {
        type: m.type,
        actor,
        issues: issueIdsOf(scenario, s.table[m.target]?.options ?? []),
      };
    case "concede":
      return { type: "concede", actor, issue: scenario.issues[m.issue]?.id ?? "" };
    case "reaffirm":
    case "cross":
      return { type: m.type, actor, redLine: scenario.redLines[m.r]?.id ?? "" };
    default:
      return { type: m.type, actor };
  }
}
