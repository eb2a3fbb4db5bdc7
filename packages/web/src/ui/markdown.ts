import type { EndModel, TranscriptModel } from "../models/index.js";
import { hoursAndMinutes, longDate, percent } from "./format.js";

/** Text safe inside Markdown: the characters that would start emphasis, links, code or HTML are escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/**
 * The game as a Markdown document: how it ended beside the record, every party's utility, then the whole
 * transcript meeting by meeting, with the recorded words each statement quotes.
 */
export function transcriptMarkdown(end: EndModel, transcript: TranscriptModel): string {
  const out: string[] = [
    `# ${md(end.scenarioTitle)}: a game of Parley`,
    "",
    `Seed \`${end.seed.replace(/`/g, "")}\`, ${end.moveCount} moves, fingerprint \`${end.fingerprint}\`.`,
    "",
    `Outcome: **${end.overall}**${end.historicalOverall === null ? "" : `; in the record: **${end.historicalOverall}**`}.`,
    "",
  ];
  for (const m of end.meetings) {
    const game = m.game === null ? "not held" : `${m.game.result} (${hoursAndMinutes(m.game.minutes)})`;
    const record = m.record === null ? "" : `; in the record: ${m.record.result}`;
    out.push(`- ${md(m.title)}: ${md(game)}${md(record)}`);
  }
  out.push(
    "",
    "| Party | This game | Status quo | Fallback | The record |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const a of end.actors)
    out.push(
      `| ${md(a.name)} | ${percent(a.utility)} | ${percent(a.statusQuo)} | ${percent(a.fallback)} | ${a.record === null ? "–" : percent(a.record)} |`,
    );
  out.push("", "## Transcript");
  for (const meeting of transcript.meetings) {
    out.push("", `### ${md(meeting.title)}`, "", `${longDate(meeting.date)}, ${md(meeting.venue)}`, "");
    for (const line of meeting.lines) {
      const text = line.actor === null ? `*${md(line.text)}*` : md(line.text);
      out.push(`${line.n}. (${line.minute}′) ${text}`);
      if (line.quote !== null) out.push(`   > ${md(line.quote.text)} (${md(line.quote.speaker)})`);
    }
  }
  return `${out.join("\n")}\n`;
}
