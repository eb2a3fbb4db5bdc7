import type { Outcome, Scenario, TranscriptLine } from "@parley/engine";

/**
 * Terminal text for games and scenarios, as lists of lines: the CLI's own line breaks are the boundaries
 * between lines, so a line break inside a scenario's text is shown, not obeyed (see visible.ts).
 */

/** A transcript, one line per move or event, with a heading per meeting. */
export function formatTranscript(scenario: Scenario, lines: readonly TranscriptLine[]): string[] {
  const out: string[] = [];
  let track = "";
  for (const line of lines) {
    if (line.track !== track) {
      track = line.track;
      const t = scenario.tracks.find((x) => x.id === track);
      out.push("", `== ${t?.title ?? track} (${t?.venue ?? ""}, ${t?.date ?? ""}) ==`);
    }
    const minute = String(line.minute).padStart(4);
    out.push(`${minute}′  ${line.actor === null ? "   · " : ""}${line.text}`);
  }
  return out;
}

/** An outcome in a few lines: overall, per meeting, utilities. */
export function formatOutcome(scenario: Scenario, outcome: Outcome): string[] {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const out = [`Outcome: ${outcome.overall}${outcome.finished ? "" : " (so far)"}`];
  for (const track of outcome.tracks) {
    const agreed = Object.entries(track.agreed).map(([i, o]) => `${i} = ${o}`);
    const tabled = track.tabled.map((t) => `${t.issue}: ${t.option} (${name(t.by)})`);
    out.push(
      `  ${track.track}: ${track.result}, ${track.minutes} min, follow-up ${track.followUp ? "agreed" : "not agreed"}` +
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

/** How a game's outcome compares with the scenario's historical record, in one line. */
export function formatComparison(scenario: Scenario, outcome: Outcome): string {
  const history = scenario.history;
  if (history === undefined) return "This scenario has no historical record to compare with.";
  const same = history.outcome.overall === outcome.overall;
  return `What really happened: ${history.outcome.overall}. This game: ${outcome.overall}${same ? " (as in history)" : " (history went otherwise)"}.`;
}

/** What the record says each meeting took; where sources disagree, every value is shown with its sources. */
export function formatReportedLengths(scenario: Scenario): string[] {
  const out: string[] = [];
  for (const track of scenario.tracks) {
    if (track.reportedLength.length === 0) continue;
    const values = track.reportedLength.map(
      (r) => `${(r.minutes / 60).toFixed(1)} h${r.note ? ` (${r.note})` : ""} [${r.sources.join(", ")}]`,
    );
    out.push(`  ${track.title}: scheduled ${track.scheduledMinutes} min; reported ${values.join(" or ")}`);
  }
  return out.length === 0 ? [] : ["Length of the real meetings:", ...out];
}
