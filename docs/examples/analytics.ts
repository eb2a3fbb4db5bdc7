// The analytics examples of docs/bots-and-analytics.md: each region below is one ```ts block of its
// "Analytics" section, word for word. tests/docs-bots-and-analytics.test.ts checks that, runs this module
// and checks each `console.log(…); // → value` line against its value; `npm run typecheck` checks its types.

// #region part-1
import {
  type AnalysisScenario,
  allPackages,
  analyze,
  kalaiSmorodinskyPoint,
  maxWelfare,
  nashPoint,
  outcomeAnalysis,
  packageUtility,
  paretoFrontier,
  scoredPackages,
  zopa,
} from "@parley/engine";

// Two neighbours; Northland cares most about the fishing quota, Southland about the harbour.
const harbour: AnalysisScenario = {
  actors: [
    { id: "north", weights: { quota: 3, harbour: 1 }, reservation: 0.2 },
    { id: "south", weights: { quota: 1, harbour: 3 }, reservation: 0.2 },
  ],
  issues: [
    {
      id: "quota",
      options: [{ id: "north-most" }, { id: "even" }, { id: "south-most" }],
      statusQuo: "even",
      values: {
        north: { "north-most": 1, even: 0.5, "south-most": 0 },
        south: { "north-most": 0, even: 0.5, "south-most": 1 },
      },
    },
    {
      id: "harbour",
      options: [{ id: "closed" }, { id: "joint" }, { id: "south-run" }],
      statusQuo: "closed",
      values: {
        north: { closed: 0.4, joint: 0.8, "south-run": 0 },
        south: { closed: 0.1, joint: 0.6, "south-run": 1 },
      },
    },
  ],
  redLines: [{ id: "no-south-harbour", actor: "north", issue: "harbour", forbidden: ["south-run"] }],
};
// #endregion part-1

// #region part-2
console.log(packageUtility(harbour, "north", { quota: "north-most" })); // → 0.85
const packages = allPackages(harbour);
if (packages.ok) console.log(packages.value.length); // → 6
if (packages.ok) console.log(packages.value[1]); // → { quota: "north-most", harbour: "joint" }
// #endregion part-2

// #region part-3
const zones = zopa(harbour);
console.log(zones.map((zone) => zone.zone)); // → [["even"], ["closed", "joint"]]
console.log(zones[1]?.options[2]?.excludedBy); // → [{ kind: "red-line", actor: "north", redLine: "no-south-harbour" }]

// A tougher Southland, who wants 0.25, leaves no quota everyone accepts with the harbour closed.
const tougher = {
  ...harbour,
  actors: harbour.actors.map((a) => (a.id === "south" ? { ...a, reservation: 0.25 } : a)),
};
console.log(zopa(tougher)[0]?.why); // → "no option is acceptable to all: north-most (south's reservation value (0.25 > 0.075)), even (south's reservation value (0.25 > 0.2)), south-most (north's reservation value (0.2 > 0.1))"
// #endregion part-3

// #region part-4
const frontier = paretoFrontier(harbour);
if (frontier.ok) console.log(frontier.value.map((p) => [p.utilities.north, p.utilities.south])); // → [[0.95, 0.45], [0.575, 0.575], [0.2, 0.7]]
const ignoring = paretoFrontier(harbour, { redLines: "ignore" });
if (ignoring.ok) console.log(ignoring.value.map((p) => [p.utilities.north, p.utilities.south])); // → [[0.95, 0.45], [0.75, 0.75], [0.375, 0.875], [0, 1]]
// #endregion part-4

// #region part-5
const nash = nashPoint(harbour);
if (nash.ok) console.log(nash.value.package); // → { quota: "north-most", harbour: "joint" }
if (nash.ok) console.log(nash.value.product); // → 0.1875
const acrossRedLines = nashPoint(harbour, { redLines: "ignore" });
if (acrossRedLines.ok) console.log(acrossRedLines.value.package); // → { quota: "north-most", harbour: "south-run" }

const greedy = { ...harbour, actors: harbour.actors.map((a) => ({ ...a, reservation: 0.8 })) };
const none = nashPoint(greedy);
if (!none.ok) console.log(none.error.code); // → "no-individually-rational-package"
// #endregion part-5

// #region part-6
const ks = kalaiSmorodinskyPoint(harbour);
if (ks.ok) console.log(ks.value.ideal); // → { north: 0.95, south: 0.7 }
// Two packages tie at 0.5; the one with the greater welfare wins.
if (ks.ok) console.log(ks.value.ratios); // → { north: 1, south: 0.5 }
const ksAcross = kalaiSmorodinskyPoint(harbour, { redLines: "ignore" });
if (ksAcross.ok) console.log(ksAcross.value.ideal); // → { north: 0.95, south: 0.875 }
// #endregion part-6

// #region part-7
const best = maxWelfare(harbour);
if (best.ok) console.log(best.value.welfare); // → 1.4
// #endregion part-7

// #region part-8
const game = { agreed: { quota: "even", harbour: "joint" }, utilities: { north: 0.575, south: 0.575 } };
const within = outcomeAnalysis(harbour, game);
if (within.ok) console.log(within.value.dominated); // → false
const across = outcomeAnalysis(harbour, game, { redLines: "ignore" });
if (across.ok) console.log(across.value.dominated); // → true
if (across.ok) console.log(across.value.distanceToFrontier.toFixed(4)); // → "0.2475"
if (across.ok) console.log(across.value.welfare); // → 1.15
// #endregion part-8

// #region part-9
const report = analyze(harbour);
if (report.ok) console.log(Object.keys(report.value)); // → ["actors", "track", "issues", "fixed", "redLines", "types", "packages", "limits", "disagreement", "zopa", "frontier", "nash", "kalaiSmorodinsky", "maxWelfare", "ignoringRedLines", "record"]
if (report.ok) console.log(report.value.frontier.length); // → 3
// #endregion part-9

// #region part-10
const talks: AnalysisScenario = {
  ...harbour,
  actors: harbour.actors.map((a) =>
    a.id === "south" ? { ...a, types: [{ id: "port-first", weights: { harbour: 1 }, reservation: 0.3 }] } : a,
  ),
  tracks: [{ id: "harbour-talks", agenda: [{ issue: "harbour" }], participants: ["north", "south"] }],
};
const meeting = analyze(talks, { track: "harbour-talks" });
if (meeting.ok) console.log([meeting.value.issues, meeting.value.fixed, meeting.value.packages]); // → [["harbour"], { quota: "even" }, 2]
const revealed = nashPoint(talks, { track: "harbour-talks", types: { south: "port-first" } });
if (revealed.ok) console.log(revealed.value.utilities); // → { north: 0.575, south: 0.6 }

const marked = analyze(harbour, { redLines: "mark" });
if (marked.ok)
  console.log(marked.value.ignoringRedLines?.nash.ok && marked.value.ignoringRedLines.nash.value.crosses); // → ["no-south-harbour"]
const map = scoredPackages(harbour, { redLines: "mark" });
if (map.ok) console.log(map.value.filter((p) => p.crosses?.length).length); // → 3
// #endregion part-10

// #region part-11
const bad = paretoFrontier(harbour, { maxPackages: Number.NaN });
if (!bad.ok) console.log(bad.error.message); // → "maxPackages must be a whole number from 1 to 1000000, not NaN"
const tooMany = paretoFrontier(harbour, { maxPackages: 5 });
if (!tooMany.ok) console.log(tooMany.error.code); // → "too-many-packages"
// #endregion part-11
