import * as fc from "fast-check";

/**
 * A scenario as small numbers, which `scenario-build.ts` turns into scenario JSON whose every reference is
 * valid. Numbers rather than ids so that fast-check shrinks a scenario like any other value: fewer actors,
 * issues and tracks, smaller values, simpler meetings.
 */
export interface Blueprint {
  readonly actors: readonly ActorPrint[];
  readonly issues: readonly {
    readonly options: number;
    readonly statusQuo: number;
    readonly process: boolean;
  }[];
  readonly redLines: readonly {
    readonly actor: number;
    readonly issue: number;
    readonly forbidden: number;
    readonly utility: number;
    readonly trust: number;
    readonly cohesion: number;
  }[];
  readonly demands: readonly {
    readonly actor: number;
    readonly issue: number;
    readonly option: number;
    readonly addressees: readonly number[];
  }[];
  readonly drafts: readonly {
    readonly actor: number;
    readonly picks: readonly { issue: number; option: number }[];
  }[];
  readonly tracks: readonly TrackPrint[];
  readonly injects: readonly InjectPrint[];
  readonly world: {
    readonly tension: number;
    readonly cohesion: number;
    readonly defaultTrust: number;
    readonly trust: readonly { readonly from: number; readonly to: number; readonly value: number }[];
  };
  readonly rules:
    | {
        readonly minutes: readonly { readonly type: number; readonly minutes: number }[];
        readonly minTrustToAccept: number | undefined;
        readonly hardenAt: number | undefined;
        readonly allyCohesion: number | undefined;
        readonly walkOutCost: WalkOutPrint | undefined;
      }
    | undefined;
}

/** A walk-out's cost: utility in hundredths, trust and tension. */
export interface WalkOutPrint {
  readonly utility: number;
  readonly trust: number;
  readonly tension: number;
}

/** An actor as small numbers: its kind, bot, reservation, weights, values, friends, types and costs. */
export interface ActorPrint {
  readonly kind: number;
  readonly persona: number;
  readonly reservation: number;
  /** A range around the reservation, drawn per game: its half-width in hundredths (none when undefined). */
  readonly spread: number | undefined;
  readonly weights: readonly number[];
  readonly values: readonly number[];
  readonly allies: readonly number[];
  readonly partners: readonly number[];
  readonly types: readonly TypePrint[];
  readonly publicType: boolean;
  readonly publicReservation: boolean;
  readonly walkOutCost: WalkOutPrint | undefined;
}

/** A hidden type as small numbers. */
export interface TypePrint {
  /** Its share of the probability, relative to the other types'. */
  readonly share: number;
  readonly reservation: number | undefined;
  readonly spread: number | undefined;
  readonly weights: readonly number[] | undefined;
  readonly persona: number | undefined;
}

/** A meeting as small numbers: its seats, agenda, mode, walk-out rule and time. */
export interface TrackPrint {
  readonly multilateral: boolean;
  readonly participants: readonly number[];
  readonly chair: number;
  /** Whether the chair is a mediator (not a party); in a bilateral track, whether there is a chair at all. */
  readonly mediator: boolean;
  readonly order: number | undefined;
  readonly agenda: readonly { readonly issue: number; readonly minutes: number }[];
  readonly mode: number;
  readonly endsTrack: boolean;
  readonly extra: number;
  readonly overrun: number;
  readonly gap: number;
}

/** An inject as small numbers: its meeting, trigger and effects. */
export interface InjectPrint {
  readonly track: number;
  readonly scheduled: boolean;
  readonly at: number;
  /** Percent: a random inject's chance per move, or a scheduled one's chance to happen at all. */
  readonly probability: number;
  readonly certain: boolean;
  readonly tension: number;
  readonly cohesion: number;
  readonly trust: { readonly from: number; readonly to: number; readonly delta: number } | undefined;
  readonly reservation: { readonly actor: number; readonly delta: number } | undefined;
  readonly deadline: number | undefined;
}

/** Bounds of a blueprint. */
export interface BlueprintBounds {
  readonly maxActors: number;
  readonly maxIssues: number;
  readonly maxOptions: number;
  readonly maxTracks: number;
  readonly maxRedLines: number;
  readonly maxDemands: number;
  readonly maxInjects: number;
  readonly maxDrafts: number;
  readonly rules: boolean;
}

const small = fc.nat({ max: 31 });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const walkOut: fc.Arbitrary<WalkOutPrint> = fc.record({
  utility: fc.nat({ max: 20 }),
  trust: fc.nat({ max: 30 }),
  tension: fc.nat({ max: 40 }),
});

function arbActor(b: BlueprintBounds): fc.Arbitrary<ActorPrint> {
  const cells = b.maxIssues * b.maxOptions;
  const weights = fc.array(fc.nat({ max: 10 }), { minLength: b.maxIssues, maxLength: b.maxIssues });
  const type: fc.Arbitrary<TypePrint> = fc.record({
    share: fc.integer({ min: 1, max: 4 }),
    reservation: maybe(fc.nat({ max: 100 })),
    spread: maybe(fc.integer({ min: 1, max: 30 })),
    weights: maybe(weights),
    persona: maybe(small),
  });
  return fc.record({
    kind: small,
    persona: small,
    reservation: fc.nat({ max: 100 }),
    spread: maybe(fc.integer({ min: 1, max: 30 })),
    weights,
    values: fc.array(fc.nat({ max: 10 }), { minLength: cells, maxLength: cells }),
    allies: fc.array(small, { maxLength: 2 }),
    partners: fc.array(small, { maxLength: 2 }),
    types: fc.oneof(
      { weight: 2, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(type, { minLength: 1, maxLength: 3 }) },
    ),
    publicType: fc.boolean(),
    publicReservation: fc.boolean(),
    walkOutCost: maybe(walkOut),
  });
}

function arbTrack(): fc.Arbitrary<TrackPrint> {
  return fc.record({
    multilateral: fc.boolean(),
    participants: fc.array(small, { minLength: 2, maxLength: 5 }),
    chair: small,
    mediator: fc.boolean(),
    order: maybe(fc.nat({ max: 9 })),
    agenda: fc.array(fc.record({ issue: small, minutes: fc.integer({ min: 5, max: 90 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    mode: fc.nat({ max: 2 }),
    endsTrack: fc.boolean(),
    extra: fc.integer({ min: -30, max: 60 }),
    overrun: fc.nat({ max: 60 }),
    gap: fc.nat({ max: 10 }),
  });
}

function arbInject(): fc.Arbitrary<InjectPrint> {
  const delta = fc.integer({ min: -20, max: 20 });
  return fc.record({
    track: small,
    scheduled: fc.boolean(),
    at: fc.nat({ max: 1000 }),
    probability: fc.integer({ min: 1, max: 100 }),
    certain: fc.boolean(),
    tension: delta,
    cohesion: delta,
    trust: maybe(fc.record({ from: small, to: small, delta })),
    reservation: maybe(fc.record({ actor: small, delta: fc.integer({ min: -30, max: 30 }) })),
    deadline: maybe(fc.integer({ min: -60, max: 60 })),
  });
}

/** Blueprints within the bounds. */
export function arbBlueprint(b: BlueprintBounds): fc.Arbitrary<Blueprint> {
  const rules = fc.record({
    minutes: fc.array(fc.record({ type: small, minutes: fc.integer({ min: 1, max: 60 }) }), { maxLength: 3 }),
    minTrustToAccept: maybe(fc.nat({ max: 100 })),
    hardenAt: maybe(fc.nat({ max: 100 })),
    allyCohesion: maybe(fc.nat({ max: 20 })),
    walkOutCost: maybe(walkOut),
  });
  return fc.record({
    actors: fc.array(arbActor(b), { minLength: 2, maxLength: b.maxActors }),
    issues: fc.array(
      fc.record({
        options: fc.integer({ min: 2, max: b.maxOptions }),
        statusQuo: small,
        process: fc.boolean(),
      }),
      {
        minLength: 1,
        maxLength: b.maxIssues,
      },
    ),
    redLines: fc.array(
      fc.record({
        actor: small,
        issue: small,
        forbidden: fc.nat({ max: 1023 }),
        utility: fc.nat({ max: 30 }),
        trust: fc.nat({ max: 30 }),
        cohesion: fc.nat({ max: 30 }),
      }),
      { maxLength: b.maxRedLines },
    ),
    demands: fc.array(
      fc.record({
        actor: small,
        issue: small,
        option: small,
        addressees: fc.array(small, { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: b.maxDemands },
    ),
    drafts: fc.array(
      fc.record({
        actor: small,
        picks: fc.array(fc.record({ issue: small, option: small }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: b.maxDrafts },
    ),
    tracks: fc.array(arbTrack(), { minLength: 1, maxLength: b.maxTracks }),
    injects: fc.array(arbInject(), { maxLength: b.maxInjects }),
    world: fc.record({
      tension: fc.nat({ max: 90 }),
      cohesion: fc.nat({ max: 100 }),
      defaultTrust: fc.nat({ max: 100 }),
      trust: fc.array(fc.record({ from: small, to: small, value: fc.nat({ max: 100 }) }), { maxLength: 4 }),
    }),
    rules: b.rules ? maybe(rules) : fc.constant(undefined),
  });
}
