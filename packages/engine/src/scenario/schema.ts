import * as z from "zod";
import {
  ISSUE_KINDS,
  NEGOTIATION_MODES,
  PERSONAS,
  type Persona,
  RESULT_KINDS,
  WALK_OUT_EFFECTS,
} from "../vocabulary/lists.js";
import { moveSchema } from "../vocabulary/moves.js";

/**
 * The structure of a scenario file, format 2. Meaning (references between ids, date order, reachable
 * injects) is checked after this in `validate.ts`; this file says only what each field is. Format-1 files
 * are read with `format1.ts` and migrated (`migrate.ts`).
 */

/** The scenario format this engine writes; it also reads format 1 and migrates it. */
export const SCENARIO_FORMAT = 2;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "an id is lower-case letters, digits and dashes, starting with a letter")
  .max(64)
  .describe(
    'An id: lower-case letters, digits and dashes, starting with a letter (e.g. "nato-enlargement").',
  );
const text = z.string().min(1).max(2000);
const unit = z.number().min(0).max(1);
const percent = z.number().min(0).max(100);
/** Source keys (as listed in the scenario's `sources`) that support a fact. */
const sources = z
  .array(z.string().min(1).max(16))
  .min(1)
  .max(20)
  .describe("Keys of the scenario's `sources` that support this fact (at least one).");

/** The default behaviours (bots) a scenario can give an actor. */
export const personaSchema = z.enum(PERSONAS).describe("How the actor's bot negotiates by default.");

export const sourceSchema = z
  .strictObject({
    key: z.string().min(1).max(16).describe('Short key cited by `sources` lists elsewhere, e.g. "S1".'),
    title: text.describe("The source: author, title, publisher, date, address."),
  })
  .describe("A document the scenario's facts come from.");

export const personSchema = z
  .strictObject({ name: text.describe("The person's name."), title: text.describe("Their office."), sources })
  .describe("A member of a delegation.");

/** A closed interval of values in [0, 1]. */
export const rangeSchema = z
  .strictObject({ min: unit.describe("Lowest value."), max: unit.describe("Highest value.") })
  .describe("A range of values, 0..1, min ≤ max.");

/** What a walk-out costs the one who walks out. */
export const walkOutCostSchema = z
  .strictObject({
    utility: unit.describe("Utility the actor loses (reputation, the process it gives up), 0..1."),
    trust: percent.describe("Trust every other participant loses in it, 0..100."),
    tension: percent.describe("Tension added, 0..100."),
  })
  .describe("What a walk-out costs.");

/** One private type an actor may be (a coercive bargainer, a deal-seeker…). */
export const actorTypeSchema = z
  .strictObject({
    id: id.describe("The type's id, unique within the actor."),
    title: text.describe("The type's name as players read it once revealed."),
    description: text.optional().describe("How an actor of this type negotiates."),
    probability: z.number().gt(0).max(1).describe("Chance that the actor is of this type in a game."),
    reservation: unit.optional().describe("The actor's reservation value when of this type."),
    reservationRange: rangeSchema
      .optional()
      .describe("A range the reservation is drawn from, for this type."),
    weights: z
      .record(z.string(), z.number().min(0).max(100))
      .optional()
      .describe("The actor's weights per issue when of this type, replacing its own."),
    persona: personaSchema.optional().describe("The actor's default bot when of this type."),
    sources,
  })
  .describe("A hidden type an actor may be, drawn per game.");

export const actorSchema = z.strictObject({
  id: id.describe("The actor's id, used wherever the scenario refers to it."),
  name: text.describe("The actor's name as players read it."),
  kind: z.enum(["state", "alliance", "organisation"]).describe("What sort of party the actor is."),
  delegation: z.array(personSchema).max(50).describe("The people who speak for the actor."),
  /** How much the actor cares about each issue; normalised to sum 1 by the engine. */
  weights: z
    .record(z.string(), z.number().min(0).max(100))
    .describe(
      "How much the actor cares about each issue, by issue id (0..100; normalised by the engine). An actor that weights no issue cares about all equally.",
    ),
  /** What walking away is worth to the actor, on the same 0..1 scale as its utility. */
  reservation: unit.describe("What walking away is worth to the actor, 0..1, on the scale of its utility."),
  persona: personaSchema,
  /** Actors whose trust falls when this actor crosses one of its red lines. */
  allies: z
    .array(z.string())
    .max(50)
    .default([])
    .describe(
      "Ids of the actor's allies (bound by a treaty, e.g. NATO's Article 5): their trust falls when it crosses one of its red lines, and countering or rejecting an ally's proposal costs cohesion.",
    ),
  partners: z
    .array(z.string())
    .max(50)
    .default([])
    .describe(
      "Ids of actors it works with but is not allied to (e.g. a NATO partner country): their trust falls when it crosses one of its red lines.",
    ),
  reservationRange: rangeSchema
    .optional()
    .describe(
      "If given, each game draws the actor's real reservation uniformly from this range; `reservation` is then what others expect.",
    ),
  types: z
    .array(actorTypeSchema)
    .max(12)
    .default([])
    .describe(
      "Private types the actor may be, one drawn per game by probability (the probabilities sum to 1). Empty: no hidden type.",
    ),
  visibility: z
    .strictObject({
      type: z
        .enum(["public", "private"])
        .default("private")
        .describe("Whether the drawn type is known to all."),
      reservation: z
        .enum(["public", "private"])
        .default("private")
        .describe("Whether the real reservation value is known to all."),
    })
    .default({ type: "private", reservation: "private" })
    .describe("What the other seats may see of the actor's hidden information."),
  walkOutCost: walkOutCostSchema
    .optional()
    .describe("What walking out costs this actor, overriding the scenario's rules."),
  sources,
});

export const optionSchema = z
  .strictObject({
    id: id.describe("The option's id, unique within its issue."),
    label: text.describe("What the option means, in a few words."),
    sources: sources.optional(),
  })
  .describe("One way an issue could be settled.");

export const issueSchema = z.strictObject({
  id: id.describe("The issue's id, used by agenda items, demands, red lines and weights."),
  title: text.describe("The issue's name."),
  description: text.optional().describe("What is at stake."),
  kind: z
    .enum(ISSUE_KINDS)
    .default("substance")
    .describe(
      "substance: what a settlement says; process: agreeing to talk (more meetings, written answers, talks on a topic).",
    ),
  /** Ordered from one pole to the other. */
  options: z
    .array(optionSchema)
    .min(2)
    .max(12)
    .describe("The ways the issue could be settled, ordered from one pole to the other (2 to 12)."),
  statusQuo: z.string().describe("Id of the option that holds if nothing is agreed."),
  /** Each actor's value of each option, in [0, 1]: `values[actorId][optionId]`. */
  values: z
    .record(z.string(), z.record(z.string(), unit))
    .describe(
      "Each actor's value of each option, 0..1: values[actorId][optionId]. Every actor that weights the issue values every option.",
    ),
  sources,
});

export const demandSchema = z
  .strictObject({
    id: id.describe("The demand's id."),
    actor: z.string().describe("Id of the actor making the demand."),
    issue: z.string().describe("Id of the issue the demand is about."),
    option: z.string().describe("Id of the option asked for (an option of `issue`)."),
    addressees: z.array(z.string()).min(1).max(50).describe("Ids of the actors the demand is made to."),
    text: text.describe("The demand in words."),
    sources,
  })
  .describe("An option an actor asks others to accept.");

export const redLineSchema = z
  .strictObject({
    id: id.describe("The red line's id."),
    actor: z.string().describe("Id of the actor drawing the red line."),
    issue: z.string().describe("Id of the issue it concerns."),
    forbidden: z
      .array(z.string())
      .min(1)
      .max(12)
      .describe("Ids of the options of `issue` the actor will not accept (never all of them)."),
    /** What crossing costs: utility for the actor, trust of its allies towards it, alliance cohesion. */
    price: z
      .strictObject({
        utility: unit.describe("Utility the actor loses, 0..1."),
        trust: percent.describe("Trust its allies and partners lose in it, 0..100."),
        cohesion: percent.describe("Alliance cohesion lost, 0..100."),
      })
      .describe("What crossing the red line costs."),
    text: text.describe("The red line in words."),
    sources,
  })
  .describe("Options an actor will not accept unless it crosses the line, openly and at a price.");

export const agendaItemSchema = z
  .strictObject({
    issue: z.string().describe("Id of the issue negotiated under this item."),
    title: text.optional().describe("The item's heading, if it differs from the issue's title."),
    minutes: z.number().int().min(1).max(1440).describe("Minutes set aside for the item."),
    sources: sources.optional(),
  })
  .describe("One item of a track's agenda.");

export const reportedLengthSchema = z
  .strictObject({
    minutes: z
      .number()
      .int()
      .min(1)
      .max(2880)
      .describe("How long the meeting took according to these sources."),
    note: text.optional().describe('How the figure was read, e.g. "about eight hours".'),
    sources,
  })
  .describe("One account of the meeting's actual length.");

export const trackSchema = z.strictObject({
  id: id.describe("The track's id."),
  title: text.describe("The meeting's name."),
  venue: text.describe("Where it meets."),
  date: z.iso.date().describe("When it meets, YYYY-MM-DD; tracks are listed in date order."),
  endDate: z.iso
    .date()
    .optional()
    .describe("The last day, for a meeting that runs over more than one day (an overnight summit)."),
  format: z
    .enum(["bilateral", "multilateral"])
    .describe(
      "bilateral: exactly 2 parties, and at most a mediator besides them; multilateral: a chair among the participants.",
    ),
  /** The actor in the chair: it gives the floor in its speakers' list; a mediator when not a party. */
  chair: z
    .string()
    .nullable()
    .describe(
      "Id of the actor in the chair (one of the participants): required for a multilateral track; for a bilateral one, a mediator who is not a party, or null.",
    ),
  chairPerson: text.optional().describe("Who sits in the chair."),
  participants: z.array(z.string()).min(2).max(60).describe("Ids of the actors at the table."),
  parties: z
    .array(z.string())
    .min(2)
    .max(60)
    .optional()
    .describe(
      "Ids of the participants whose acceptance an agreement needs; defaults to every participant. A chair left out is a mediator: it may propose, never accepts.",
    ),
  negotiation: z
    .enum(NEGOTIATION_MODES)
    .default("items")
    .describe(
      "items: one agenda item at a time; packages: proposals of two or more of the meeting's open issues, agreed whole; both: either.",
    ),
  walkOut: z
    .enum(WALK_OUT_EFFECTS)
    .default("ends-game")
    .describe("What a walk-out does: end the whole game (default) or only this meeting."),
  delegations: z
    .record(z.string(), z.array(personSchema).min(1).max(50))
    .default({})
    .describe(
      "Who speaks for an actor at this meeting, by actor id, when it differs from the actor's own delegation.",
    ),
  /** The chair's speakers' list; defaults to `participants`. */
  speakingOrder: z
    .array(z.string())
    .min(2)
    .max(60)
    .optional()
    .describe(
      "The order in which participants take the floor: every participant once. Defaults to `participants`.",
    ),
  agenda: z
    .array(agendaItemSchema)
    .min(1)
    .max(20)
    .describe("The items, taken in order; their minutes fit in scheduledMinutes + maxOverrunMinutes."),
  scheduledMinutes: z.number().int().min(10).max(2880).describe("The meeting's planned length in minutes."),
  maxOverrunMinutes: z
    .number()
    .int()
    .min(0)
    .max(1440)
    .describe("How far past its planned length the meeting may run before it closes."),
  /** What the record says the meeting actually took; every disagreeing source is kept. */
  reportedLength: z
    .array(reportedLengthSchema)
    .max(10)
    .default([])
    .describe("What the record says the meeting took; keep every disagreeing account."),
  sources,
});

export const trustSchema = z
  .strictObject({
    from: z.string().describe("Id of the actor who trusts."),
    to: z.string().describe("Id of the actor trusted."),
    value: percent.describe("Trust, 0..100."),
  })
  .describe("How much one actor trusts another at the start.");

export const effectSchema = z
  .strictObject({
    tension: z.number().min(-100).max(100).optional().describe("Change in tension."),
    cohesion: z.number().min(-100).max(100).optional().describe("Change in alliance cohesion."),
    trust: z
      .array(
        z.strictObject({
          from: z.string().describe("Id of the actor whose trust changes."),
          to: z.string().describe("Id of the actor it trusts more or less."),
          delta: z.number().min(-100).max(100).describe("Change in trust."),
        }),
      )
      .max(100)
      .optional()
      .describe("Changes in trust between actors."),
    reservation: z
      .array(
        z.strictObject({
          actor: z.string().describe("Id of the actor whose reservation value changes."),
          delta: z.number().min(-1).max(1).describe("Change in its reservation value."),
        }),
      )
      .max(60)
      .optional()
      .describe("Changes in actors' reservation values (what walking away is worth)."),
    deadline: z
      .number()
      .int()
      .min(-1440)
      .max(1440)
      .optional()
      .describe("Minutes added to (or taken from) the time the current meeting may still run."),
  })
  .describe("What an inject changes when it fires.");

export const injectSchema = z
  .strictObject({
    id: id.describe("The inject's id."),
    track: z.string().describe("Id of the track it can fire on."),
    text: text.describe("What happens, as players read it."),
    trigger: z
      .discriminatedUnion("kind", [
        z.strictObject({
          kind: z.literal("scheduled").describe("Fires at a minute of the track clock."),
          atMinute: z
            .number()
            .int()
            .min(0)
            .describe(
              "Fires once the track clock reaches this minute (at most scheduled + overrun minutes).",
            ),
          probability: z
            .number()
            .gt(0)
            .max(1)
            .default(1)
            .describe(
              "Chance that the event happens in a game at all, drawn when the game starts (default 1: a recorded event).",
            ),
        }),
        /** Checked after every move on the track; fires at most once. */
        z.strictObject({
          kind: z.literal("random").describe("Drawn after every move on the track."),
          probability: unit.describe("Chance of firing after each move on the track, above 0 and at most 1."),
        }),
      ])
      .describe("When the inject fires: at a minute of the track clock, or by chance after each move."),
    effect: effectSchema,
    sources,
  })
  .describe("An event during a track; it fires at most once.");

/** A text an actor brought to the talks. */
export const draftSchema = z
  .strictObject({
    id: id.describe("The draft's id."),
    actor: z.string().describe("Id of the actor who brought it."),
    title: text.describe("Its name, e.g. 'Draft treaty on security guarantees'."),
    terms: z
      .record(z.string(), z.string())
      .describe("What it asks for: option id by issue id (issues of the scenario)."),
    sources,
  })
  .describe("A draft text an actor may table as a proposal.");

/** Something a delegation said, which a statement in the transcript quotes. */
export const lineSchema = z
  .strictObject({
    actor: z.string().describe("Id of the actor whose delegation said it."),
    tone: z.enum(["firm", "conciliatory"]).describe("The tone of statement that may quote it."),
    issue: z
      .string()
      .optional()
      .describe("Id of the issue it is about; quoted when that issue is discussed."),
    track: z.string().optional().describe("Id of the meeting it belongs to; quoted only there."),
    speaker: text.optional().describe("Who said it, if not the head of the delegation."),
    text: text.describe("What was said, in the scenario author's words."),
    sources,
  })
  .describe("A line a statement may quote.");

/** One dated event after the talks. */
export const epilogueEventSchema = z
  .strictObject({
    date: z.iso.date().describe("When it happened, YYYY-MM-DD."),
    title: text.describe("A short heading."),
    text: text.describe("What happened."),
    sources,
  })
  .describe("What happened next.");

export const rulesSchema = z
  .strictObject({
    /** Minutes each kind of move takes, overriding the engine's defaults. */
    minutes: z
      .record(z.string(), z.number().int().min(1).max(240))
      .optional()
      .describe('Minutes each kind of move takes, by move type (e.g. "propose"), overriding the defaults.'),
    /** Trust (0..100) an actor needs towards a proposer to accept its proposal. */
    minTrustToAccept: percent
      .optional()
      .describe("Trust an actor needs in a proposer to accept (default 20)."),
    /** Tension at or above which a firm statement hardens the speaker. */
    hardenAt: percent
      .optional()
      .describe("Tension at which a firm statement hardens the speaker (default 60)."),
    walkOutCost: walkOutCostSchema
      .optional()
      .describe("What a walk-out costs the actor who walks (default: utility 0.05, trust 10, tension 25)."),
    allyCohesion: percent
      .optional()
      .describe("Cohesion lost when an actor counters or rejects an ally's proposal (default 4)."),
  })
  .describe("Overrides of the rules' numbers for this scenario.");

export const trackOutcomeSchema = z
  .strictObject({
    track: z.string().describe("Id of the track."),
    result: z.enum(RESULT_KINDS).describe("How the track ended."),
    agreed: z.record(z.string(), z.string()).optional().describe("Agreed option id, by issue id."),
    tabled: z
      .array(
        z.strictObject({
          issue: z.string().describe("Id of the issue."),
          option: z.string().describe("Id of the option proposed."),
          by: z.string().describe("Id of the actor who tabled it."),
        }),
      )
      .optional()
      .describe("Proposals left on the table: issue id, option id, id of the actor who tabled it."),
    followUp: z.boolean().optional().describe("Whether a follow-up meeting was agreed."),
  })
  .describe("What really came of one track.");

export const historySchema = z
  .strictObject({
    seed: z
      .union([z.string().max(200), z.number().int()])
      .describe("Seed that replays the historical moves."),
    moves: z.array(moveSchema).max(5000).describe("The moves as they really happened, in order."),
    outcome: z
      .strictObject({
        overall: z.enum(RESULT_KINDS).describe("How the talks ended, over every track."),
        tracks: z.array(trackOutcomeSchema).optional().describe("What came of each track."),
        utilities: z
          .record(z.string(), z.number())
          .optional()
          .describe("Each actor's utility of the outcome, by actor id."),
      })
      .describe("What really came of the talks."),
    note: text.optional().describe("How the record was read."),
    sources,
  })
  .describe("The historical record: the moves that were really made and what came of them.");

/** The zod schema of a scenario file (structure only; `parseScenario` also checks meaning). */
export const scenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe("Path or address of scenario.schema.json, for editor completion and checks."),
    formatVersion: z
      .literal(SCENARIO_FORMAT)
      .describe("The version of the scenario format: 2 (format-1 files are migrated when read)."),
    id: id.describe("The scenario's id."),
    title: text.describe("The scenario's title."),
    summary: text.describe("A paragraph on what the negotiation is about."),
    sources: z
      .array(sourceSchema)
      .min(1)
      .max(200)
      .describe("Every source cited anywhere in the scenario, each with a unique key."),
    actors: z.array(actorSchema).min(2).max(60).describe("The parties to the negotiation (2 to 60)."),
    issues: z.array(issueSchema).min(1).max(30).describe("What is negotiated (1 to 30 issues)."),
    demands: z.array(demandSchema).max(200).default([]).describe("What actors ask for."),
    redLines: z.array(redLineSchema).max(200).default([]).describe("What actors refuse."),
    tracks: z
      .array(trackSchema)
      .min(1)
      .max(20)
      .describe("The meetings, in date order; each carries into the next."),
    injects: z
      .array(injectSchema)
      .max(200)
      .default([])
      .describe("Scheduled and random events on the tracks."),
    drafts: z
      .array(draftSchema)
      .max(100)
      .default([])
      .describe("Texts an actor brought to the talks (a draft treaty), which it may table as a proposal."),
    lines: z
      .array(lineSchema)
      .max(2000)
      .default([])
      .describe(
        "What delegations said, by actor and tone (and optionally issue and meeting): statements in the transcript quote them.",
      ),
    epilogue: z
      .array(epilogueEventSchema)
      .max(100)
      .default([])
      .describe("What happened after the talks, in date order, for the debrief."),
    world: z
      .strictObject({
        tension: percent.describe("Tension at the start, 0..100."),
        cohesion: percent.describe("Alliance cohesion at the start, 0..100."),
        /** Trust not listed in `trust` starts here. */
        defaultTrust: percent.describe("Trust between any two actors not listed in `trust`, 0..100."),
        trust: z
          .array(trustSchema)
          .max(3600)
          .default([])
          .describe("Starting trust that differs from the default."),
      })
      .describe("The state of the world when the first track opens."),
    rules: rulesSchema.optional(),
    history: historySchema.optional(),
  })
  .meta({
    title: "Parley scenario",
    description:
      "A negotiation for the Parley engine: actors, issues, demands, red lines, tracks (meetings), injects, the starting world and, optionally, the historical record.",
  });

/** A validated scenario: the plain data every other part of the engine reads. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A party at the table: a state, an alliance or an organisation, with its delegation and utilities. */
export type Actor = Scenario["actors"][number];
/** A question to settle, with options ordered pole to pole and each actor's value of each option. */
export type Issue = Scenario["issues"][number];
/** An option an actor asks for on an issue, addressed to other actors. */
export type Demand = Scenario["demands"][number];
/** Options an actor will not accept unless it explicitly crosses the line, at a price. */
export type RedLine = Scenario["redLines"][number];
/** One meeting: venue, date, chair, participants, agenda and time budget. */
export type Track = Scenario["tracks"][number];
/** A scheduled or random event on a track that changes tension, cohesion or trust. */
export type Inject = Scenario["injects"][number];
/** The historical record of a scenario: the line of play the sources support and its outcome. */
export type History = NonNullable<Scenario["history"]>;
/** The name of a default behaviour (a bot) that a scenario gives an actor. */
export type { Persona };
/** A private type an actor may be, drawn per game. */
export type ActorType = Actor["types"][number];
/** A draft text an actor may table. */
export type Draft = Scenario["drafts"][number];
/** A line a statement may quote. */
export type Line = Scenario["lines"][number];
/** An event after the talks. */
export type EpilogueEvent = Scenario["epilogue"][number];

declare const validScenario: unique symbol;

/**
 * A scenario that `parseScenario` has checked, structure and meaning: the only kind `createGame` takes.
 * The brand exists only in types; at run time it is the plain data.
 */
export type ValidScenario = Scenario & { readonly [validScenario]: true };
