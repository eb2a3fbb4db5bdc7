import * as z from "zod";

const actor = z.string().min(1).max(64);
const issue = z.string().min(1).max(64);

/**
 * The terms of a proposal: one option per issue, `{ [issueId]: optionId }`. One issue makes an item
 * proposal; two or more make a package ("nothing is agreed until everything is agreed").
 */
const terms = z
  .record(issue, z.string().min(1).max(64))
  .refine((t) => Object.keys(t).length >= 1 && Object.keys(t).length <= 30, "terms name 1 to 30 issues");

/** The issues of an open proposal, which name it: at most one open proposal covers an issue. */
const issues = z.array(issue).min(1).max(30);

/**
 * The moves of the game, one schema each, keyed by the move's stable `type` (saves, links and the session
 * API store moves by these keys). Every move names the actor making it; which actors, issues, options and
 * red lines a move may name is scenario data. Unknown fields are rejected.
 */
export const moveSchemas = {
  statement: z.strictObject({
    type: z.literal("statement"),
    actor,
    tone: z.enum(["firm", "conciliatory"]),
  }),
  propose: z.strictObject({ type: z.literal("propose"), actor, terms }),
  counter: z.strictObject({ type: z.literal("counter"), actor, terms }),
  accept: z.strictObject({ type: z.literal("accept"), actor, issues }),
  reject: z.strictObject({ type: z.literal("reject"), actor, issues }),
  concede: z.strictObject({ type: z.literal("concede"), actor, issue }),
  reaffirm: z.strictObject({ type: z.literal("reaffirm"), actor, redLine: z.string().min(1).max(64) }),
  cross: z.strictObject({ type: z.literal("cross"), actor, redLine: z.string().min(1).max(64) }),
  "offer-cbm": z.strictObject({ type: z.literal("offer-cbm"), actor }),
  "propose-follow-up": z.strictObject({ type: z.literal("propose-follow-up"), actor }),
  "accept-follow-up": z.strictObject({ type: z.literal("accept-follow-up"), actor }),
  "walk-out": z.strictObject({ type: z.literal("walk-out"), actor }),
  pass: z.strictObject({ type: z.literal("pass"), actor }),
} as const;

/** Schema of any well-formed move (legal or not). */
export const moveSchema = z.discriminatedUnion("type", [
  moveSchemas.statement,
  moveSchemas.propose,
  moveSchemas.counter,
  moveSchemas.accept,
  moveSchemas.reject,
  moveSchemas.concede,
  moveSchemas.reaffirm,
  moveSchemas.cross,
  moveSchemas["offer-cbm"],
  moveSchemas["propose-follow-up"],
  moveSchemas["accept-follow-up"],
  moveSchemas["walk-out"],
  moveSchemas.pass,
]);

/** A move: a plain JSON object discriminated by `type`, always carrying its `actor`. */
export type Move = z.infer<typeof moveSchema>;

/** The name of a kind of move. */
export type MoveType = Move["type"];

/** The terms of a proposal, `{ [issueId]: optionId }`. */
export type Terms = Readonly<Record<string, string>>;

/** Every kind of move, in the order legal moves are listed. */
export const MOVE_TYPES: readonly MoveType[] = Object.freeze(Object.keys(moveSchemas) as MoveType[]);

/** The issues a set of terms covers, sorted, so that equal sets give equal lists. */
export function termIssues(t: Terms): string[] {
  return Object.keys(t).sort();
}

/** A string that two moves share exactly when they are the same move, whatever their key order. */
export function moveKey(move: Move): string {
  switch (move.type) {
    case "statement":
      return `${move.type}|${move.actor}|${move.tone}`;
    case "propose":
    case "counter":
      return `${move.type}|${move.actor}|${termIssues(move.terms)
        .map((i) => `${i}=${move.terms[i]}`)
        .join(",")}`;
    case "accept":
    case "reject":
      return `${move.type}|${move.actor}|${[...move.issues].sort().join(",")}`;
    case "concede":
      return `${move.type}|${move.actor}|${move.issue}`;
    case "reaffirm":
    case "cross":
      return `${move.type}|${move.actor}|${move.redLine}`;
    default:
      return `${move.type}|${move.actor}`;
  }
}
