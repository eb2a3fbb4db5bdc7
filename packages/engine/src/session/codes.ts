import type { CompiledScenario } from "../rules/compile.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/**
 * Moves as compact, stable text for saves and replay links. A code names the move's actor, kind and
 * arguments by their positions in the scenario (which a save pins by the scenario's content hash), never by
 * their place in the legal-move list, so a change in the rules or in the order of legal moves breaks no save.
 *
 * `<actor><letter><arguments>`, the actor's index in decimal, other numbers in base 36: `2s1` (actor 2, a firm statement; `s0` conciliatory),
 * `0p3.1,4.0` (propose option 1 of issue 3 and option 0 of issue 4), `0c…` counter, `1a3,4` accept the
 * proposal on issues 3 and 4, `1r3` reject, `1k3` concede on issue 3, `1h5` reaffirm red line 5, `1x5`
 * cross it, `1b` confidence-building offer, `1f` propose and `1g` accept a follow-up, `1w` walk out, `1-` pass.
 * Codes use only `[0-9a-z.,-]`; a list of codes is joined with `_`.
 */

const LETTER = {
  statement: "s",
  propose: "p",
  counter: "c",
  accept: "a",
  reject: "r",
  concede: "k",
  reaffirm: "h",
  cross: "x",
  "offer-cbm": "b",
  "propose-follow-up": "f",
  "accept-follow-up": "g",
  "walk-out": "w",
  pass: "-",
} as const satisfies Record<Move["type"], string>;

const TYPE_OF: Readonly<Record<string, Move["type"]>> = Object.freeze(
  Object.fromEntries(Object.entries(LETTER).map(([type, letter]) => [letter, type as Move["type"]])),
);

const b36 = (n: number): string => n.toString(36);

/** Why a code could not be read. */
export interface CodeError {
  readonly code: "bad-code";
  readonly message: string;
}

/** The stable code of a move of this scenario (its ids must be the scenario's: check the move first). */
export function encodeMove(c: CompiledScenario, move: Move): string {
  const actor = String(c.actorIndex.get(move.actor) ?? 0);
  const letter = LETTER[move.type];
  const issue = (id: string) => c.issueIndex.get(id) ?? 0;
  switch (move.type) {
    case "statement":
      return `${actor}${letter}${move.tone === "firm" ? 1 : 0}`;
    case "propose":
    case "counter": {
      const parts = Object.entries(move.terms)
        .map(([i, o]) => [issue(i), c.optionIndex[issue(i)]?.get(o) ?? 0] as const)
        .sort((x, y) => x[0] - y[0])
        .map(([i, o]) => `${b36(i)}.${b36(o)}`);
      return `${actor}${letter}${parts.join(",")}`;
    }
    case "accept":
    case "reject":
      return `${actor}${letter}${move.issues
        .map(issue)
        .sort((x, y) => x - y)
        .map(b36)
        .join(",")}`;
    case "concede":
      return `${actor}${letter}${b36(issue(move.issue))}`;
    case "reaffirm":
    case "cross":
      return `${actor}${letter}${b36(c.redLineIndex.get(move.redLine) ?? 0)}`;
    default:
      return `${actor}${letter}`;
  }
}

const CODE = /^(\d{1,3})([a-z-])([0-9a-z.,]*)$/;
const NUMBER = /^[0-9a-z]{1,4}$/;

function num(text: string, below: number): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number.parseInt(text, 36);
  return Number.isSafeInteger(n) && n >= 0 && n < below ? n : null;
}

/** The move a code stands for in this scenario, or why the code names nothing in it. */
export function decodeMove(c: CompiledScenario, code: string): Result<Move, CodeError> {
  const bad = (why: string) => err<CodeError>({ code: "bad-code", message: `'${code.slice(0, 40)}' ${why}` });
  const found = CODE.exec(code);
  if (found === null) return bad("is not a move code");
  const [, actorText = "", letter = "", args = ""] = found;
  const a = Number.parseInt(actorText, 10) < c.actorCount ? Number.parseInt(actorText, 10) : null;
  const type = TYPE_OF[letter];
  if (a === null) return bad("names no actor of this scenario");
  if (type === undefined) return bad("names no kind of move");
  const scenario = c.scenario;
  const actor = scenario.actors[a]?.id ?? "";
  const issueId = (text: string) => {
    const i = num(text, c.issueCount);
    return i === null ? null : (scenario.issues[i]?.id ?? null);
  };
  switch (type) {
    case "statement":
      return args === "0" || args === "1"
        ? ok({ type, actor, tone: args === "1" ? "firm" : "conciliatory" })
        : bad("is not a statement's tone");
    case "propose":
    case "counter": {
      const terms: Record<string, string> = {};
      for (const part of args.split(",")) {
        const [i, o, ...rest] = part.split(".");
        const index = num(i ?? "", c.issueCount);
        const issue = index === null ? undefined : scenario.issues[index];
        const option = issue === undefined ? null : num(o ?? "", issue.options.length);
        if (issue === undefined || option === null || rest.length > 0 || Object.hasOwn(terms, issue.id))
          return bad("has terms that name no option of this scenario");
        terms[issue.id] = issue.options[option]?.id ?? "";
      }
      return ok({ type, actor, terms });
    }
    case "accept":
    case "reject": {
      const issues: string[] = [];
      for (const part of args.split(",")) {
        const issue = issueId(part);
        if (issue === null || issues.includes(issue)) return bad("names issues this scenario does not have");
        issues.push(issue);
      }
      return ok({ type, actor, issues });
    }
    case "concede": {
      const issue = issueId(args);
      return issue === null ? bad("names no issue of this scenario") : ok({ type, actor, issue });
    }
    case "reaffirm":
    case "cross": {
      const r = num(args, scenario.redLines.length);
      return r === null
        ? bad("names no red line of this scenario")
        : ok({ type, actor, redLine: scenario.redLines[r]?.id ?? "" });
    }
    default:
      return args === "" ? ok({ type, actor }) : bad("has arguments its kind of move does not take");
  }
}
