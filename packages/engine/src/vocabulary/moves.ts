import * as z from "zod";

const actor = z.string().min(1);
const issue = z.string().min(1);

/**
 * The moves of the game, one schema each. Every move names the actor making it; which actors, issues,
 * options and red lines a move may name is scenario data. Unknown fields are rejected.
 */
export const moveSchemas = {
  statement: z.strictObject({
    type: z.literal("statement"),
    actor,
    tone: z.enum(["firm", "conciliatory"]),
  }),
  propose: z.strictObject({ type: z.literal("propose"), actor, issue, option: z.string().min(1) }),
  counter: z.strictObject({ type: z.literal("counter"), actor, issue, option: z.string().min(1) }),
  accept: z.strictObject({ type: z.literal("accept"), actor, issue }),
  reject: z.strictObject({ type: z.literal("reject"), actor, issue }),
  concede: z.strictObject({ type: z.literal("concede"), actor, issue }),
  reaffirm: z.strictObject({ type: z.literal("reaffirm"), actor, redLine: z.string().min(1) }),
  cross: z.strictObject({ type: z.literal("cross"), actor, redLine: z.string().min(1) }),
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

/** Every kind of move, in the order legal moves are listed. */
export const MOVE_TYPES: readonly MoveType[] = Object.keys(moveSchemas) as MoveType[];

/** A string that two moves share exactly when they are the same move, whatever their key order. */
export function moveKey(move: Move): string {
  switch (move.type) {
    case "statement":
      return `${move.type}|${move.actor}|${move.tone}`;
    case "propose":
    case "counter":
      return `${move.type}|${move.actor}|${move.issue}|${move.option}`;
    case "accept":
    case "reject":
    case "concede":
      return `${move.type}|${move.actor}|${move.issue}`;
    case "reaffirm":
    case "cross":
      return `${move.type}|${move.actor}|${move.redLine}`;
    default:
      return `${move.type}|${move.actor}`;
  }
}
