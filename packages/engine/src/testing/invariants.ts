import { agreementsStand } from "./agreements.js";
import { determinism, terminates } from "./engine-invariants.js";
import type { Invariant } from "./invariant.js";
import { legalMovesAccepted } from "./legality.js";
import { saveLoadTransparent, statesPortable } from "./portability.js";
import {
  clockMonotone,
  collapsesAtTensionLimit,
  gaugesInRange,
  redLinesNeverSilentlyCrossed,
  utilitiesInRange,
} from "./state-invariants.js";

/** The invariants every scenario must satisfy, by name: what `checkScenario` runs. */
export const invariants = {
  determinism,
  terminates,
  redLinesNeverSilentlyCrossed,
  utilitiesInRange,
  gaugesInRange,
  collapsesAtTensionLimit,
  clockMonotone,
  saveLoadTransparent,
  statesPortable,
  legalMovesAccepted,
  agreementsStand,
} as const satisfies Record<string, Invariant>;

/** The name of one of the kit's {@link invariants}. */
export type InvariantName = keyof typeof invariants;
