import { fc } from "@fast-check/vitest";
import { DEFAULT_MINUTES, outcome, replay, type ValidScenario } from "@parley/engine";
import {
  arbGuidedPlay,
  arbLegalPlay,
  checkScenario,
  guidedPlay,
  type Invariant,
  type Play,
  throughout,
} from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { full, loadScenario } from "./support/scenarios.js";

/**
 * The kit reaches agreements (issue 11, point 6). Uniform random plays almost never do: an agreement needs
 * delegations to propose, concede, build trust and accept, in the right order, within the minutes of one
 * agenda item. So a deliberately false property, "issue X is never agreed", must fail within 100 runs of
 * `checkScenario` (its default plays mix in plays guided towards agreements) on every shipped scenario
 * where the kit's guide reaches X; and where the bound below says an agreement cannot be reached, that is
 * shown, not assumed.
 *
 * Which issues can be agreed: a replay in which X is agreed proves that X can be. `often` lists, per
 * scenario, issues the kit agrees within 100 runs; `rarely` those it agrees in about one guided play in a
 * hundred or fewer (at the NATO–Russia Council the agenda items are 10 to 20 minutes long, so the guide's
 * concessions come too late; in the security week enlargement needs concessions carried from Geneva): they
 * are checked with more runs under PARLEY_FULL=1 (scripts/properties-full.sh). By default one issue of `often`
 * per scenario is checked, the rest under PARLEY_FULL=1. For the scenarios of one meeting that negotiates
 * agenda items one at a time (the OSCE Permanent Council), a lower bound on the minutes an agreement takes
 * ({@link earliestAgreement}) allows every issue the kit agrees, and the others it allows are named. Where items and packages are both
 * negotiated (Geneva, the NATO–Russia Council), concessions may come before an item, so the bound does not
 * apply; nor in the security week, where positions carry from one meeting to the next.
 */
const SHIPPED: readonly {
  readonly file: string;
  readonly often: readonly string[];
  readonly rarely: readonly string[];
  /** Issues the minutes allow but no guided play reaches (checked on 1,500): what the bound does not count. */
  readonly unreached?: readonly string[];
}[] = [
  {
    file: "scenarios/2022-01-10-geneva-strategic-stability.json",
    often: ["intermediate-missiles", "exercises-transparency", "enlargement"],
    rarely: [],
  },
  { file: "scenarios/2022-01-12-nato-russia-council.json", often: [], rarely: ["risk-reduction"] },
  {
    file: "scenarios/2022-01-13-osce-permanent-council.json",
    often: ["indivisible-security", "osce-dialogue"],
    rarely: [],
    // Its item is long enough, but the bound counts minutes only, not what the delegations will accept.
    unreached: ["de-escalation"],
  },
  {
    file: "scenarios/2022-01-security-week.json",
    often: ["intermediate-missiles", "exercises-transparency", "risk-reduction"],
    rarely: ["enlargement"],
  },
];

/**
 * Runs within which a false property about an issue the kit agrees only rarely must fail, on guided plays
 * with up to 30 deviations.
 */
const RARE_RUNS = 2000;

/** The false property: issue X is never agreed. */
const neverAgreed = (issue: string): Invariant =>
  throughout((state) => (outcome(state).agreed[issue] === undefined ? null : `'${issue}' was agreed`));

/**
 * A lower bound on the minutes an agenda item must run before the acceptance that agrees option `o` of its
 * issue, in a meeting that negotiates `items` and is the scenario's only one (so every position starts at
 * its actor's best option, and moves only by concessions on the item while it is current): each party must
 * concede down to `o` (one concession per value level above it), someone must propose it, and every party
 * but the proposer must accept, the last acceptance included. Red lines, trust and the other delegations'
 * turns only add to it. `Infinity` when an actor absent from the meeting forbids `o` (nobody there can cross
 * that red line). The item ends once its minutes are used up, so `o` can be agreed only if this bound,
 * less the last acceptance, is below the item's minutes.
 */
function earliestAgreement(scenario: ValidScenario, issueId: string, option: string): number {
  const track = scenario.tracks[0];
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (track === undefined || issue === undefined) throw new Error(`no track or no issue '${issueId}'`);
  const minutes = { ...DEFAULT_MINUTES, ...scenario.rules?.minutes };
  const parties = track.parties ?? track.participants;
  const absentVeto = scenario.redLines.some(
    (r) => r.issue === issueId && r.forbidden.includes(option) && !track.participants.includes(r.actor),
  );
  if (absentVeto) return Number.POSITIVE_INFINITY;
  let total = Math.min(minutes.propose, minutes.counter) + (parties.length - 1) * minutes.accept;
  for (const party of parties) {
    const values = Object.values(issue.values[party] ?? {});
    const target = issue.values[party]?.[option] ?? 0;
    total += new Set(values.filter((v) => v > target)).size * minutes.concede;
  }
  return total;
}

/** That the false property about `issue` fails within `numRuns` runs, with a replay in which it is agreed. */
function expectAgreedWithin(
  scenario: ValidScenario,
  issue: string,
  numRuns: number,
  plays?: fc.Arbitrary<Play>,
): void {
  const checked = checkScenario(scenario, {
    numRuns,
    seed: 11,
    invariants: { [`'${issue}' is never agreed`]: neverAgreed(issue) },
    history: false,
    ...(plays === undefined ? {} : { plays }),
  });
  expect(checked.ok).toBe(true);
  const [failure] = checked.ok ? checked.value : [];
  expect(failure?.numRuns).toBeLessThanOrEqual(numRuns);
  // The replay is a real game in which the issue is agreed.
  const game = failure === undefined ? null : replay(scenario, failure.replay);
  expect(game?.ok && outcome(game.value).agreed[issue]).toEqual(expect.any(String));
}

describe("the kit reaches agreements where they can be reached", () => {
  for (const { file, often, rarely } of SHIPPED) {
    const scenario = loadScenario(file);

    for (const issue of full() ? often : often.slice(0, 1)) {
      it(`${scenario.id}: the false property "'${issue}' is never agreed" fails within 100 runs`, () => {
        expectAgreedWithin(scenario, issue, 100);
      });
    }
    if (!full()) continue;
    for (const issue of rarely) {
      it(`${scenario.id}: the false property "'${issue}' is never agreed" fails within ${RARE_RUNS} runs`, () => {
        // Guided plays that leave the guide more often: the rare agreements need moves it does not make.
        const plays = arbGuidedPlay(scenario, { maxDeviations: 30, exclude: ["walk-out"] });
        expectAgreedWithin(scenario, issue, RARE_RUNS, plays);
      });
    }
  }

  for (const { file, often, rarely, unreached = [] } of SHIPPED) {
    const scenario = loadScenario(file);
    const [track] = scenario.tracks;
    if (scenario.tracks.length !== 1 || track === undefined || track.negotiation !== "items") continue;

    it(`${scenario.id}: the issues whose agenda items are long enough for an agreement are those the kit agrees, and those named`, () => {
      const issues = track.agenda.map((item) => item.issue);
      expect(new Set(issues).size).toBe(issues.length);
      const possible = track.agenda.filter((item) => {
        const options = scenario.issues.find((i) => i.id === item.issue)?.options ?? [];
        const soonest = Math.min(...options.map((o) => earliestAgreement(scenario, item.issue, o.id)));
        return soonest - DEFAULT_MINUTES.accept < item.minutes;
      });
      expect(possible.map((item) => item.issue).sort()).toEqual([...often, ...rarely, ...unreached].sort());
    });
  }

  it("the bound is checked on some shipped scenario", () => {
    const checked = SHIPPED.map(({ file }) => loadScenario(file)).filter(
      (s) => s.tracks.length === 1 && s.tracks[0]?.negotiation === "items",
    );
    expect(checked.length).toBeGreaterThan(0);
  });

  it("guided plays reach agreements that uniform plays almost never reach", () => {
    const geneva = loadScenario("scenarios/2022-01-10-geneva-strategic-stability.json");
    const agreed = (plays: fc.Arbitrary<{ seed: string; moves: readonly unknown[] }>) =>
      fc.sample(plays, { numRuns: 40, seed: 5 }).filter((play) => {
        const game = replay(geneva, play);
        return game.ok && Object.keys(outcome(game.value).agreed).length > 0;
      }).length;
    const guided = agreed(arbGuidedPlay(geneva));
    const uniform = agreed(arbLegalPlay(geneva, { toEnd: true, exclude: ["walk-out"] }));
    expect(guided).toBeGreaterThanOrEqual(20);
    expect(uniform).toBeLessThan(guided / 4);
  });

  it("a guided play with no deviation is the guide's own game, and deviations change it", () => {
    const nrc = loadScenario("scenarios/2022-01-12-nato-russia-council.json");
    const own = guidedPlay(nrc, "0", []);
    expect(guidedPlay(nrc, "0", [])).toEqual(own);
    const deviated = guidedPlay(nrc, "0", [{ at: 0, choice: 1 }]);
    expect(deviated.moves[0]).not.toEqual(own.moves[0]);
    expect(replay(nrc, deviated).ok).toBe(true);
  });
});
