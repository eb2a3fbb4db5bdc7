import * as z from "zod";

/** Format 1's moves (kept to read format-1 histories): item proposals named by `issue` and `option`. */
const actorId = z.string().min(1);
const issueId = z.string().min(1);
const moveSchemaV1 = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("statement"), actor: actorId, tone: z.enum(["firm", "conciliatory"]) }),
  z.strictObject({ type: z.literal("propose"), actor: actorId, issue: issueId, option: z.string().min(1) }),
  z.strictObject({ type: z.literal("counter"), actor: actorId, issue: issueId, option: z.string().min(1) }),
  z.strictObject({ type: z.literal("accept"), actor: actorId, issue: issueId }),
  z.strictObject({ type: z.literal("reject"), actor: actorId, issue: issueId }),
  z.strictObject({ type: z.literal("concede"), actor: actorId, issue: issueId }),
  z.strictObject({ type: z.literal("reaffirm"), actor: actorId, redLine: z.string().min(1) }),
  z.strictObject({ type: z.literal("cross"), actor: actorId, redLine: z.string().min(1) }),
  z.strictObject({ type: z.literal("offer-cbm"), actor: actorId }),
  z.strictObject({ type: z.literal("propose-follow-up"), actor: actorId }),
  z.strictObject({ type: z.literal("accept-follow-up"), actor: actorId }),
  z.strictObject({ type: z.literal("walk-out"), actor: actorId }),
  z.strictObject({ type: z.literal("pass"), actor: actorId }),
]);
const moveSchema = moveSchemaV1;

/**
 * Scenario format 1, frozen as it was released: files of this format are read with this schema (so that
 * their problems are reported at their own paths) and then migrated to the current format (`migrate.ts`).
 * Do not change it; change `schema.ts`.
 */

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
const personaSchemaV1 = z
  .enum(["random", "boulware", "linear", "conceder", "tit-for-tat", "hardliner"])
  .describe("How the actor's bot negotiates by default.");

const sourceSchemaV1 = z
  .strictObject({
    key: z.string().min(1).max(16).describe('Short key cited by `sources` lists elsewhere, e.g. "S1".'),
    title: text.describe("The source: author, title, publisher, date, address."),
  })
  .describe("A document the scenario's facts come from.");

const personSchemaV1 = z
  .strictObject({ name: text.describe("The person's name."), title: text.describe("Their office."), sources })
  .describe("A member of a delegation.");

const actorSchemaV1 = z.strictObject({
  id: id.describe("The actor's id, used wherever the scenario refers to it."),
  name: text.describe("The actor's name as players read it."),
  kind: z.enum(["state", "alliance", "organisation"]).describe("What sort of party the actor is."),
  delegation: z.array(personSchemaV1).max(50).describe("The people who speak for the actor."),
  /** How much the actor cares about each issue; normalised to sum 1 by the engine. */
  weights: z
    .record(z.string(), z.number().min(0).max(100))
    .describe(
      "How much the actor cares about each issue, by issue id (0..100; normalised by the engine). An actor that weights no issue cares about all equally.",
    ),
  /** What walking away is worth to the actor, on the same 0..1 scale as its utility. */
  reservation: unit.describe("What walking away is worth to the actor, 0..1, on the scale of its utility."),
  persona: personaSchemaV1,
  /** Actors whose trust falls when this actor crosses one of its red lines. */
  allies: z
    .array(z.string())
    .max(50)
    .default([])
    .describe("Ids of actors whose trust falls when this actor crosses one of its red lines."),
  sources,
});

const optionSchemaV1 = z
  .strictObject({
    id: id.describe("The option's id, unique within its issue."),
    label: text.describe("What the option means, in a few words."),
    sources: sources.optional(),
  })
  .describe("One way an issue could be settled.");

const issueSchemaV1 = z.strictObject({
  id: id.describe("The issue's id, used by agenda items, demands, red lines and weights."),
  title: text.describe("The issue's name."),
  description: text.optional().describe("What is at stake."),
  /** Ordered from one pole to the other. */
  options: z
    .array(optionSchemaV1)
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

const demandSchemaV1 = z
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

const redLineSchemaV1 = z
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
        trust: percent.describe("Trust its allies lose in it, 0..100."),
        cohesion: percent.describe("Alliance cohesion lost, 0..100."),
      })
      .describe("What crossing the red line costs."),
    text: text.describe("The red line in words."),
    sources,
  })
  .describe("Options an actor will not accept unless it crosses the line, openly and at a price.");

const agendaItemSchemaV1 = z
  .strictObject({
    issue: z.string().describe("Id of the issue negotiated under this item."),
    title: text.optional().describe("The item's heading, if it differs from the issue's title."),
    minutes: z.number().int().min(1).max(1440).describe("Minutes set aside for the item."),
    sources: sources.optional(),
  })
  .describe("One item of a track's agenda.");

const reportedLengthSchemaV1 = z
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

const trackSchemaV1 = z.strictObject({
  id: id.describe("The track's id."),
  title: text.describe("The meeting's name."),
  venue: text.describe("Where it meets."),
  date: z.iso.date().describe("When it meets, YYYY-MM-DD; tracks are listed in date order."),
  format: z
    .enum(["bilateral", "multilateral"])
    .describe("bilateral: exactly 2 participants, no chair; multilateral: a chair among the participants."),
  /** The actor whose chair gives the floor (multilateral meetings); null for a bilateral track. */
  chair: z
    .string()
    .nullable()
    .describe(
      "Id of the actor chairing a multilateral track (one of its participants); null when bilateral.",
    ),
  chairPerson: text.optional().describe("Who sits in the chair."),
  participants: z.array(z.string()).min(2).max(60).describe("Ids of the actors at the table."),
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
    .array(agendaItemSchemaV1)
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
    .array(reportedLengthSchemaV1)
    .max(10)
    .default([])
    .describe("What the record says the meeting took; keep every disagreeing account."),
  sources,
});

const trustSchemaV1 = z
  .strictObject({
    from: z.string().describe("Id of the actor who trusts."),
    to: z.string().describe("Id of the actor trusted."),
    value: percent.describe("Trust, 0..100."),
  })
  .describe("How much one actor trusts another at the start.");

const effectSchemaV1 = z
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
  })
  .describe("What an inject changes when it fires.");

const injectSchemaV1 = z
  .strictObject({
    id: id.describe("The inject's id."),
    track: z.string().describe("Id of the track it can fire on."),
    text: text.describe("What happens, as players read it."),
    trigger: z
      .discriminatedUnion("kind", [
        z.strictObject({
          kind: z.literal("scheduled"),
          atMinute: z
            .number()
            .int()
            .min(0)
            .describe(
              "Fires once the track clock reaches this minute (at most scheduled + overrun minutes).",
            ),
        }),
        /** Checked after every move on the track; fires at most once. */
        z.strictObject({
          kind: z.literal("random"),
          probability: unit.describe("Chance of firing after each move on the track, above 0 and at most 1."),
        }),
      ])
      .describe("When the inject fires: at a minute of the track clock, or by chance after each move."),
    effect: effectSchemaV1,
    sources,
  })
  .describe("An event during a track; it fires at most once.");

const rulesSchemaV1 = z
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
  })
  .describe("Overrides of the rules' numbers for this scenario.");

const trackOutcomeSchemaV1 = z
  .strictObject({
    track: z.string().describe("Id of the track."),
    result: z.enum(["agreement", "partial-agreement", "no-breakthrough", "collapse"]),
    agreed: z.record(z.string(), z.string()).optional().describe("Agreed option id, by issue id."),
    tabled: z
      .array(z.strictObject({ issue: z.string(), option: z.string(), by: z.string() }))
      .optional()
      .describe("Proposals left on the table: issue id, option id, id of the actor who tabled it."),
    followUp: z.boolean().optional().describe("Whether a follow-up meeting was agreed."),
  })
  .describe("What really came of one track.");

const historySchemaV1 = z
  .strictObject({
    seed: z
      .union([z.string().max(200), z.number().int()])
      .describe("Seed that replays the historical moves."),
    moves: z.array(moveSchema).max(5000).describe("The moves as they really happened, in order."),
    outcome: z.strictObject({
      overall: z.enum(["agreement", "partial-agreement", "no-breakthrough", "collapse"]),
      tracks: z.array(trackOutcomeSchemaV1).optional(),
      utilities: z.record(z.string(), z.number()).optional(),
    }),
    note: text.optional(),
    sources,
  })
  .describe("The historical record: the moves that were really made and what came of them.");

/** The zod schema of a scenario file (structure only; `parseScenario` also checks meaning). */
export const scenarioSchemaV1 = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe("Path or address of scenario.schema.json, for editor completion and checks."),
    formatVersion: z.literal(1).describe("The version of the scenario format: 1."),
    id: id.describe("The scenario's id."),
    title: text.describe("The scenario's title."),
    summary: text.describe("A paragraph on what the negotiation is about."),
    sources: z
      .array(sourceSchemaV1)
      .min(1)
      .max(200)
      .describe("Every source cited anywhere in the scenario, each with a unique key."),
    actors: z.array(actorSchemaV1).min(2).max(60).describe("The parties to the negotiation (2 to 60)."),
    issues: z.array(issueSchemaV1).min(1).max(30).describe("What is negotiated (1 to 30 issues)."),
    demands: z.array(demandSchemaV1).max(200).default([]).describe("What actors ask for."),
    redLines: z.array(redLineSchemaV1).max(200).default([]).describe("What actors refuse."),
    tracks: z
      .array(trackSchemaV1)
      .min(1)
      .max(20)
      .describe("The meetings, in date order; each carries into the next."),
    injects: z
      .array(injectSchemaV1)
      .max(200)
      .default([])
      .describe("Scheduled and random events on the tracks."),
    world: z
      .strictObject({
        tension: percent.describe("Tension at the start, 0..100."),
        cohesion: percent.describe("Alliance cohesion at the start, 0..100."),
        /** Trust not listed in `trust` starts here. */
        defaultTrust: percent.describe("Trust between any two actors not listed in `trust`, 0..100."),
        trust: z
          .array(trustSchemaV1)
          .max(3600)
          .default([])
          .describe("Starting trust that differs from the default."),
      })
      .describe("The state of the world when the first track opens."),
    rules: rulesSchemaV1.optional(),
    history: historySchemaV1.optional(),
  })
  .meta({
    title: "Parley scenario",
    description:
      "A negotiation for the Parley engine: actors, issues, demands, red lines, tracks (meetings), injects, the starting world and, optionally, the historical record.",
  });

/** A format-1 scenario, as read from its file. */
export type ScenarioV1 = z.infer<typeof scenarioSchemaV1>;
