import type { Outcome, Scenario, TranscriptLine } from "@parley/engine";

/**
 * Terminal text for games and scenarios, as lists of lines: the CLI's own line breaks are the boundaries
 * between lines, so a line break inside a scenario's text is shown, not obeyed (see visible.ts).
 */

/** Transcript lines as terminal text: a heading for each meeting that opens, a line per move or event, quotes. */
export function formatLines(lines: readonly TranscriptLine[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === "meeting") {
      out.push("", `== ${line.text} ==`);
      continue;
    }
    const minute = String(line.minute).padStart(4);
    out.push(`${minute}′  ${line.actor === null ? "   · " : ""}${line.text}`);
    if (line.quote !== null) out.push(`         “${line.quote.text}” (${line.quote.speaker})`);
  }
  return out;
}

/** A whole transcript as terminal text. */
export function formatTranscript(lines: readonly TranscriptLine[]): string[] {
  return formatLines(lines);
}

const RESULT_WORDS: Readonly<Record<string, string>> = {
  agreement: "agreement",
  "partial-agreement": "partial agreement",
  "procedural-agreement": "agreement on process only",
  "no-breakthrough": "no breakthrough",
  collapse: "collapse",
};

/** A result kind in words. */
export function resultWords(result: string): string {
  return RESULT_WORDS[result] ?? result;
}

/** An outcome in a few lines: overall, per meeting, utilities. */
export function formatOutcome(scenario: Scenario, outcome: Outcome): string[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const out = [`Outcome: ${resultWords(outcome.overall)}${outcome.finished ? "" : " (so far)"}`];
  for (const track of outcome.tracks) {
    const agreed = Object.entries(track.agreed).map(([i, o]) => `${i} = ${o}`);
    const tabled = track.tabled.map((t) => `${t.issue}: ${t.option} (${name(t.by)})`);
    const cause =
      track.cause === null
        ? ""
        : track.cause.kind === "tension"
          ? " (tension)"
          : ` (${name(track.cause.actor)} walked out)`;
    out.push(
      `  ${track.track}: ${resultWords(track.result)}${cause}, ${track.minutes} min, follow-up ${track.followUp ? "agreed" : "not agreed"}` +
        (agreed.length > 0 ? `; agreed ${agreed.join(", ")}` : "") +
        (tabled.length > 0 ? `; on the table ${tabled.join(", ")}` : ""),
    );
  }
  out.push(
    `  utilities: ${Object.entries(outcome.utilities)
      .map(([a, u]) => `${name(a)} ${u.toFixed(3)}`)
      .join(", ")}`,
  );
  if (outcome.redLinesCrossed.length > 0)
    out.push(`  red lines crossed: ${outcome.redLinesCrossed.join(", ")}`);
  return out;
}
