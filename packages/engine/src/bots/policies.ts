import type { Persona } from "../scenario/schema.js";
import {
  DEFAULT_EXPONENTS,
  DEFAULT_WALK_OUT_MARGIN,
  hardlinerPolicy,
  randomPolicy,
  timeDependentPolicy,
  titForTatPolicy,
} from "./persona.js";
import type { Policy } from "./shared.js";
import type { PersonaOptions } from "./types.js";

/** The policy of a persona with its options (defaults where they are left out). */
export function personaPolicy(persona: Persona, options: PersonaOptions = {}): Policy {
  const margin = options.walkOutMargin ?? DEFAULT_WALK_OUT_MARGIN;
  switch (persona) {
    case "random":
      return randomPolicy;
    case "boulware":
    case "linear":
    case "conceder":
      return timeDependentPolicy(options.exponent ?? DEFAULT_EXPONENTS[persona], margin);
    case "hardliner":
      return hardlinerPolicy(options.exponent ?? DEFAULT_EXPONENTS.hardliner, margin);
    case "tit-for-tat":
      return titForTatPolicy(margin);
  }
}

const defaultPolicies = new Map<Persona, Policy>();

/** The policy of a persona with default options, built once. */
export function defaultPolicy(persona: Persona): Policy {
  let policy = defaultPolicies.get(persona);
  if (policy === undefined) {
    policy = personaPolicy(persona);
    defaultPolicies.set(persona, policy);
  }
  return policy;
}
