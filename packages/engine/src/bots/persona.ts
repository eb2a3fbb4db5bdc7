import type { GameState } from "../rules/state.js";
import type { Persona } from "../vocabulary/lists.js";
import { softmaxIndex, uniformIndex } from "./choice.js";
import { addOffers } from "./offers.js";
import { outlookOf } from "./outlook.js";
import type { Policy } from "./policy.js";
import { type Style, seatPersona, styleOf } from "./style.js";
import type { PersonaOptions } from "./types.js";
import { decisionOf, valueMoves } from "./values.js";

/** Uniform over the listed moves. */
export const randomPolicy: Policy = (_sim, buf, _seat, rng) => uniformIndex(buf.count, rng);

let valueScratch = new Float64Array(64);

/** Values every listed move (and the packages it composes) with `style` and picks by softmax. */
function choose(style: Style): Policy {
  return (sim, buf, a, rng) => {
    const d = decisionOf(outlookOf(sim.ctx.c, sim.state as GameState, a), style);
    addOffers(d, sim, buf);
    if (valueScratch.length < buf.count) valueScratch = new Float64Array(buf.count * 2);
    valueMoves(d, sim, buf, valueScratch);
    return softmaxIndex(valueScratch, buf.count, style.temperature, rng);
  };
}

/**
 * The policy of a persona with its options. On a seat whose drawn type names a persona it plays that one
 * when it follows types (see `seatPersona`), with the bot's temperature and walk-out margin if they were
 * given.
 */
export function personaPolicy(persona: Persona, options: PersonaOptions = {}): Policy {
  if (persona === "random") return randomPolicy;
  const own = choose(styleOf(persona, options));
  const carried: PersonaOptions = {
    ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    ...(options.walkOutMargin === undefined ? {} : { walkOutMargin: options.walkOutMargin }),
  };
  const typed = new Map<Persona, Policy>();
  return (sim, buf, a, rng) => {
    const played = seatPersona(sim.ctx.c, sim.state as GameState, a, persona, options.followType);
    if (played === persona) return own(sim, buf, a, rng);
    if (played === "random") return randomPolicy(sim, buf, a, rng);
    let policy = typed.get(played);
    if (policy === undefined) {
      policy = choose(styleOf(played, carried));
      typed.set(played, policy);
    }
    return policy(sim, buf, a, rng);
  };
}

const defaults = new Map<Persona, Policy>();

/** The policy of a persona with default options, built once (the search's model of the other seats). */
export function defaultPolicy(persona: Persona): Policy {
  let policy = defaults.get(persona);
  if (policy === undefined) {
    policy = personaPolicy(persona);
    defaults.set(persona, policy);
  }
  return policy;
}
