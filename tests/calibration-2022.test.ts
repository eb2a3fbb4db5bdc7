import { describe, expect, it } from "vitest";
import { type Calibration, calibrate } from "../scripts/2022/calibration.js";
import { MEETING_FILES, WEEK_FILE } from "../scripts/2022/derive.js";
import { loadScenario } from "./support/scenarios.js";

/**
 * The calibration of the January 2022 scenarios (docs/scenarios-2022.md, "Calibration"), on fewer seeds than
 * the full run of scripts/calibrate-2022.ts (1,000 per scenario): with the default bots, the recorded outcome
 * class (no breakthrough, no follow-up) is the most frequent, at 50 to 85 %; at least two other classes occur;
 * enlargement is never agreed without a crossed red line; the meetings' lengths overlap the reported ones.
 */

const CASES = [
  ...Object.values(MEETING_FILES).map((file) => ({ file, seeds: 60 })),
  { file: WEEK_FILE, seeds: 30 },
];

describe.each(CASES)("$file", ({ file, seeds }) => {
  const scenario = loadScenario(file);
  const figures = calibrate(
    scenario,
    Array.from({ length: seeds }, (_, i) => i + 1),
  );
  const c = (): Calibration => {
    if (typeof figures === "string") throw new Error(figures);
    return figures;
  };

  it("makes the recorded class the most frequent, at 50 to 85 %", () => {
    const [top] = c().classes;
    expect(c().recorded).toBe("no-breakthrough");
    expect(top?.label).toBe(c().recorded);
    expect(top?.share).toBeGreaterThanOrEqual(0.5);
    expect(top?.share).toBeLessThanOrEqual(0.85);
  });

  it("lets at least two other classes happen", () => {
    expect(c().classes.length).toBeGreaterThanOrEqual(3);
  });

  it("never agrees on enlargement without a crossed red line", () => {
    expect(c().enlargementWithoutCrossing).toBe(0);
  });

  it("plays meetings whose lengths overlap the reported ones", () => {
    for (const track of c().tracks) {
      if (track.reported === null || track.played === 0) continue;
      expect(track.minutes.max, track.track).toBeGreaterThanOrEqual(track.reported[0]);
      expect(track.minutes.min, track.track).toBeLessThanOrEqual(track.reported[1]);
    }
  });
});
