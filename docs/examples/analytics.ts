// The analytics examples of docs/bots-and-analytics.md: each region below is one ```ts block of its
// "Analytics" section, word for word. tests/docs-bots-and-analytics.test.ts checks that, runs this module
// and checks each `console.log(…); // → value` line against its value; `npm run typecheck` checks its types.

// #region setup
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
// #endregion setup

// #region utilities
console.log(packageUtility(harbour, "north", { quota: "north-most" })); // → 0.85
const packages = allPackages(harbour);
if (packages.ok) console.log(packages.value.length); // → 9
if (packages.ok) console.log(packages.value[1]); // → { quota: "north-most", harbour: "joint" }
// #endregion utilities

// #region zopa
const zones = zopa(harbour);
console.log(zones.map((zone) => zone.zone)); // → [["even"], ["closed", "joint"]]
console.log(zones[1]?.options[2]?.excludedBy); // → [{ kind: "red-line", actor: "north", redLine: "no-south-harbour" }]

// A tougher Southland, who wants 0.25, leaves no quota everyone accepts with the harbour closed.
const tougher = {
  ...harbour,
  actors: harbour.actors.map((a) => (a.id === "south" ? { ...a, reservation: 0.25 } : a)),
};
console.log(zopa(tougher)[0]?.why); // → "no option is acceptable to all: north-most (south's reservation value (0.25 > 0.075)), even (south's reservation value (0.25 > 0.2)), south-most (north's reservation value (0.2 > 0.1))"
// #endregion zopa

// #region pareto
const frontier = paretoFrontier(harbour);
if (frontier.ok) console.log(frontier.value.map((p) => [p.utilities.north, p.utilities.south])); // → [[0.95, 0.45], [0.75, 0.75], [0.375, 0.875], [0, 1]]
// #endregion pareto

// #region nash
const nash = nashPoint(harbour);
if (nash.ok) console.log(nash.value.package); // → { quota: "north-most", harbour: "south-run" }
if (nash.ok) console.log(nash.value.product); // → 0.3025
const withinRedLines = nashPoint(harbour, { respectRedLines: true });
if (withinRedLines.ok) console.log(withinRedLines.value.package); // → { quota: "north-most", harbour: "joint" }

const greedy = { ...harbour, actors: harbour.actors.map((a) => ({ ...a, reservation: 0.8 })) };
const none = nashPoint(greedy);
if (!none.ok) console.log(none.error.code); // → "no-individually-rational-package"
// #endregion nash

// #region kalai-smorodinsky
const ks = kalaiSmorodinskyPoint(harbour);
if (ks.ok) console.log(ks.value.ideal); // → { north: 0.95, south: 0.875 }
if (ks.ok) console.log(ks.value.package); // → { quota: "north-most", harbour: "south-run" }
// Within the red lines, two packages tie at 0.5; the one with the greater welfare wins.
const ksWithinRedLines = kalaiSmorodinskyPoint(harbour, { respectRedLines: true });
if (ksWithinRedLines.ok) console.log(ksWithinRedLines.value.ratios); // → { north: 1, south: 0.5 }
// #endregion kalai-smorodinsky

// #region welfare
const best = maxWelfare(harbour);
if (best.ok) console.log(best.value.welfare); // → 1.5
// #endregion welfare

// #region outcome
const game = outcomeAnalysis(harbour, {
  agreed: { quota: "even", harbour: "joint" },
  utilities: { north: 0.575, south: 0.575 },
});
if (game.ok) console.log(game.value.dominated); // → true
if (game.ok) console.log(game.value.distanceToFrontier.toFixed(4)); // → "0.2475"
if (game.ok) console.log(game.value.welfare); // → 1.15
// #endregion outcome

// #region analyze
const report = analyze(harbour);
if (report.ok) console.log(Object.keys(report.value)); // → ["actors", "respectRedLines", "packages", "disagreement", "zopa", "frontier", "nash", "kalaiSmorodinsky", "maxWelfare", "record"]
if (report.ok) console.log(report.value.frontier.length); // → 4
// #endregion analyze
