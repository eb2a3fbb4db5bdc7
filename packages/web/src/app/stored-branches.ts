import "../engine/jitless.js";
import * as z from "zod";
import {
  BRANCHES_VERSION,
  MAX_BRANCHES_CHARS,
  MAX_STORED_BRANCHES,
  type StoredBranchesRead,
} from "./storage.js";

/**
 * Reads the stored list of a game's earlier lines. Loaded lazily (it brings zod to the page), and only when
 * the page finds such a list beside a saved game: the first page does not carry it.
 */

const text = (max: number) => z.string().max(max);

const branchSchema = z.strictObject({
  number: z.int().min(1),
  from: z.int().min(0),
  moveCount: z.int().min(0),
  overall: text(200),
  utilities: z.array(z.strictObject({ name: text(200), utility: z.number().min(0).max(1) })).max(50),
  fingerprint: text(200),
  replay: text(MAX_BRANCHES_CHARS).nullable(),
});

const storedSchema = z.strictObject({
  version: z.literal(BRANCHES_VERSION),
  game: text(10_000),
  branches: z.array(branchSchema).min(1).max(MAX_STORED_BRANCHES),
});

/**
 * The stored earlier lines, checked: their version, their game and every line's fields. A list that is not
 * JSON, of another version or malformed is an error in words (the page drops it and says so).
 */
export function readStoredBranches(stored: string): StoredBranchesRead {
  if (stored.length > MAX_BRANCHES_CHARS)
    return { ok: false, error: "the stored list is larger than the page keeps" };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { ok: false, error: "the stored list is not readable" };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? "" : ` (at ${issue.path.join(".")})`;
    return { ok: false, error: `the stored list is not one this page wrote${where}` };
  }
  return { ok: true, value: parsed.data };
}
