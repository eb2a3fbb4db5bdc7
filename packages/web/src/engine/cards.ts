import type { Scenario } from "@parley/engine";
import type { ScenarioCard, SeatCard } from "../models/index.js";

const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "12 January 2022", or "10–13 January 2022" for meetings on several days of one month. */
export function formatDates(dates: readonly string[]): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return "";
  const a = new Date(`${first}T00:00:00Z`);
  const b = new Date(`${last}T00:00:00Z`);
  if (first === last) return dayMonthYear.format(a);
  const sameMonth = a.getUTCMonth() === b.getUTCMonth() && a.getUTCFullYear() === b.getUTCFullYear();
  return sameMonth
    ? `${a.getUTCDate()}–${dayMonthYear.format(b)}`
    : `${dayMonthYear.format(a)} – ${dayMonthYear.format(b)}`;
}

/** A text without its source keys ("… the talks [S1, B2].") for places with no room for footnotes. */
export function withoutSourceKeys(text: string): string {
  return text.replace(/\s*\[[A-Za-z0-9-]+(?:,\s*[A-Za-z0-9-]+)*\]/g, "").trim();
}

/** The parts of a scenario its card is made from (the chooser loads only these of the shipped files). */
export type CardSource = Pick<
  Scenario,
  "id" | "title" | "summary" | "tracks" | "actors" | "demands" | "issues"
>;

function seatCard(s: CardSource, actor: Scenario["actors"][number]): SeatCard {
  const head = actor.delegation[0];
  const demand = s.demands.find((d) => d.actor === actor.id);
  const weights = Object.entries(actor.weights).sort((x, y) => y[1] - x[1]);
  const topIssue = s.issues.find((i) => i.id === weights[0]?.[0]);
  const wants =
    demand !== undefined
      ? withoutSourceKeys(demand.text)
      : topIssue !== undefined
        ? `Cares most about ${topIssue.title.toLowerCase()}.`
        : "No stated demand.";
  return {
    actorId: actor.id,
    name: actor.name,
    head: head === undefined ? null : `${head.name}, ${head.title}`,
    wants,
    persona: actor.persona,
  };
}

/** The chooser's card of a (validated or shipped) scenario. */
export function scenarioCard(s: CardSource): ScenarioCard {
  const seated = new Set(s.tracks.flatMap((t) => t.participants));
  return {
    id: s.id,
    title: s.title,
    dates: formatDates(s.tracks.map((t) => t.date)),
    venues: [...new Set(s.tracks.map((t) => t.venue))].join(" · "),
    summary: withoutSourceKeys(s.summary),
    scheduledMinutes: s.tracks.reduce((sum, t) => sum + t.scheduledMinutes, 0),
    meetings: s.tracks.length,
    seats: s.actors.filter((a) => seated.has(a.id)).map((a) => seatCard(s, a)),
  };
}
