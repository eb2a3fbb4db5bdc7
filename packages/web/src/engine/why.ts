import {
  type DebriefFrontier,
  debriefFrontier,
  debriefZones,
  defaultParetoActors,
  type Exclusion,
  type Match,
  type MeetingZones,
  type Package,
  type ScoredPackage,
  stateHash,
  type ValidScenario,
} from "@parley/engine";
import type { ParetoModel, ParetoPoint, WhyExclusion, WhyMeeting, WhyModel } from "../models/why.js";

/**
 * The engine's `debriefZones` and `debriefFrontier` in the debrief's words: ids become names, titles and
 * option labels, exclusions become sentences. Every figure is the engine's; nothing is worked out here.
 */

/** The Pareto view the page asks for: a meeting (null: the first) and two actors (null: its first two parties). */
export interface WhyChoice {
  readonly track: string | null;
  readonly actors: readonly string[] | null;
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function words(s: ValidScenario) {
  const issue = (id: string) => s.issues.find((i) => i.id === id);
  const actorName = (id: string) => s.actors.find((a) => a.id === id)?.name ?? id;
  const optionLabel = (issueId: string, option: string) =>
    issue(issueId)?.options.find((o) => o.id === option)?.label ?? option;
  const redLine = (id: string) => {
    const line = s.redLines.find((r) => r.id === id);
    if (line === undefined) return id;
    return `${possessive(actorName(line.actor))} red line on ${issue(line.issue)?.title ?? line.issue}`;
  };
  return {
    actorName,
    issueTitle: (id: string) => issue(id)?.title ?? id,
    optionLabel,
    redLine,
    terms: (pkg: Package, issues: readonly string[]) =>
      issues.map((i) => `${issue(i)?.title ?? i}: ${optionLabel(i, pkg[i] ?? "")}`),
    exclusion: (x: Exclusion): WhyExclusion =>
      x.kind === "red-line"
        ? { kind: "red-line", text: redLine(x.redLine) }
        : {
            kind: "reservation",
            whose: `${possessive(actorName(x.actor))} reservation value`,
            utility: x.utility,
            reservation: x.reservation,
          },
  };
}

type Words = ReturnType<typeof words>;

function meetingOf(s: ValidScenario, m: MeetingZones, w: Words): WhyMeeting {
  return {
    track: m.track,
    title: s.tracks.find((t) => t.id === m.track)?.title ?? m.track,
    parties: m.actors.map((id) => ({ id, name: w.actorName(id) })),
    defaultPair: defaultParetoActors(s, m.track),
    settled: Object.entries(m.settled).map(([i, o]) => `${w.issueTitle(i)}: ${w.optionLabel(i, o)}`),
    issues: m.zones.map((z) => ({
      title: w.issueTitle(z.issue),
      zone: z.zone.map((o) => w.optionLabel(z.issue, o)),
      options: z.options.map((o) => ({
        label: w.optionLabel(z.issue, o.option),
        inZone: o.inZone,
        excludedBy: o.excludedBy.map(w.exclusion),
      })),
    })),
  };
}

function paretoOf(s: ValidScenario, f: DebriefFrontier, w: Words): ParetoModel {
  const [a, b] = f.actors;
  const at = (u: Readonly<Record<string, number>>) => ({ x: u[a] ?? 0, y: u[b] ?? 0 });
  const scored = (kind: ParetoPoint["kind"], label: string, p: ScoredPackage): ParetoPoint => ({
    kind,
    label,
    ...at(p.utilities),
    terms: w.terms(p.package, f.issues),
    crosses: (p.crosses ?? []).map(w.redLine),
  });
  const points: ParetoPoint[] = [
    ...f.frontier.map((p) => scored("frontier", "Pareto frontier", p)),
    ...f.beyondRedLines.map((p) => scored("beyond", "Beyond a red line", p)),
  ];
  const missing: string[] = [];
  if (f.nash.ok) points.push(scored("nash", "Nash point", f.nash.value));
  else missing.push(`No Nash point: ${f.nash.error.message}.`);
  if (f.kalaiSmorodinsky.ok) points.push(scored("ks", "Kalai–Smorodinsky point", f.kalaiSmorodinsky.value));
  else missing.push(`No Kalai–Smorodinsky point: ${f.kalaiSmorodinsky.error.message}.`);
  points.push({
    kind: "game",
    label: "This game",
    ...at(f.game.utilities),
    terms: w.terms(f.game.agreed, f.issues),
    crosses: f.game.crosses.map(w.redLine),
  });
  if (f.record !== null)
    points.push({
      kind: "record",
      label: "The record",
      ...at(f.record.utilities),
      terms: w.terms(f.record.agreed, f.issues),
      crosses: f.record.crosses.map(w.redLine),
    });
  points.push({
    kind: "disagreement",
    label: "No agreement (reservation values)",
    ...at(f.disagreement),
    terms: [],
    crosses: [],
  });
  return {
    track: f.track,
    meeting: s.tracks.find((t) => t.id === f.track)?.title ?? f.track,
    actors: [
      { id: a, name: w.actorName(a) },
      { id: b, name: w.actorName(b) },
    ],
    points,
    missing,
    gameDominated: f.game.dominated,
  };
}

/** The view asked for, defaults filled in: the first meeting, the meeting's first two parties. */
function resolveChoice(s: ValidScenario, choice: WhyChoice): WhyModel["view"] {
  const track = choice.track ?? s.tracks[0]?.id ?? "";
  return { track, actors: choice.actors ?? defaultParetoActors(s, track) };
}

/**
 * The debrief's "why it ended so" of a match: every meeting's zones, and the Pareto view asked for (the
 * first meeting's first two parties by default). Null should the engine refuse the state; a Pareto view the
 * engine cannot make (too many packages, a bad choice) comes back as `paretoProblem`. Costs two enumerations
 * of the meeting's packages (well under a second for the 2022 scenarios).
 */
export function whyModel(match: Match, choice: WhyChoice): WhyModel | null {
  const s = match.scenario;
  const zones = debriefZones(match.state);
  if (!zones.ok) return null;
  const w = words(s);
  const asked = resolveChoice(s, choice);
  const view = debriefFrontier(match.state, asked);
  return {
    fingerprint: stateHash(match.state),
    meetings: zones.value.map((m) => meetingOf(s, m, w)),
    view: asked,
    pareto: view.ok ? paretoOf(s, view.value, w) : null,
    paretoProblem: view.ok ? null : view.error.message,
  };
}
