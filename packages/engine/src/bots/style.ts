import type { CompiledScenario } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import type { Persona } from "../vocabulary/lists.js";
import type { PersonaOptions } from "./types.js";

/** How a persona negotiates: the numbers its move values are made of (docs/bots-and-analytics.md). */
export interface Style {
  readonly persona: Persona;
  /** Concession exponent of its aspiration (Faratin's `e`). */
  readonly exponent: number;
  /** Softmax temperature of its choice. */
  readonly temperature: number;
  /** How much more than it can still hope for walking out must be worth before it walks out. */
  readonly margin: number;
  /** Never lowers its aspiration on an issue it has a demand on (the hardliner). */
  readonly insists: boolean;
  /** Answers the others' last move in kind instead of conceding with time (tit-for-tat). */
  readonly reciprocal: boolean;
  /** Its liking for firm statements (below 0: it avoids them). */
  readonly firmness: number;
  /** Rejects what it will not take rather than only countering it. */
  readonly rejects: boolean;
  /** Offers confidence-building measures when the others trust it too little to accept. */
  readonly buildsTrust: boolean;
  /** Proposes the parties' bargain rather than its own terms (the mediator). */
  readonly mediates: boolean;
  /** The mediator's bargain. */
  readonly bargain: "nash" | "kalai-smorodinsky";
}

const BASE = {
  temperature: 0.1,
  margin: 0.05,
  insists: false,
  reciprocal: false,
  firmness: -0.05,
  rejects: false,
  buildsTrust: true,
  mediates: false,
  bargain: "nash",
} as const;

/** Every persona's default style (`random` plays uniformly and reads none of it). */
export const PERSONA_STYLES: Readonly<Record<Persona, Style>> = Object.freeze({
  random: { ...BASE, persona: "random", exponent: 1 },
  boulware: { ...BASE, persona: "boulware", exponent: 0.2 },
  linear: { ...BASE, persona: "linear", exponent: 1 },
  conceder: { ...BASE, persona: "conceder", exponent: 3, temperature: 0.12 },
  "tit-for-tat": { ...BASE, persona: "tit-for-tat", exponent: 1, reciprocal: true, temperature: 0.08 },
  hardliner: {
    ...BASE,
    persona: "hardliner",
    exponent: 0.1,
    temperature: 0.08,
    insists: true,
    firmness: 0.3,
    rejects: true,
    buildsTrust: false,
  },
  mediator: { ...BASE, persona: "mediator", exponent: 1, mediates: true, temperature: 0.06 },
});

/** Every persona's default softmax temperature. */
export const PERSONA_TEMPERATURES: Readonly<Record<Persona, number>> = Object.freeze(
  Object.fromEntries(Object.entries(PERSONA_STYLES).map(([p, style]) => [p, style.temperature])) as Record<
    Persona,
    number
  >,
);

/** A persona's style with the bot's options over its defaults. */
export function styleOf(persona: Persona, options: PersonaOptions): Style {
  const base = PERSONA_STYLES[persona];
  return {
    ...base,
    exponent: options.exponent ?? base.exponent,
    temperature: options.temperature ?? base.temperature,
    margin: options.walkOutMargin ?? base.margin,
    bargain: options.bargain ?? base.bargain,
  };
}

/**
 * The persona the seat plays: its drawn type's, when the type names one and the bot follows types
 * (`followType`, by default when the bot is the actor's scenario persona), else the bot's own. An actor
 * knows its own type, so this reads only what the seat may see.
 */
export function seatPersona(
  c: CompiledScenario,
  s: GameState,
  a: number,
  own: Persona,
  followType: boolean | undefined,
): Persona {
  const actor = c.scenario.actors[a];
  const t = s.types[a] ?? -1;
  if (actor === undefined || t < 0) return own;
  const typed = actor.types[t]?.persona;
  if (typed === undefined || !(followType ?? actor.persona === own)) return own;
  return typed;
}

/** Every persona's default concession exponent. */
export const DEFAULT_EXPONENTS: Readonly<Record<Persona, number>> = Object.freeze(
  Object.fromEntries(Object.entries(PERSONA_STYLES).map(([p, style]) => [p, style.exponent])) as Record<
    Persona,
    number
  >,
);
