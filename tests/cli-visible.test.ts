import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visible, visibleJsonLines } from "../packages/cli/src/visible.js";
import { runs } from "./support/scenarios.js";

/** What must never reach a terminal raw: C0, DEL, C1 and the bidirectional controls. */
const ACTS_ON_TERMINAL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const controls = [
  "\u0000",
  "\u0007",
  "\t",
  "\n",
  "\r",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u200f",
  "\u202e",
  "\u2066",
];
/** Text rich in control characters and escape sequences, among any other code points. */
const arbText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...controls),
    fc.constantFrom("\u001b[2J", "\u001b]0;title\u0007", "\u001b[8m"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
});
const arbPlain = fc
  .string({ unit: "binary" })
  .map((s) => s.replace(new RegExp(ACTS_ON_TERMINAL.source, "gu"), ""));

// Plain fast-check in vitest's `it`: importing @fast-check/vitest costs seconds, and these tests take ms.
describe("visible: the one function every printed text goes through", () => {
  it("leaves no character a terminal acts on", () => {
    fc.assert(
      fc.property(arbText, (text) => {
        expect(visible(text)).not.toMatch(ACTS_ON_TERMINAL);
      }),
      { numRuns: runs(300) },
    );
  });

  it("leaves text without such characters as it is", () => {
    fc.assert(
      fc.property(arbPlain, (text) => {
        expect(visible(text)).toBe(text);
      }),
      { numRuns: runs(200) },
    );
  });

  it("replaces each control character by something visible, and touches nothing around it", () => {
    fc.assert(
      fc.property(arbPlain, fc.constantFrom(...controls), arbPlain, (before, control, after) => {
        const shown = visible(before + control + after);
        expect(shown.startsWith(before)).toBe(true);
        expect(shown.endsWith(after)).toBe(true);
        expect(shown.length).toBeGreaterThan(before.length + after.length);
      }),
      { numRuns: runs(200) },
    );
  });

  it("shows C0 controls as control pictures and the others as their code", () => {
    expect(visible("\u001b]0;pwned\u0007\u001b[2J\r\n\t\u007f")).toBe("␛]0;pwned␇␛[2J␍␊␉␡");
    expect(visible("\u009b31m\u202eabc")).toBe("\\u009b31m\\u202eabc");
  });

  it("prints JSON that holds no such character and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: arbText }), (value) => {
        const lines = visibleJsonLines(value);
        for (const line of lines) expect(line).not.toMatch(ACTS_ON_TERMINAL);
        expect(JSON.parse(lines.join("\n"))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: runs(200) },
    );
  });
});
