import type { Scenario } from "../scenario/schema.js";

/**
 * How the engine names the scenario's things in English: actors (with who speaks for them at a meeting),
 * issues, options, red lines. Unknown ids are shown as they are, so that wording never fails.
 */

/** The actor's name, e.g. "Russia". */
export function actorName(s: Scenario, id: string): string {
  return s.actors.find((a) => a.id === id)?.name ?? id;
}

/** Who leads the actor's delegation at a meeting (its own delegation there, or its usual one), if anyone. */
export function headOfDelegation(s: Scenario, actorId: string, trackId: string | null): string | null {
  const track = trackId === null ? undefined : s.tracks.find((t) => t.id === trackId);
  const here =
    track !== undefined && Object.hasOwn(track.delegations, actorId) ? track.delegations[actorId] : undefined;
  const people = here ?? s.actors.find((a) => a.id === actorId)?.delegation ?? [];
  return people[0]?.name ?? null;
}

/** The actor as a speaker at a meeting: "Russia (Alexander Grushko)". */
export function speakerName(s: Scenario, actorId: string, trackId: string | null): string {
  const head = headOfDelegation(s, actorId, trackId);
  const name = actorName(s, actorId);
  return head === null ? name : `${name} (${head})`;
}

/** The actor's name as a possessive: "Russia's", "the United States'" (a name ending in s takes only the apostrophe). */
export function possessive(s: Scenario, id: string): string {
  const name = actorName(s, id);
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/** The issue's title. */
export function issueTitle(s: Scenario, id: string): string {
  return s.issues.find((i) => i.id === id)?.title ?? id;
}

/** The option's label. */
export function optionLabel(s: Scenario, issue: string, option: string): string {
  return s.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

/** A red line in words (its text). */
export function redLineText(s: Scenario, id: string): string {
  return s.redLines.find((r) => r.id === id)?.text ?? id;
}

/** Terms in words: "‘Hotlines’ on Risk reduction and ‘Reciprocal limits’ on Missiles". */
export function termsText(s: Scenario, terms: Readonly<Record<string, string>>): string {
  const parts = Object.entries(terms).map(
    ([issue, option]) => `‘${optionLabel(s, issue, option)}’ on ${issueTitle(s, issue)}`,
  );
  if (parts.length <= 1) return parts[0] ?? "nothing";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** Issues in words: "Risk reduction and Missiles". */
export function issuesText(s: Scenario, issues: readonly string[]): string {
  const titles = issues.map((i) => issueTitle(s, i));
  if (titles.length <= 1) return titles[0] ?? "nothing";
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}
