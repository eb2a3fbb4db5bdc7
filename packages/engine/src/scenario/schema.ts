import * as z from "zod";
import { moveSchema } from "../rules/moves.js";

/**
 * The structure of a scenario file. Meaning (references between ids, date order, reachable injects) is
 * checked after this in `validate.ts`; this file says only what each field is.
 */

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "an id is lower-case letters, digits and dashes, starting with a letter")
  .max(64);
const text = z.string().min(1).max(2000);
const unit = z.number().min(0).max(1);
const percent = z.number().min(0).max(100);
/** Source keys (as listed in the scenario's `sources`) that support a fact. */
const sources = z.array(z.string().min(1).max(16)).min(1).max(20);

export const personaSchema = z.enum(["random", "boulware", "linear", "conceder", "tit-for-tat", "hardliner"]);

export const sourceSchema = z.strictObject({ key: z.string().min(1).max(16), title: text });

export const personSchema = z.strictObject({ name: text, title: text, sources });

export const actorSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(["state", "alliance", "organisation"]),
  delegation: z.array(personSchema).max(50),
  /** How much the actor cares about each issue; normalised to sum 1 by the engine. */
  weights: z.record(z.string(), z.number().min(0).max(100)),
  /** What walking away is worth to the actor, on the same 0..1 scale as its utility. */
  reservation: unit,
  persona: personaSchema,
  /** Actors whose trust falls when this actor crosses one of its red lines. */
  allies: z.array(z.string()).max(50).default([]),
  sources,
});

export const optionSchema = z.strictObject({ id, label: text, sources: sources.optional() });

export const issueSchema = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  /** Ordered from one pole to the other. */
  options: z.array(optionSchema).min(2).max(12),
  statusQuo: z.string(),
  /** Each actor's value of each option, in [0, 1]: `values[actorId][optionId]`. */
  values: z.record(z.string(), z.record(z.string(), unit)),
  sources,
});

export const demandSchema = z.strictObject({
  id,
  actor: z.string(),
  issue: z.string(),
  option: z.string(),
  addressees: z.array(z.string()).min(1).max(50),
  text,
  sources,
});

export const redLineSchema = z.strictObject({
  id,
  actor: z.string(),
  issue: z.string(),
  forbidden: z.array(z.string()).min(1).max(12),
  /** What crossing costs: utility for the actor, trust of its allies towards it, alliance cohesion. */
  price: z.strictObject({ utility: unit, trust: percent, cohesion: percent }),
  text,
  sources,
});

export const agendaItemSchema = z.strictObject({
  issue: z.string(),
  title: text.optional(),
  minutes: z.number().int().min(1).max(1440),
  sources: sources.optional(),
});

export const reportedLengthSchema = z.strictObject({
  minutes: z.number().int().min(1).max(2880),
  note: text.optional(),
  sources,
});

export const trackSchema = z.strictObject({
  id,
  title: text,
  venue: text,
  date: z.iso.date(),
  format: z.enum(["bilateral", "multilateral"]),
  /** The actor whose chair gives the floor (multilateral meetings); null for a bilateral track. */
  chair: z.string().nullable(),
  chairPerson: text.optional(),
  participants: z.array(z.string()).min(2).max(60),
  /** The chair's speakers' list; defaults to `participants`. */
  speakingOrder: z.array(z.string()).min(2).max(60).optional(),
  agenda: z.array(agendaItemSchema).min(1).max(20),
  scheduledMinutes: z.number().int().min(10).max(2880),
  maxOverrunMinutes: z.number().int().min(0).max(1440),
  /** What the record says the meeting actually took; every disagreeing source is kept. */
  reportedLength: z.array(reportedLengthSchema).max(10).default([]),
  sources,
});

export const trustSchema = z.strictObject({ from: z.string(), to: z.string(), value: percent });

export const effectSchema = z.strictObject({
  tension: z.number().min(-100).max(100).optional(),
  cohesion: z.number().min(-100).max(100).optional(),
  trust: z
    .array(z.strictObject({ from: z.string(), to: z.string(), delta: z.number().min(-100).max(100) }))
    .max(100)
    .optional(),
});

export const injectSchema = z.strictObject({
  id,
  track: z.string(),
  text,
  trigger: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("scheduled"), atMinute: z.number().int().min(0) }),
    /** Checked after every move on the track; fires at most once. */
    z.strictObject({ kind: z.literal("random"), probability: unit }),
  ]),
  effect: effectSchema,
  sources,
});

export const rulesSchema = z.strictObject({
  /** Minutes each kind of move takes, overriding the engine's defaults. */
  minutes: z.record(z.string(), z.number().int().min(1).max(240)).optional(),
  /** Trust (0..100) an actor needs towards a proposer to accept its proposal. */
  minTrustToAccept: percent.optional(),
  /** Tension at or above which a firm statement hardens the speaker. */
  hardenAt: percent.optional(),
});

export const trackOutcomeSchema = z.strictObject({
  track: z.string(),
  result: z.enum(["agreement", "partial-agreement", "no-breakthrough", "collapse"]),
  agreed: z.record(z.string(), z.string()).optional(),
  tabled: z.array(z.strictObject({ issue: z.string(), option: z.string(), by: z.string() })).optional(),
  followUp: z.boolean().optional(),
});

export const historySchema = z.strictObject({
  seed: z.union([z.string().max(200), z.number().int()]),
  moves: z.array(moveSchema).max(5000),
  outcome: z.strictObject({
    overall: z.enum(["agreement", "partial-agreement", "no-breakthrough", "collapse"]),
    tracks: z.array(trackOutcomeSchema).optional(),
    utilities: z.record(z.string(), z.number()).optional(),
  }),
  note: text.optional(),
  sources,
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  id,
  title: text,
  summary: text,
  sources: z.array(sourceSchema).min(1).max(200),
  actors: z.array(actorSchema).min(2).max(60),
  issues: z.array(issueSchema).min(1).max(30),
  demands: z.array(demandSchema).max(200).default([]),
  redLines: z.array(redLineSchema).max(200).default([]),
  tracks: z.array(trackSchema).min(1).max(20),
  injects: z.array(injectSchema).max(200).default([]),
  world: z.strictObject({
    tension: percent,
    cohesion: percent,
    /** Trust not listed in `trust` starts here. */
    defaultTrust: percent,
    trust: z.array(trustSchema).max(3600).default([]),
  }),
  rules: rulesSchema.optional(),
  history: historySchema.optional(),
});

/** A validated scenario: the plain data every other part of the engine reads. */
export type Scenario = z.infer<typeof scenarioSchema>;
export type Actor = Scenario["actors"][number];
export type Issue = Scenario["issues"][number];
export type Demand = Scenario["demands"][number];
export type RedLine = Scenario["redLines"][number];
export type Track = Scenario["tracks"][number];
export type Inject = Scenario["injects"][number];
export type History = NonNullable<Scenario["history"]>;
export type Persona = z.infer<typeof personaSchema>;
