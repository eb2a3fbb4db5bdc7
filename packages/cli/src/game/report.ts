import { type Debrief, debrief, type GameState, type Scenario, type SourceRef } from "@parley/engine";
import { resultWords } from "../format.js";
import { whyLines } from "./why-report.js";

/**
 * The end of a game in the terminal: the engine's debrief in words. Each meeting beside what really happened
 * (result, follow-up, what was agreed and left on the table, length against the schedule and the reported
 * lengths, final tension), every actor's utility against its status quo, its fallback and the record's, the
 * hidden types revealed, what happened next, and the sources cited. The browser's debrief shows the same facts.
 */
export function endReport(scenario: Scenario, state: GameState): string[] {
  const made = debrief(state);
  if (!made.ok) return ["", made.error.message];
  const d = made.value;
  const cited = new Map<string, SourceRef>();
  const cite = (sources: readonly SourceRef[]) => {
    for (const source of sources) cited.set(source.key, source);
    return sources.length === 0 ? "" : ` [${sources.map((x) => x.key).join(", ")}]`;
  };
  const name = (id: string) => d.actors.find((a) => a.actor === id)?.name ?? id;
  const out: string[] = ["", "== The talks beside the record =="];
  for (const meeting of d.meetings) {
    out.push("", `${meeting.title} (${meeting.venue}, ${meeting.date})`);
    const game = meeting.game;
    if (game === null) out.push("  This game: not held (the talks ended before it).");
    else {
      const cause =
        game.cause === null
          ? ""
          : game.cause.kind === "tension"
            ? ", collapsed as tension hit its limit"
            : `, after ${name(game.cause.actor)} walked out`;
      const as = meeting.asRecorded === null ? "" : meeting.asRecorded ? " (as in the record)" : "";
      out.push(
        `  This game: ${resultWords(game.result)}${cause}; follow-up ${game.followUp ? "agreed" : "not agreed"}${as}; ${game.minutes} min (scheduled ${meeting.scheduledMinutes}); tension at the end ${game.tension}.`,
      );
      out.push(`    agreed: ${agreedText(scenario, game.agreed)}`);
      out.push(`    left on the table: ${tabledText(scenario, game.tabled)}`);
    }
    const real = meeting.record;
    if (real !== null) {
      const tension =
        real.tension === undefined ? "" : `; tension at the end ${real.tension} in the model's replay`;
      out.push(
        `  In 2022: ${resultWords(real.result)}${real.followUp === undefined ? "" : `; follow-up ${real.followUp ? "agreed" : "not agreed"}`}${tension}.`,
      );
      if (real.agreed !== undefined) out.push(`    agreed: ${agreedText(scenario, real.agreed)}`);
      if (real.tabled !== undefined) out.push(`    left on the table: ${tabledText(scenario, real.tabled)}`);
    }
    for (const length of meeting.reportedLengths) {
      out.push(
        `    reported length: ${(length.minutes / 60).toFixed(1)} h${length.note === undefined ? "" : ` (${length.note})`}${cite(length.sources)}`,
      );
    }
  }
  out.push(
    "",
    `Overall: ${resultWords(d.overall.game)}${d.overall.record === null ? "" : `; in 2022: ${resultWords(d.overall.record)}`}.`,
  );
  out.push(...utilityLines(d));
  out.push(...whyLines(scenario, state));
  const typed = d.actors.filter((a) => a.type !== null);
  if (typed.length > 0) {
    out.push("", "Hidden types, revealed:");
    for (const a of typed)
      out.push(
        `  ${a.name}: ${a.type?.title}${a.type?.description == null ? "" : ` (${a.type.description})`}`,
      );
  }
  if (d.epilogue.length > 0) {
    out.push("", "What happened next:");
    for (const event of d.epilogue)
      out.push(`  ${event.date}  ${event.title}: ${event.text}${cite(event.sources)}`);
  }
  if (cited.size > 0) {
    out.push("", "Sources:");
    for (const source of cited.values()) out.push(`  [${source.key}] ${source.title}`);
  }
  return out;
}

function utilityLines(d: Debrief): string[] {
  const out = ["", "Utilities (this game; status quo; fallback in this game; the record's):"];
  for (const a of d.actors) {
    out.push(
      `  ${a.name.padEnd(26)} ${a.utility.toFixed(3)}   ${a.statusQuo.toFixed(3)}   ${a.fallback.toFixed(3)}   ${a.record === null ? "  –  " : a.record.toFixed(3)}`,
    );
  }
  return out;
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
