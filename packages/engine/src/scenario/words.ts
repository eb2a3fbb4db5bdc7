/** How problems name values for people: quoted texts, kinds of value, counted nouns. */

/** Longest text quoted in full in a message; longer ones are cut. */
const MAX_QUOTED = 80;

/** A text in double quotes, cut when long. */
export function quote(value: string): string {
  return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 3)}...` : value);
}

/** Texts in double quotes, separated by commas. */
export function quoteAll(values: readonly string[]): string {
  return values.map(quote).join(", ");
}

/** What a value is, in words: `the text "x"`, `a list`, `42`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text ${quote(value)}`;
    case "number":
      return Number.isFinite(value) ? String(value) : "a number JSON cannot hold";
    case "boolean":
      return String(value);
    case "undefined":
      return "nothing";
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

/** `one of "a", "b"` (or just `"a"` for a single value). */
export function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === "string" ? quote(v) : String(v)));
  return shown.length === 1 ? (shown[0] ?? "") : `one of ${shown.join(", ")}`;
}

/** `1 item`, `3 items`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
