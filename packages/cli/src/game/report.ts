import {
  type GameState,
  type Outcome,
  outcome,
  packageUtility,
  replay,
  type Scenario,
  type ValidScenario,
} from "@parley/engine";
import { resultWords } from "../format.js";

/**
 * The end of a game in the terminal: each meeting beside what really happened (result, follow-up, what was
 * agreed and left on the table, length against the schedule and the reported lengths, with sources), every
 * actor's utility against its status quo, its fallback and the record's, the hidden types revealed, and what
 * happened next. The browser's debrief shows the same facts.
 */
export function endReport(scenario: ValidScenario, state: GameState): string[] {
  const result = outcome(state);
  const record = recordOutcome(scenario);
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  const out: string[] = ["", "== The talks beside the record =="];
  for (const track of scenario.tracks) {
    const played = result.tracks.find((t) => t.track === track.id);
    const real = scenario.history?.outcome.tracks?.find((t) => t.track === track.id);
    out.push("", `${track.title} (${track.venue}, ${track.date})`);
    if (played === undefined) out.push("  This game: not held (the talks ended before it).");
    else {
      const cause =
        played.cause === null
          ? ""
          : played.cause.kind === "tension"
            ? ", collapsed as tension hit its limit"
            : `, after ${name(played.cause.actor)} walked out`;
      out.push(
        `  This game: ${resultWords(played.result)}${cause}; follow-up ${played.followUp ? "agreed" : "not agreed"}; ${played.minutes} min (scheduled ${track.scheduledMinutes}).`,
      );
      out.push(`    agreed: ${agreedText(scenario, played.agreed)}`);
      out.push(`    left on the table: ${tabledText(scenario, played.tabled)}`);
    }
    if (real !== undefined) {
      out.push(
        `  In 2022: ${resultWords(real.result)}${real.followUp === undefined ? "" : `; follow-up ${real.followUp ? "agreed" : "not agreed"}`}.`,
      );
      if (real.agreed !== undefined) out.push(`    agreed: ${agreedText(scenario, real.agreed)}`);
      if (real.tabled !== undefined) out.push(`    left on the table: ${tabledText(scenario, real.tabled)}`);
    }
    for (const length of track.reportedLength) {
      out.push(
        `    reported length: ${(length.minutes / 60).toFixed(1)} h${length.note === undefined ? "" : ` (${length.note})`} [${length.sources.join(", ")}]`,
      );
    }
  }
  out.push(
    "",
    `Overall: ${resultWords(result.overall)}${record === null ? "" : `; in 2022: ${resultWords(record.overall)}`}.`,
  );
  out.push("", "Utilities (this game; status quo; fallback in this game; the record's):");
  for (const actor of scenario.actors) {
    const u = result.utilities[actor.id] ?? 0;
    const sq = packageUtility(scenario, actor.id, {});
    const fallback = result.reservations[actor.id] ?? actor.reservation;
    const real = record?.utilities[actor.id];
    out.push(
      `  ${actor.name.padEnd(26)} ${u.toFixed(3)}   ${sq.toFixed(3)}   ${fallback.toFixed(3)}   ${real === undefined ? "  –  " : real.toFixed(3)}`,
    );
  }
  const types = Object.entries(result.types);
  if (types.length > 0) {
    out.push("", "Hidden types, revealed:");
    for (const [actor, type] of types) {
      const found = scenario.actors.find((a) => a.id === actor)?.types.find((t) => t.id === type);
      out.push(
        `  ${name(actor)}: ${found?.title ?? type}${found?.description === undefined ? "" : ` (${found.description})`}`,
      );
    }
  }
  if (scenario.epilogue.length > 0) {
    out.push("", "What happened next:");
    for (const event of scenario.epilogue)
      out.push(`  ${event.date}  ${event.title}: ${event.text} [${event.sources.join(", ")}]`);
  }
  return out;
}

/** The outcome of the scenario's historical line, or null when it has none. */
function recordOutcome(scenario: ValidScenario): Outcome | null {
  const history = scenario.history;
  if (history === undefined) return null;
  const played = replay(scenario, { seed: history.seed, moves: history.moves });
  return played.ok ? outcome(played.value) : null;
}

function agreedText(scenario: Scenario, agreed: Readonly<Record<string, string>>): string {
  const parts = Object.entries(agreed).map(([issue, option]) => {
    const found = scenario.issues.find((i) => i.id === issue);
    return `${found?.title ?? issue}: ${found?.options.find((o) => o.id === option)?.label ?? option}`;
  });
  return parts.length === 0 ? "nothing" : parts.join("; ");
}

function tabledText(
  scenario: Scenario,
  tabled: readonly { issue: string; option: string; by: string }[],
): string {
  if (tabled.length === 0) return "nothing";
  return tabled
    .map((t) => {
      const issue = scenario.issues.find((i) => i.id === t.issue);
      const by = scenario.actors.find((a) => a.id === t.by)?.name ?? t.by;
      return `${issue?.title ?? t.issue}: ${issue?.options.find((o) => o.id === t.option)?.label ?? t.option} (${by})`;
    })
    .join("; ");
}
