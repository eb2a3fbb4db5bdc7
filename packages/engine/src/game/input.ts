import type { Refusal } from "../rules/refusal.js";
import { type Move, moveSchema } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/** Most keys a move object (or its terms) may have; a move has at most 4, terms at most 30. */
const MAX_KEYS = 64;

/**
 * A plain copy of what may be a move: own enumerable data properties only, two levels deep (a move and its
 * terms or issues), never calling a getter or a Proxy trap that could throw or lie twice. Anything else
 * becomes `undefined`, which the schema then refuses.
 */
function plainMove(input: unknown, depth = 0): unknown {
  if (typeof input !== "object" || input === null) return input;
  if (depth > 2) return undefined;
  if (Array.isArray(input)) {
    const length = input.length;
    if (!Number.isSafeInteger(length) || length > MAX_KEYS) return undefined;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const slot = Object.getOwnPropertyDescriptor(input, i);
      out.push(slot === undefined || "get" in slot ? undefined : plainMove(slot.value, depth + 1));
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(input);
  if (keys.length > MAX_KEYS) return undefined;
  // A plain object built key by key (an object without a prototype would be slow to copy and to read);
  // only "__proto__" must be defined rather than assigned, so that it stays an own key.
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const slot = Object.getOwnPropertyDescriptor(input, key);
    if (slot === undefined || "get" in slot) continue;
    const value = plainMove(slot.value, depth + 1);
    if (key === "__proto__")
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

function describeInput(move: unknown): string {
  if (move === null) return "null";
  if (Array.isArray(move)) return "an array";
  return typeof move === "object" ? "an object" : `a ${typeof move}`;
}

/** Checks that `input` is a well-formed move object and returns a plain copy of it; never throws. */
export function readMove(input: unknown): Result<Move, Refusal> {
  let copy: unknown;
  try {
    copy = plainMove(input);
  } catch {
    return err({
      code: "malformed",
      params: { reason: "it could not be read (a getter or proxy failed)", path: "" },
    });
  }
  const parsed = moveSchema.safeParse(copy);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  const path = first?.path.map(String).join(".") ?? "";
  const reason =
    typeof copy === "object" && copy !== null && !Array.isArray(copy)
      ? (first?.message ?? "invalid")
      : `expected a move object like { "type": "pass", "actor": "..." }, got ${describeInput(copy)}`;
  return err({ code: "malformed", params: { reason, path } });
}
