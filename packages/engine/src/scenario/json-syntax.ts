import { quote } from "./words.js";

/**
 * Where JSON text goes wrong, in plain words: the first syntax error, with its line and column. Only run
 * after `JSON.parse` has failed; one pass over the text.
 */

/**
 * Says where `text` stops being JSON and why ("line 4, column 3: expected \",\" or \"}\" after a value; is a
 * comma missing?"), or undefined when it is valid JSON.
 */
export function describeJsonSyntaxError(text: string): string | undefined {
  const found = firstSyntaxError(text);
  if (found === undefined) return undefined;
  const { line, column } = lineAndColumn(text, found.offset);
  return `line ${line}, column ${column}: ${found.message}`;
}

interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

type Expect = "value" | "first-item" | "next-item" | "first-key" | "next-key" | "colon" | "after";

const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error in `text` and where it is, or undefined when `text` is valid JSON. */
function firstSyntaxError(text: string): SyntaxProblem | undefined {
  const closers: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const n = text.length;
  const wordAt = (at: number): string => {
    WORD.lastIndex = at;
    return WORD.exec(text)?.[0] ?? "";
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    if (i >= n) {
      if (expect === "after" && closers.length === 0) return undefined;
      if (expect === "after" || expect === "next-key" || expect === "first-key" || expect === "first-item") {
        const missing = [...closers].reverse().join("");
        return { offset: n, message: `the text ends too early; ${quote(missing)} is missing at the end` };
      }
      return { offset: n, message: "the text ends where a value should be" };
    }
    const ch = text[i] ?? "";
    if (ch === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      return { offset: i, message: "comments are not allowed in JSON" };
    }
    switch (expect) {
      case "after": {
        const closer = closers[closers.length - 1];
        if (closer === undefined)
          return { offset: i, message: "unexpected text after the end of the JSON value" };
        if (ch === closer) {
          closers.pop();
          i++;
        } else if (ch === ",") {
          expect = closer === "}" ? "next-key" : "next-item";
          i++;
        } else {
          return { offset: i, message: `expected "," or "${closer}" after a value; is a comma missing?` };
        }
        break;
      }
      case "colon":
        if (ch !== ":") return { offset: i, message: 'expected ":" after the property name' };
        expect = "value";
        i++;
        break;
      case "first-key":
      case "next-key":
        if (ch === "}") {
          if (expect === "next-key") {
            return { offset: i, message: 'a comma before "}": JSON does not allow a trailing comma' };
          }
          closers.pop();
          expect = "after";
          i++;
        } else if (ch === '"') {
          const problem = scanString(text, i);
          if (typeof problem !== "number") return problem;
          i = problem;
          expect = "colon";
        } else if (ch === "'") {
          return { offset: i, message: "property names need double quotes, not single quotes" };
        } else if (wordAt(i) !== "") {
          return { offset: i, message: `property names need double quotes: write ${quote(wordAt(i))}` };
        } else {
          return { offset: i, message: `expected a property name in double quotes, not ${quote(ch)}` };
        }
        break;
      case "value":
      case "first-item":
      case "next-item": {
        if (ch === "]" && expect === "first-item") {
          closers.pop();
          expect = "after";
          i++;
          break;
        }
        if (ch === "]" && expect === "next-item") {
          return { offset: i, message: 'a comma before "]": JSON does not allow a trailing comma' };
        }
        if (ch === "{") {
          closers.push("}");
          expect = "first-key";
          i++;
        } else if (ch === "[") {
          closers.push("]");
          expect = "first-item";
          i++;
        } else if (ch === '"') {
          const problem = scanString(text, i);
          if (typeof problem !== "number") return problem;
          i = problem;
          expect = "after";
        } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (match === null) return { offset: i, message: "a number needs a digit after the minus sign" };
          const end = i + match[0].length;
          const next = text[end] ?? "";
          if (next >= "0" && next <= "9") return { offset: i, message: "numbers cannot start with a 0" };
          if (next === ".") return { offset: end, message: "a number needs digits after the decimal point" };
          if (next === "e" || next === "E")
            return { offset: end, message: "a number needs digits in its exponent" };
          i = end;
          expect = "after";
        } else if (ch === "'") {
          return { offset: i, message: "text needs double quotes, not single quotes" };
        } else {
          const word = wordAt(i);
          if (word === "true" || word === "false" || word === "null") {
            i += word.length;
            expect = "after";
          } else if (word !== "") {
            return {
              offset: i,
              message: `${quote(word)} is not a JSON value; text needs double quotes, and true, false and null are lower case`,
            };
          } else {
            return { offset: i, message: `expected a value, not ${quote(ch)}` };
          }
        }
        break;
      }
    }
  }
}

/** Scans a string starting at the opening quote; returns the offset after it, or the problem found. */
function scanString(text: string, start: number): number | SyntaxProblem {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const next = text[i + 1] ?? "";
      if (next === "u") {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: "\\u needs four hexadecimal digits" };
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(next) && next !== "") {
        i += 2;
      } else {
        return {
          offset: i,
          message: `${quote(`\\${next}`)} is not an escape JSON knows; write \\\\ for a backslash`,
        };
      }
    } else if (c < 0x20) {
      return {
        offset: i,
        message:
          c === 0x0a || c === 0x0d
            ? 'a line break inside text: close the text with " first, or write \\n'
            : "a control character inside text; write it as an escape such as \\t",
      };
    } else {
      i++;
    }
  }
  return { offset: start, message: 'this text is never closed: a closing " is missing' };
}

/** Line and column (both from 1) of an offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
