/**
 * Text from a scenario, a save or the command line can hold terminal control sequences: `ESC ] 0 ; … BEL`
 * sets the window title, `ESC [ 2 J` clears the screen, a carriage return or a bidirectional override hides
 * or reorders what was printed before. Everything Parley prints passes through here, so such characters are
 * shown, never obeyed.
 */

/**
 * Characters a terminal may act on: the controls (`\p{Cc}`: C0, with tab and line feed, for the CLI prints
 * its own line breaks between lines, never inside one; DEL; C1, where U+009B is a one-character CSI), and
 * the bidirectional marks, embeddings, overrides and isolates.
 */
const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** U+2400 CONTROL PICTURES: ␀ for U+0000 … ␟ for U+001F; ␡ for DEL. */
const PICTURES_START = 0x2400;
const DELETE_PICTURE = "\u2421";

function hex(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

function picture(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(PICTURES_START + code);
  if (code === 0x7f) return DELETE_PICTURE;
  return hex(char);
}

/**
 * One line of terminal text with every control character made visible: `\x1b` becomes `␛`, a line feed
 * `␊`, and C1 or bidirectional controls their code as text (`\u009b`, `\u202e`).
 */
export function visible(text: string): string {
  return text.replace(CONTROL, picture);
}

/**
 * A value as indented JSON, line by line, safe on a terminal. `JSON.stringify` already escapes
 * U+0000–U+001F inside strings, so its only raw line feeds are the indentation's, where the lines are split;
 * the other controls are escaped the same way (`\u009b`), which is still valid JSON for the same value.
 */
export function visibleJsonLines(value: unknown): string[] {
  return JSON.stringify(value, null, 2)
    .split("\n")
    .map((line) => line.replace(CONTROL, hex));
}
