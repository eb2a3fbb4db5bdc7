import type { MoveChoice, MoveMenu } from "@parley/engine";

/** What a person typed at the move prompt. */
export type Choice =
  | { readonly kind: "move"; readonly choice: MoveChoice }
  | { readonly kind: "command"; readonly command: "help" | "status" | "why" | "undo" | "briefing" }
  | { readonly kind: "save"; readonly file: string }
  | { readonly kind: "unknown"; readonly text: string };

/** The menu's moves in the order they are numbered. */
export function numbered(menu: MoveMenu): MoveChoice[] {
  return menu.groups.flatMap((group) => group.moves);
}

/** The menu as lines: each group's moves, numbered, with minutes and the key that also picks them. */
export function menuLines(menu: MoveMenu): string[] {
  const out: string[] = [];
  let n = 0;
  for (const group of menu.groups) {
    out.push(`  ${group.title}:`);
    for (const move of group.moves) {
      n++;
      out.push(`   ${String(n).padStart(2)}. ${move.label} · ${move.minutes} min  [${move.code}]`);
    }
  }
  if (menu.unavailable.length > 0)
    out.push(
      `  (${menu.unavailable.length} move${menu.unavailable.length === 1 ? "" : "s"} not open now: type 'why')`,
    );
  return out;
}

/** The moves the seat cannot make now, each with why. */
export function whyLines(menu: MoveMenu): string[] {
  if (menu.unavailable.length === 0) return ["Every move you might make now is open."];
  return menu.unavailable.map((u) => `  ✗ ${u.message}`);
}

/** The commands of the move prompt. */
export const PROMPT_HELP: readonly string[] = [
  "At the move prompt, type:",
  "  a number       the move with that number",
  "  a key          the move with that key, e.g. 2s1 (the key is shown in brackets after each move)",
  "  why            the moves you cannot make now, and why",
  "  status         where the game stands",
  "  briefing       your briefing again",
  "  undo           take back your last move (and the moves after it)",
  "  save FILE      save the game; `parley replay SCENARIO --save FILE` opens it",
  "  help           this list",
  "Ctrl+D or Ctrl+C stops the game.",
];

/** Reads one answer at the move prompt against the menu. */
export function readChoice(text: string, menu: MoveMenu): Choice {
  const answer = text.trim();
  const moves = numbered(menu);
  if (/^\d+$/.test(answer)) {
    const choice = moves[Number(answer) - 1];
    return choice === undefined ? { kind: "unknown", text: answer } : { kind: "move", choice };
  }
  const lower = answer.toLowerCase();
  if (lower === "help" || lower === "?") return { kind: "command", command: "help" };
  if (lower === "status" || lower === "why" || lower === "undo" || lower === "briefing")
    return { kind: "command", command: lower };
  const save = /^save\s+(.+)$/i.exec(answer);
  if (save !== null) return { kind: "save", file: (save[1] ?? "").trim() };
  const byKey = moves.find((m) => m.code === answer);
  return byKey === undefined ? { kind: "unknown", text: answer } : { kind: "move", choice: byKey };
}
