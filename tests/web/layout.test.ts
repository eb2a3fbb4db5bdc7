import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { TableModel } from "../../packages/web/src/models/index.js";
import { layoutTable } from "../../packages/web/src/scene/layout.js";
import { runs } from "../support/scenarios.js";

/** Just enough of a table for the layout: the seats, the format and the chair. */
function table(seats: number, format: "bilateral" | "multilateral"): TableModel {
  const ids = Array.from({ length: seats }, (_, i) => `actor-${i}`);
  return {
    meeting: { format, chair: format === "bilateral" ? null : "actor-0" },
    seats: ids.map((id) => ({ id })),
  } as unknown as TableModel;
}

describe("the table's layout", () => {
  test.prop(
    [
      fc.integer({ min: 360, max: 2400 }),
      fc.integer({ min: 320, max: 1400 }),
      fc.oneof(fc.constant(2), fc.integer({ min: 3, max: 6 })),
    ],
    { numRuns: runs(300) },
  )(
    "keeps every nameplate of up to six delegations on the canvas, clear of the others",
    (width, height, seats) => {
      const format = seats === 2 ? "bilateral" : "multilateral";
      const L = layoutTable(table(seats, format), width, height);
      expect(L.seats.size).toBe(seats);
      const plates = [...L.seats.values()].map(({ plate }) => ({
        left: plate.x - L.plate.width / 2,
        right: plate.x + L.plate.width / 2,
        top: plate.y - L.plate.height / 2,
        bottom: plate.y + L.plate.height / 2,
      }));
      for (const p of plates) {
        expect(p.left).toBeGreaterThanOrEqual(0);
        expect(p.right).toBeLessThanOrEqual(width);
        expect(p.top).toBeGreaterThanOrEqual(0);
        expect(p.bottom).toBeLessThanOrEqual(L.agenda.y);
      }
      for (let i = 0; i < plates.length; i++) {
        for (let j = i + 1; j < plates.length; j++) {
          const a = plates[i];
          const b = plates[j];
          if (a === undefined || b === undefined) continue;
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `plates ${i} and ${j} overlap at ${width}×${height}`).toBe(true);
        }
      }
    },
  );
});
