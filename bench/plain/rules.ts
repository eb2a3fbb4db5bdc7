/**
 * The rules of docs/rules.md for scenarios with the model-2 rules off (what a format-1 scenario migrates to:
 * substance issues, item-by-item negotiation, walk-outs that end the game, no walk-out or cohesion costs, no
 * mediators, no hidden types or uncertain events), as a plain, hand-written, mutable TypeScript reducer: no
 * libraries, no xstate, no immer, no validation of input, every id resolved to an index once. This is the
 * practical limit the engine is measured against. `compilePlain` refuses a scenario that uses a rule it does
 * not implement. The state is plain JSON (numbers, booleans and flat arrays), so the boardgame.io game in
 * bench/boardgameio/ can keep it as its `G` and run the same rules under immer.
 *
 * A move is a number: its kind in the low 4 bits and its argument (an option or red-line index) above. The
 * actor is always the one on the floor and the issue always the agenda item, as the rules require. Legal moves
 * are listed in the engine's order (`listMoves` in packages/engine/src/core/listing.ts), so a game can be
 * played through the engine, this reducer and boardgame.io by picking the same index. Moves written out for
 * comparison (`format1Move`) are in format 1's shape (`{ issue, option }`); the bench translates them.
 */
import type { Scenario } from "@parley/engine";

/** Move kinds, in the order the engine lists legal moves. */
export const FIRM = 0;
export const CONCILIATORY = 1;
export const PROPOSE = 2;
export const COUNTER = 3;
export const ACCEPT = 4;
export const REJECT = 5;
export const CONCEDE = 6;
export const REAFFIRM = 7;
export const CROSS = 8;
export const OFFER_CBM = 9;
export const PROPOSE_FOLLOW_UP = 10;
export const ACCEPT_FOLLOW_UP = 11;
export const WALK_OUT = 12;
export const PASS = 13;

/** The engine's move type of each kind. */
export const KIND_TYPES = [
  "statement",
  "statement",
  "propose",
  "counter",
  "accept",
  "reject",
  "concede",
  "reaffirm",
  "cross",
  "offer-cbm",
  "propose-follow-up",
  "accept-follow-up",
  "walk-out",
  "pass",
] as const;

// Track phases.
const SCHEDULED = 0;
const OPENING = 1;
const AGENDA = 2;
const OVERRUN = 3;
const CLOSING = 4;
const AGREEMENT = 5;
const PARTIAL = 6;
const NO_BREAKTHROUGH = 7;
const COLLAPSED = 8;

// Stances.
const ENGAGED = 0;
const HARDENED = 1;
const WALKED_OUT = 2;

// Demands.
const TABLED = 0;
const UNDER_DISCUSSION = 1;
const D_ACCEPTED = 2;
const D_REJECTED = 3;
const DEFERRED = 4;
const WITHDRAWN = 5;
const DEMAND_NAMES = ["tabled", "underDiscussion", "accepted", "rejected", "deferred", "withdrawn"] as const;

// Red lines.
const INTACT = 0;
const CHALLENGED = 1;
const HELD = 2;
const CROSSED = 3;

const bit = (kind: number): number => 1 << kind;
const ALL_KINDS = (1 << 14) - 1;
/** Which kinds each stance allows. */
const STANCE_ALLOWS = [
  ALL_KINDS,
  bit(FIRM) |
    bit(CONCILIATORY) |
    bit(PROPOSE) |
    bit(COUNTER) |
    bit(REJECT) |
    bit(REAFFIRM) |
    bit(PROPOSE_FOLLOW_UP) |
    bit(WALK_OUT) |
    bit(PASS),
  0,
];
const TALK = bit(FIRM) | bit(CONCILIATORY) | bit(WALK_OUT) | bit(PASS);
const AGENDA_KINDS =
  TALK |
  bit(PROPOSE) |
  bit(COUNTER) |
  bit(ACCEPT) |
  bit(REJECT) |
  bit(CONCEDE) |
  bit(REAFFIRM) |
  bit(CROSS) |
  bit(OFFER_CBM);
/** Which kinds each track phase allows. */
const PHASE_ALLOWS = [
  0,
  TALK | bit(OFFER_CBM),
  AGENDA_KINDS,
  AGENDA_KINDS,
  TALK | bit(PROPOSE_FOLLOW_UP) | bit(ACCEPT_FOLLOW_UP),
  0,
  0,
  0,
  0,
];

const DEFAULT_MINUTES: Readonly<Record<string, number>> = {
  statement: 15,
  propose: 15,
  counter: 15,
  accept: 5,
  reject: 10,
  concede: 10,
  reaffirm: 10,
  cross: 10,
  "offer-cbm": 15,
  "propose-follow-up": 5,
  "accept-follow-up": 5,
  "walk-out": 5,
  pass: 5,
};

interface PlainTrack {
  readonly id: string;
  readonly speakers: readonly number[];
  /** `present[actor]`: 1 when the actor is one of the speakers. */
  readonly present: readonly number[];
  readonly agenda: readonly number[];
  readonly itemMinutes: readonly number[];
  readonly scheduled: number;
  readonly limit: number;
  readonly injects: readonly number[];
}

interface PlainInject {
  readonly random: boolean;
  readonly atMinute: number;
  readonly probability: number;
  readonly tension: number;
  readonly cohesion: number;
  /** `[from, to, delta]` triples. */
  readonly trust: readonly (readonly [number, number, number])[];
}

/** A scenario resolved to flat tables, once per scenario. */
export interface PlainGame {
  readonly scenario: Scenario;
  readonly nA: number;
  readonly nI: number;
  /** Options per issue, and the stride of the flat value and forbids tables. */
  readonly nO: readonly number[];
  readonly stride: number;
  readonly actorIds: readonly string[];
  readonly issueIds: readonly string[];
  readonly optionIds: readonly (readonly string[])[];
  readonly redLineIds: readonly string[];
  readonly demandIds: readonly string[];
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly issueIndex: ReadonlyMap<string, number>;
  readonly optionIndex: readonly ReadonlyMap<string, number>[];
  readonly redLineIndex: ReadonlyMap<string, number>;
  /** `values[(a * nI + i) * stride + o]`. */
  readonly values: readonly number[];
  /** `weights[a * nI + i]`, normalised per actor. */
  readonly weights: readonly number[];
  readonly reservation: readonly number[];
  readonly statusQuo: readonly number[];
  readonly rlActor: readonly number[];
  readonly rlIssue: readonly number[];
  /** `rlForbids[r * stride + o]`: 1 when red line r forbids option o. */
  readonly rlForbids: readonly number[];
  readonly rlPriceUtility: readonly number[];
  readonly rlPriceTrust: readonly number[];
  readonly rlPriceCohesion: readonly number[];
  /** Red lines on each issue, and each actor's on each issue (`[a * nI + i]`). */
  readonly rlByIssue: readonly (readonly number[])[];
  readonly rlByActorIssue: readonly (readonly number[])[];
  readonly dActor: readonly number[];
  readonly dIssue: readonly number[];
  readonly dOption: readonly number[];
  /** `dAddressee[d * nA + a]`: 1 when a is an addressee of demand d. */
  readonly dAddressee: readonly number[];
  readonly demandsByIssue: readonly (readonly number[])[];
  readonly allies: readonly (readonly number[])[];
  readonly tracks: readonly PlainTrack[];
  readonly injects: readonly PlainInject[];
  readonly injectIds: readonly string[];
  /** Minutes per move kind. */
  readonly minutes: readonly number[];
  readonly minTrust: number;
  readonly hardenAt: number;
}

/** A finished track, in indexes. */
export interface PlainResult {
  readonly track: number;
  readonly phase: number;
  /** Issues agreed on this track. */
  readonly agreed: readonly number[];
  /** `[issue, option, by]` of each proposal still open at the end. */
  readonly tabled: readonly (readonly [number, number, number])[];
  readonly followUp: boolean;
  readonly minutes: number;
}

/** The state of a game: one flat, mutable, JSON-compatible object. */
export interface PlainState {
  over: boolean;
  // The track being played.
  track: number;
  phase: number;
  clock: number;
  floor: number;
  agendaIndex: number;
  itemStartedAt: number;
  passesInRow: number;
  phaseMoves: number;
  followUpBy: number;
  followUpCount: number;
  /** `followUpAccepted[a]`: 1 when a has proposed or accepted the follow-up. */
  followUpAccepted: number[];
  cbmUsed: number[];
  agreedHere: number[];
  results: PlainResult[];
  tension: number;
  cohesion: number;
  /** `trust[from * nA + to]`. */
  trust: number[];
  stances: number[];
  /** `positions[a * nI + i]`. */
  positions: number[];
  /** `agreed[i]`: the agreed option or -1. */
  agreed: number[];
  /** The open proposal on each issue: option (-1 for none), proposer, acceptances. */
  propOption: number[];
  propBy: number[];
  propCount: number[];
  /** `propAccepted[i * nA + a]`. */
  propAccepted: number[];
  demands: number[];
  redLines: number[];
  fired: number[];
  // seedrandom's alea generator, inline.
  rc: number;
  r0: number;
  r1: number;
  r2: number;
}

/** Where random inject draws come from: the state's own generator here, boardgame.io's random plugin there. */
export type Draw = (s: PlainState) => number;

function indexMap(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function at(map: ReadonlyMap<string, number>, id: string): number {
  const i = map.get(id);
  if (i === undefined) throw new Error(`unknown id ${id}`);
  return i;
}

/**
 * The model-2 rules a scenario uses, which this reducer does not implement (empty for a migrated format-1
 * scenario).
 */
export function modelTwoRules(scenario: Scenario): string[] {
  const found: string[] = [];
  const noCost = (c: { utility: number; trust: number; tension: number } | undefined) =>
    c === undefined || (c.utility === 0 && c.trust === 0 && c.tension === 25);
  if (scenario.issues.some((i) => i.kind !== "substance")) found.push("process issues");
  if (scenario.tracks.some((t) => t.negotiation !== "items")) found.push("packages");
  if (scenario.tracks.some((t) => t.walkOut !== "ends-game")) found.push("walk-outs that end a meeting only");
  if (scenario.tracks.some((t) => t.parties !== undefined && t.parties.length !== t.participants.length))
    found.push("mediators");
  if (scenario.actors.some((a) => a.types.length > 0 || a.reservationRange !== undefined))
    found.push("hidden types and reservations");
  if (scenario.actors.some((a) => a.partners.length > 0)) found.push("partners");
  if (!noCost(scenario.rules?.walkOutCost) || scenario.actors.some((a) => !noCost(a.walkOutCost)))
    found.push("walk-out costs");
  if (scenario.rules?.allyCohesion !== 0) found.push("cohesion costs");
  if (
    scenario.injects.some(
      (j) =>
        (j.trigger.kind === "scheduled" && j.trigger.probability < 1) ||
        j.effect.reservation !== undefined ||
        j.effect.deadline !== undefined,
    )
  )
    found.push("uncertain events, reservation and deadline effects");
  return found;
}

/** Resolves a validated scenario into flat tables; throws if it uses rules this reducer does not implement. */
export function compilePlain(scenario: Scenario): PlainGame {
  const unsupported = modelTwoRules(scenario);
  if (unsupported.length > 0)
    throw new Error(`${scenario.id}: the plain reducer does not implement ${unsupported.join(", ")}`);
  const actorIds = scenario.actors.map((a) => a.id);
  const issueIds = scenario.issues.map((i) => i.id);
  const nA = actorIds.length;
  const nI = issueIds.length;
  const nO = scenario.issues.map((i) => i.options.length);
  const stride = Math.max(...nO);
  const actorIndex = indexMap(actorIds);
  const issueIndex = indexMap(issueIds);
  const optionIds = scenario.issues.map((i) => i.options.map((o) => o.id));
  const optionIndex = optionIds.map(indexMap);
  const values: number[] = new Array(nA * nI * stride).fill(0);
  const weights: number[] = [];
  for (let a = 0; a < nA; a++) {
    const actor = scenario.actors[a];
    if (actor === undefined) continue;
    const raw = scenario.issues.map((issue) =>
      Object.hasOwn(actor.weights, issue.id) ? (actor.weights[issue.id] ?? 0) : 0,
    );
    const total = raw.reduce((sum, w) => sum + w, 0);
    for (const w of raw) weights.push(total > 0 ? w / total : 1 / nI);
    for (let i = 0; i < nI; i++) {
      const issue = scenario.issues[i];
      const byOption = issue && Object.hasOwn(issue.values, actor.id) ? issue.values[actor.id] : undefined;
      for (let o = 0; o < (nO[i] ?? 0); o++) {
        const id = optionIds[i]?.[o] ?? "";
        values[(a * nI + i) * stride + o] =
          byOption !== undefined && Object.hasOwn(byOption, id) ? (byOption[id] ?? 0) : 0;
      }
    }
  }
  const rlActor = scenario.redLines.map((r) => at(actorIndex, r.actor));
  const rlIssue = scenario.redLines.map((r) => at(issueIndex, r.issue));
  const rlForbids: number[] = new Array(scenario.redLines.length * stride).fill(0);
  scenario.redLines.forEach((r, k) => {
    const i = rlIssue[k] ?? 0;
    for (const id of r.forbidden) rlForbids[k * stride + at(optionIndex[i] ?? new Map(), id)] = 1;
  });
  const rlByIssue = issueIds.map((_, i) => rlIssue.flatMap((x, r) => (x === i ? [r] : [])));
  const rlByActorIssue: number[][] = [];
  for (let a = 0; a < nA; a++)
    for (let i = 0; i < nI; i++)
      rlByActorIssue.push(rlIssue.flatMap((x, r) => (x === i && rlActor[r] === a ? [r] : [])));
  const dIssue = scenario.demands.map((d) => at(issueIndex, d.issue));
  const dAddressee: number[] = new Array(scenario.demands.length * nA).fill(0);
  scenario.demands.forEach((d, k) => {
    for (const id of d.addressees) dAddressee[k * nA + at(actorIndex, id)] = 1;
  });
  const overrides: Readonly<Record<string, number>> = scenario.rules?.minutes ?? {};
  const minutes = KIND_TYPES.map((type) =>
    Object.hasOwn(overrides, type) ? (overrides[type] ?? 0) : (DEFAULT_MINUTES[type] ?? 0),
  );
  const tracks = scenario.tracks.map((t): PlainTrack => {
    const speakers = (t.speakingOrder ?? t.participants).map((id) => at(actorIndex, id));
    return {
      id: t.id,
      speakers,
      present: actorIds.map((_, a) => (speakers.includes(a) ? 1 : 0)),
      agenda: t.agenda.map((item) => at(issueIndex, item.issue)),
      itemMinutes: t.agenda.map((item) => item.minutes),
      scheduled: t.scheduledMinutes,
      limit: t.scheduledMinutes + t.maxOverrunMinutes,
      injects: scenario.injects.flatMap((j, k) => (j.track === t.id ? [k] : [])),
    };
  });
  return {
    scenario,
    nA,
    nI,
    nO,
    stride,
    actorIds,
    issueIds,
    optionIds,
    redLineIds: scenario.redLines.map((r) => r.id),
    demandIds: scenario.demands.map((d) => d.id),
    actorIndex,
    issueIndex,
    optionIndex,
    redLineIndex: indexMap(scenario.redLines.map((r) => r.id)),
    values,
    weights,
    reservation: scenario.actors.map((a) => a.reservation),
    statusQuo: scenario.issues.map((i, k) => at(optionIndex[k] ?? new Map(), i.statusQuo)),
    rlActor,
    rlIssue,
    rlForbids,
    rlPriceUtility: scenario.redLines.map((r) => r.price.utility),
    rlPriceTrust: scenario.redLines.map((r) => r.price.trust),
    rlPriceCohesion: scenario.redLines.map((r) => r.price.cohesion),
    rlByIssue,
    rlByActorIssue,
    dActor: scenario.demands.map((d) => at(actorIndex, d.actor)),
    dIssue,
    dOption: scenario.demands.map((d, k) => at(optionIndex[dIssue[k] ?? 0] ?? new Map(), d.option)),
    dAddressee,
    demandsByIssue: issueIds.map((_, i) => dIssue.flatMap((x, d) => (x === i ? [d] : []))),
    allies: scenario.actors.map((a) => a.allies.map((id) => at(actorIndex, id))),
    tracks,
    injects: scenario.injects.map((j) => ({
      random: j.trigger.kind === "random",
      atMinute: j.trigger.kind === "scheduled" ? j.trigger.atMinute : 0,
      probability: j.trigger.kind === "random" ? j.trigger.probability : 0,
      tension: j.effect.tension ?? 0,
      cohesion: j.effect.cohesion ?? 0,
      trust: (j.effect.trust ?? []).map(
        (t) => [at(actorIndex, t.from), at(actorIndex, t.to), t.delta] as [number, number, number],
      ),
    })),
    injectIds: scenario.injects.map((j) => j.id),
    minutes,
    minTrust: scenario.rules?.minTrustToAccept ?? 20,
    hardenAt: scenario.rules?.hardenAt ?? 60,
  };
}

const clamp = (x: number): number => Math.min(100, Math.max(0, x));

/** seedrandom's alea, seeded as `seedrandom.alea(seed)` seeds it. */
function aleaSeed(seed: string): [c: number, s0: number, s1: number, s2: number] {
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * 2.3283064365386963e-10;
  };
  let s0 = mash(" ");
  let s1 = mash(" ");
  let s2 = mash(" ");
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  return [1, s0, s1, s2];
}

/** The state's own generator: one alea step. */
export const plainDraw: Draw = (s) => {
  const t = 2091639 * s.r0 + s.rc * 2.3283064365386963e-10;
  s.r0 = s.r1;
  s.r1 = s.r2;
  s.rc = t | 0;
  s.r2 = t - s.rc;
  return s.r2;
};

/** The state before any move. */
export function initPlain(g: PlainGame, seed: string, draw: Draw = plainDraw): PlainState {
  const { nA, nI, scenario } = g;
  const trust: number[] = new Array(nA * nA).fill(scenario.world.defaultTrust);
  for (const entry of scenario.world.trust) {
    const from = g.actorIndex.get(entry.from);
    const to = g.actorIndex.get(entry.to);
    if (from !== undefined && to !== undefined) trust[from * nA + to] = entry.value;
  }
  const positions: number[] = [];
  for (let a = 0; a < nA; a++)
    for (let i = 0; i < nI; i++) {
      const base = (a * nI + i) * g.stride;
      let best = 0;
      for (let o = 1; o < (g.nO[i] ?? 0); o++)
        if ((g.values[base + o] ?? 0) > (g.values[base + best] ?? 0)) best = o;
      positions.push(best);
    }
  const [rc, r0, r1, r2] = aleaSeed(seed);
  const s: PlainState = {
    over: false,
    track: 0,
    phase: SCHEDULED,
    clock: 0,
    floor: 0,
    agendaIndex: 0,
    itemStartedAt: 0,
    passesInRow: 0,
    phaseMoves: 0,
    followUpBy: -1,
    followUpCount: 0,
    followUpAccepted: new Array(nA).fill(0),
    cbmUsed: new Array(nA).fill(0),
    agreedHere: [],
    results: [],
    tension: scenario.world.tension,
    cohesion: scenario.world.cohesion,
    trust,
    stances: new Array(nA).fill(ENGAGED),
    positions,
    agreed: new Array(nI).fill(-1),
    propOption: new Array(nI).fill(-1),
    propBy: new Array(nI).fill(-1),
    propCount: new Array(nI).fill(0),
    propAccepted: new Array(nI * nA).fill(0),
    demands: new Array(scenario.demands.length).fill(TABLED),
    redLines: new Array(scenario.redLines.length).fill(INTACT),
    fired: new Array(scenario.injects.length).fill(0),
    rc,
    r0,
    r1,
    r2,
  };
  openTrack(g, s, 0, draw);
  return s;
}

/** A private copy to search or play on; `results` entries are never changed once written, so they are shared. */
export function clonePlain(s: PlainState): PlainState {
  return {
    over: s.over,
    track: s.track,
    phase: s.phase,
    clock: s.clock,
    floor: s.floor,
    agendaIndex: s.agendaIndex,
    itemStartedAt: s.itemStartedAt,
    passesInRow: s.passesInRow,
    phaseMoves: s.phaseMoves,
    followUpBy: s.followUpBy,
    followUpCount: s.followUpCount,
    followUpAccepted: s.followUpAccepted.slice(),
    cbmUsed: s.cbmUsed.slice(),
    agreedHere: s.agreedHere.slice(),
    results: s.results.slice(),
    tension: s.tension,
    cohesion: s.cohesion,
    trust: s.trust.slice(),
    stances: s.stances.slice(),
    positions: s.positions.slice(),
    agreed: s.agreed.slice(),
    propOption: s.propOption.slice(),
    propBy: s.propBy.slice(),
    propCount: s.propCount.slice(),
    propAccepted: s.propAccepted.slice(),
    demands: s.demands.slice(),
    redLines: s.redLines.slice(),
    fired: s.fired.slice(),
    rc: s.rc,
    r0: s.r0,
    r1: s.r1,
    r2: s.r2,
  };
}

/** The actor on the floor, or -1 when the game is over. */
export function speakerOf(g: PlainGame, s: PlainState): number {
  if (s.over) return -1;
  return g.tracks[s.track]?.speakers[s.floor] ?? -1;
}

/** The issue under negotiation, or -1 outside the agenda. */
export function currentIssueOf(g: PlainGame, s: PlainState): number {
  if (s.phase !== AGENDA && s.phase !== OVERRUN) return -1;
  return g.tracks[s.track]?.agenda[s.agendaIndex] ?? -1;
}

function demandEvent(s: PlainState, d: number, next: (current: number) => number): void {
  s.demands[d] = next(s.demands[d] ?? TABLED);
}
const discuss = (x: number): number =>
  x === TABLED || x === D_REJECTED || x === DEFERRED ? UNDER_DISCUSSION : x;
const acceptDemand = (x: number): number => (x === D_ACCEPTED || x === WITHDRAWN ? x : D_ACCEPTED);
const rejectDemand = (x: number): number =>
  x === TABLED || x === UNDER_DISCUSSION || x === DEFERRED ? D_REJECTED : x;
const deferDemand = (x: number): number => (x === UNDER_DISCUSSION ? DEFERRED : x);
const withdrawDemand = (x: number): number => (x === D_ACCEPTED || x === WITHDRAWN ? x : WITHDRAWN);

function blockingRedLine(g: PlainGame, s: PlainState, a: number, i: number, o: number): boolean {
  const lines = g.rlByActorIssue[a * g.nI + i] ?? [];
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k] ?? 0;
    if (g.rlForbids[r * g.stride + o] === 1 && s.redLines[r] !== CROSSED) return true;
  }
  return false;
}

function absentRedLine(
  g: PlainGame,
  s: PlainState,
  present: readonly number[],
  i: number,
  o: number,
): boolean {
  const lines = g.rlByIssue[i] ?? [];
  for (let k = 0; k < lines.length; k++) {
    const r = lines[k] ?? 0;
    if (g.rlForbids[r * g.stride + o] === 1 && s.redLines[r] !== CROSSED && present[g.rlActor[r] ?? 0] !== 1)
      return true;
  }
  return false;
}

function acceptable(g: PlainGame, s: PlainState, a: number, i: number, o: number): boolean {
  const base = (a * g.nI + i) * g.stride;
  return (
    (g.values[base + o] ?? 0) >= (g.values[base + (s.positions[a * g.nI + i] ?? 0)] ?? 0) &&
    !blockingRedLine(g, s, a, i, o)
  );
}

function nextConcession(g: PlainGame, s: PlainState, a: number, i: number): number {
  const base = (a * g.nI + i) * g.stride;
  const current = g.values[base + (s.positions[a * g.nI + i] ?? 0)] ?? 0;
  let best = -1;
  let bestValue = -1;
  const n = g.nO[i] ?? 0;
  for (let o = 0; o < n; o++) {
    const v = g.values[base + o] ?? 0;
    if (v < current && v > bestValue) {
      best = o;
      bestValue = v;
    }
  }
  return best;
}

/**
 * The legal moves of the actor on the floor, in the engine's order, written into `out`; returns their count.
 * Reusing `out` keeps the hot loop free of allocation.
 */
export function legalPlain(g: PlainGame, s: PlainState, out: number[]): number {
  out.length = 0;
  if (s.over) return 0;
  const t = g.tracks[s.track];
  if (t === undefined) return 0;
  const a = t.speakers[s.floor] ?? 0;
  const stance = s.stances[a] ?? 0;
  const allowed = (STANCE_ALLOWS[stance] ?? 0) & (PHASE_ALLOWS[s.phase] ?? 0);
  if (allowed & bit(FIRM)) out.push(FIRM, CONCILIATORY);
  const i = currentIssueOf(g, s);
  if (i !== -1 && s.agreed[i] === -1) {
    const nO = g.nO[i] ?? 0;
    const open = s.propOption[i] ?? -1;
    const by = s.propBy[i] ?? -1;
    // Two rules changed with model 2 even for format-1 scenarios: an absent actor's red line no longer stops a
    // proposal or counter (anyone may table what it wants), only its acceptance; and a counter may name the
    // option already on the table (format 1 wanted a different one).
    if (open === -1 && allowed & bit(PROPOSE)) {
      for (let o = 0; o < nO; o++) if (acceptable(g, s, a, i, o)) out.push(PROPOSE | (o << 4));
    }
    const othersOpen = open !== -1 && by !== a;
    if (othersOpen && allowed & bit(COUNTER)) {
      for (let o = 0; o < nO; o++) if (acceptable(g, s, a, i, o)) out.push(COUNTER | (o << 4));
    }
    const notAccepted = othersOpen && s.propAccepted[i * g.nA + a] !== 1;
    if (
      notAccepted &&
      allowed & bit(ACCEPT) &&
      acceptable(g, s, a, i, open) &&
      !absentRedLine(g, s, t.present, i, open) &&
      (s.trust[a * g.nA + by] ?? 0) >= g.minTrust
    )
      out.push(ACCEPT);
    if (notAccepted && allowed & bit(REJECT)) out.push(REJECT);
    if (allowed & bit(CONCEDE)) {
      const next = nextConcession(g, s, a, i);
      if (next !== -1 && !blockingRedLine(g, s, a, i, next)) out.push(CONCEDE);
    }
  }
  if (i !== -1) {
    const lines = g.rlByActorIssue[a * g.nI + i] ?? [];
    for (let k = 0; k < lines.length; k++) {
      const r = lines[k] ?? 0;
      const status = s.redLines[r];
      if (status === CROSSED) continue;
      if (status !== HELD && allowed & bit(REAFFIRM)) out.push(REAFFIRM | (r << 4));
      if (allowed & bit(CROSS)) out.push(CROSS | (r << 4));
    }
  }
  if (allowed & bit(OFFER_CBM) && s.cbmUsed[a] !== 1) out.push(OFFER_CBM);
  if (allowed & bit(PROPOSE_FOLLOW_UP) && s.followUpBy === -1) out.push(PROPOSE_FOLLOW_UP);
  if (
    allowed & bit(ACCEPT_FOLLOW_UP) &&
    s.followUpBy !== -1 &&
    s.followUpBy !== a &&
    s.followUpAccepted[a] !== 1
  )
    out.push(ACCEPT_FOLLOW_UP);
  if (allowed & bit(WALK_OUT)) out.push(WALK_OUT, PASS);
  return out.length;
}

const scratch: number[] = [];
/** Whether a move is legal now (the rules' only judge here is the move list). */
export function isLegalPlain(g: PlainGame, s: PlainState, code: number): boolean {
  const n = legalPlain(g, s, scratch);
  for (let k = 0; k < n; k++) if (scratch[k] === code) return true;
  return false;
}

function othersTrust(g: PlainGame, s: PlainState, a: number, delta: number): void {
  const speakers = g.tracks[s.track]?.speakers ?? [];
  for (let k = 0; k < speakers.length; k++) {
    const other = speakers[k] ?? 0;
    if (other === a) continue;
    const x = other * g.nA + a;
    s.trust[x] = clamp((s.trust[x] ?? 0) + delta);
  }
}

function trustOf(g: PlainGame, s: PlainState, from: number, to: number, delta: number): void {
  const x = from * g.nA + to;
  s.trust[x] = clamp((s.trust[x] ?? 0) + delta);
}

function harden(s: PlainState, a: number): void {
  if (s.stances[a] === ENGAGED) s.stances[a] = HARDENED;
}
function engage(s: PlainState, a: number): void {
  if (s.stances[a] === HARDENED) s.stances[a] = ENGAGED;
}

function turnDown(g: PlainGame, s: PlainState, i: number, o: number, by: number): void {
  const ds = g.demandsByIssue[i] ?? [];
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k] ?? 0;
    if (g.dOption[d] === o && g.dAddressee[d * g.nA + by] === 1) demandEvent(s, d, rejectDemand);
  }
}

function clearProposal(g: PlainGame, s: PlainState, i: number): void {
  s.propOption[i] = -1;
  s.propBy[i] = -1;
  s.propCount[i] = 0;
  for (let a = 0; a < g.nA; a++) s.propAccepted[i * g.nA + a] = 0;
}

/** Applies a legal move in place. */
export function applyPlain(g: PlainGame, s: PlainState, code: number, draw: Draw = plainDraw): void {
  const kind = code & 15;
  const arg = code >> 4;
  const t = g.tracks[s.track];
  if (t === undefined) return;
  const a = t.speakers[s.floor] ?? 0;
  const i = currentIssueOf(g, s);
  s.clock += g.minutes[kind] ?? 0;
  switch (kind) {
    case FIRM:
      s.tension = clamp(s.tension + 4);
      othersTrust(g, s, a, -1);
      if (s.tension >= g.hardenAt) harden(s, a);
      break;
    case CONCILIATORY:
      s.tension = clamp(s.tension - 3);
      othersTrust(g, s, a, 2);
      engage(s, a);
      break;
    case PROPOSE:
    case COUNTER: {
      if (kind === COUNTER && (s.propOption[i] ?? -1) !== -1) {
        turnDown(g, s, i, s.propOption[i] ?? 0, a);
        s.tension = clamp(s.tension + 1);
      }
      clearProposal(g, s, i);
      s.propOption[i] = arg;
      s.propBy[i] = a;
      s.propCount[i] = 1;
      s.propAccepted[i * g.nA + a] = 1;
      const lines = g.rlByIssue[i] ?? [];
      for (let k = 0; k < lines.length; k++) {
        const r = lines[k] ?? 0;
        if (g.rlForbids[r * g.stride + arg] !== 1) continue;
        const status = s.redLines[r];
        if (status === INTACT || status === HELD) s.redLines[r] = CHALLENGED;
      }
      break;
    }
    case ACCEPT: {
      const by = s.propBy[i] ?? 0;
      s.propAccepted[i * g.nA + a] = 1;
      s.propCount[i] = (s.propCount[i] ?? 0) + 1;
      trustOf(g, s, by, a, 3);
      if ((s.propCount[i] ?? 0) >= t.speakers.length) agree(g, s, i, s.propOption[i] ?? 0);
      break;
    }
    case REJECT: {
      const by = s.propBy[i] ?? 0;
      turnDown(g, s, i, s.propOption[i] ?? 0, a);
      clearProposal(g, s, i);
      s.tension = clamp(s.tension + 3);
      trustOf(g, s, by, a, -3);
      break;
    }
    case CONCEDE: {
      const next = nextConcession(g, s, a, i);
      s.positions[a * g.nI + i] = next;
      const base = (a * g.nI + i) * g.stride;
      const ds = g.demandsByIssue[i] ?? [];
      for (let k = 0; k < ds.length; k++) {
        const d = ds[k] ?? 0;
        if (g.dActor[d] === a && (g.values[base + (g.dOption[d] ?? 0)] ?? 0) > (g.values[base + next] ?? 0))
          demandEvent(s, d, withdrawDemand);
      }
      break;
    }
    case REAFFIRM: {
      const status = s.redLines[arg];
      if (status === INTACT || status === CHALLENGED) s.redLines[arg] = HELD;
      s.tension = clamp(s.tension + 2);
      s.cohesion = clamp(s.cohesion + 1);
      break;
    }
    case CROSS: {
      s.redLines[arg] = CROSSED;
      s.tension = clamp(s.tension - 5);
      s.cohesion = clamp(s.cohesion - (g.rlPriceCohesion[arg] ?? 0));
      const price = g.rlPriceTrust[arg] ?? 0;
      for (const ally of g.allies[a] ?? []) trustOf(g, s, ally, a, -price);
      break;
    }
    case OFFER_CBM:
      s.cbmUsed[a] = 1;
      othersTrust(g, s, a, 6);
      s.tension = clamp(s.tension - 5);
      engage(s, a);
      break;
    case PROPOSE_FOLLOW_UP:
      s.followUpBy = a;
      s.followUpCount = 1;
      s.followUpAccepted[a] = 1;
      break;
    case ACCEPT_FOLLOW_UP:
      s.followUpAccepted[a] = 1;
      s.followUpCount += 1;
      break;
    case WALK_OUT:
      if (s.stances[a] !== WALKED_OUT) s.stances[a] = WALKED_OUT;
      s.tension = clamp(s.tension + 25);
      collapse(g, s);
      return;
    default:
      break;
  }
  advance(g, s, kind === PASS, draw);
}

function openTrack(g: PlainGame, s: PlainState, index: number, draw: Draw): void {
  s.track = index;
  s.phase = OPENING;
  s.clock = 0;
  s.floor = 0;
  s.agendaIndex = 0;
  s.itemStartedAt = 0;
  s.passesInRow = 0;
  s.phaseMoves = 0;
  s.followUpBy = -1;
  s.followUpCount = 0;
  s.followUpAccepted.fill(0);
  s.cbmUsed.fill(0);
  s.agreedHere.length = 0;
  fireInjects(g, s, false, draw);
  // As the engine: tension carried in (or an opening inject) at its limit collapses the meeting at once.
  if (s.tension >= 100) collapse(g, s);
}

function fireInjects(g: PlainGame, s: PlainState, drawRandom: boolean, draw: Draw): void {
  const injects = g.tracks[s.track]?.injects ?? [];
  for (let k = 0; k < injects.length; k++) {
    const j = injects[k] ?? 0;
    if (s.fired[j] === 1) continue;
    const inject = g.injects[j];
    if (inject === undefined) continue;
    let fire = false;
    if (!inject.random) fire = s.clock >= inject.atMinute;
    else if (drawRandom) fire = draw(s) < inject.probability;
    if (!fire) continue;
    s.fired[j] = 1;
    s.tension = clamp(s.tension + inject.tension);
    s.cohesion = clamp(s.cohesion + inject.cohesion);
    for (const [from, to, delta] of inject.trust) trustOf(g, s, from, to, delta);
  }
}

function agree(g: PlainGame, s: PlainState, i: number, o: number): void {
  s.agreed[i] = o;
  clearProposal(g, s, i);
  s.agreedHere.push(i);
  const ds = g.demandsByIssue[i] ?? [];
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k] ?? 0;
    const base = ((g.dActor[d] ?? 0) * g.nI + i) * g.stride;
    const asked = g.values[base + (g.dOption[d] ?? 0)] ?? 0;
    demandEvent(s, d, (g.values[base + o] ?? 0) >= asked ? acceptDemand : rejectDemand);
  }
}

function finishTrack(g: PlainGame, s: PlainState, phase: number, followUp: boolean): void {
  const tabled: [number, number, number][] = [];
  for (let i = 0; i < g.nI; i++) {
    const o = s.propOption[i] ?? -1;
    if (o === -1) continue;
    tabled.push([i, o, s.propBy[i] ?? 0]);
    clearProposal(g, s, i);
  }
  s.results.push({ track: s.track, phase, agreed: s.agreedHere.slice(), tabled, followUp, minutes: s.clock });
}

function collapse(g: PlainGame, s: PlainState): void {
  s.phase = COLLAPSED;
  finishTrack(g, s, COLLAPSED, false);
  s.over = true;
}

function followUpAgreed(g: PlainGame, s: PlainState): boolean {
  return s.followUpBy !== -1 && s.followUpCount >= (g.tracks[s.track]?.speakers.length ?? 0);
}

function conclude(g: PlainGame, s: PlainState, draw: Draw): void {
  const t = g.tracks[s.track];
  if (t === undefined) return;
  let allAgreed = true;
  for (let k = 0; k < t.agenda.length; k++) if (s.agreed[t.agenda[k] ?? 0] === -1) allAgreed = false;
  s.phase = allAgreed ? AGREEMENT : s.agreedHere.length > 0 ? PARTIAL : NO_BREAKTHROUGH;
  for (let d = 0; d < s.demands.length; d++) demandEvent(s, d, deferDemand);
  finishTrack(g, s, s.phase, followUpAgreed(g, s));
  if (s.track + 1 < g.tracks.length) openTrack(g, s, s.track + 1, draw);
  else s.over = true;
}

function close(s: PlainState): void {
  s.phase = CLOSING;
  s.phaseMoves = 0;
  s.passesInRow = 0;
}

function startItem(g: PlainGame, s: PlainState, k: number): void {
  const t = g.tracks[s.track];
  if (t === undefined) return;
  let item = k;
  while (item < t.agenda.length && s.agreed[t.agenda[item] ?? 0] !== -1) item++;
  if (item >= t.agenda.length || s.clock >= t.limit) {
    close(s);
    return;
  }
  const issue = t.agenda[item] ?? 0;
  s.agendaIndex = item;
  s.itemStartedAt = s.clock;
  s.passesInRow = 0;
  const ds = g.demandsByIssue[issue] ?? [];
  for (let x = 0; x < ds.length; x++) {
    const d = ds[x] ?? 0;
    if (t.present[g.dActor[d] ?? 0] === 1) demandEvent(s, d, discuss);
  }
  if (s.phase === AGENDA && s.clock >= t.scheduled) s.phase = OVERRUN;
}

function advance(g: PlainGame, s: PlainState, passed: boolean, draw: Draw): void {
  const t = g.tracks[s.track];
  if (t === undefined) return;
  const n = t.speakers.length;
  s.floor = (s.floor + 1) % n;
  s.passesInRow = passed ? s.passesInRow + 1 : 0;
  s.phaseMoves += 1;
  fireInjects(g, s, true, draw);
  if (s.tension >= 100) {
    collapse(g, s);
    return;
  }
  switch (s.phase) {
    case OPENING:
      if (s.phaseMoves >= n) {
        s.phase = AGENDA;
        startItem(g, s, 0);
      }
      return;
    case AGENDA:
    case OVERRUN: {
      const issue = t.agenda[s.agendaIndex] ?? 0;
      const itemOver =
        s.agreed[issue] !== -1 ||
        s.clock - s.itemStartedAt >= (t.itemMinutes[s.agendaIndex] ?? 0) ||
        s.passesInRow >= n;
      if (itemOver) startItem(g, s, s.agendaIndex + 1);
      else if (s.clock >= t.limit) close(s);
      else if (s.phase === AGENDA && s.clock >= t.scheduled) s.phase = OVERRUN;
      return;
    }
    case CLOSING:
      if (followUpAgreed(g, s) || s.phaseMoves >= 2 * n) conclude(g, s, draw);
      return;
    default:
      return;
  }
}

/** The result of a game in scenario ids, shaped like the engine's `Outcome` (the parts the bench compares). */
export interface PlainOutcome {
  readonly overall: "agreement" | "partial-agreement" | "no-breakthrough" | "collapse";
  readonly finished: boolean;
  readonly tracks: readonly {
    readonly track: string;
    readonly result: "agreement" | "partial-agreement" | "no-breakthrough" | "collapse";
    readonly agreed: Readonly<Record<string, string>>;
    readonly tabled: readonly { readonly issue: string; readonly option: string; readonly by: string }[];
    readonly followUp: boolean;
    readonly minutes: number;
  }[];
  readonly agreed: Readonly<Record<string, string>>;
  readonly utilities: Readonly<Record<string, number>>;
  readonly redLinesCrossed: readonly string[];
  readonly demands: Readonly<Record<string, string>>;
  readonly tension: number;
  readonly cohesion: number;
}

const RESULT_OF_PHASE: Readonly<Record<number, PlainOutcome["overall"]>> = {
  [AGREEMENT]: "agreement",
  [PARTIAL]: "partial-agreement",
  [NO_BREAKTHROUGH]: "no-breakthrough",
  [COLLAPSED]: "collapse",
};

/** Each actor's utility, by index: the agreed package (status quo elsewhere) or its reservation, less prices. */
export function utilitiesPlain(g: PlainGame, s: PlainState): number[] {
  let collapsed = false;
  for (const r of s.results) if (r.phase === COLLAPSED) collapsed = true;
  const out: number[] = [];
  for (let a = 0; a < g.nA; a++) {
    let u = 0;
    if (collapsed) u = g.reservation[a] ?? 0;
    else
      for (let i = 0; i < g.nI; i++) {
        const o = s.agreed[i] === -1 ? (g.statusQuo[i] ?? 0) : (s.agreed[i] ?? 0);
        u += (g.weights[a * g.nI + i] ?? 0) * (g.values[(a * g.nI + i) * g.stride + o] ?? 0);
      }
    for (let r = 0; r < s.redLines.length; r++)
      if (g.rlActor[r] === a && s.redLines[r] === CROSSED) u -= g.rlPriceUtility[r] ?? 0;
    out.push(Math.min(1, Math.max(0, u)));
  }
  return out;
}

/** The outcome in scenario ids, comparable with the engine's `outcome(state)`. */
export function outcomePlain(g: PlainGame, s: PlainState): PlainOutcome {
  const option = (i: number, o: number) => g.optionIds[i]?.[o] ?? "";
  const agreed: Record<string, string> = {};
  let count = 0;
  for (let i = 0; i < g.nI; i++) {
    const o = s.agreed[i] ?? -1;
    if (o === -1) continue;
    agreed[g.issueIds[i] ?? ""] = option(i, o);
    count++;
  }
  const collapsed = s.results.some((r) => r.phase === COLLAPSED);
  const onAgenda = new Set(g.tracks.flatMap((t) => t.agenda));
  const allAgreed = [...onAgenda].every((i) => s.agreed[i] !== -1);
  const utilities: Record<string, number> = {};
  utilitiesPlain(g, s).forEach((u, a) => {
    utilities[g.actorIds[a] ?? ""] = u;
  });
  const demands: Record<string, string> = {};
  g.demandIds.forEach((id, d) => {
    demands[id] = DEMAND_NAMES[s.demands[d] ?? 0] ?? "tabled";
  });
  return {
    overall: collapsed
      ? "collapse"
      : allAgreed
        ? "agreement"
        : count > 0
          ? "partial-agreement"
          : "no-breakthrough",
    finished: s.over,
    tracks: s.results.map((r) => {
      const agreedHere: Record<string, string> = {};
      for (const i of r.agreed) agreedHere[g.issueIds[i] ?? ""] = option(i, s.agreed[i] ?? 0);
      return {
        track: g.tracks[r.track]?.id ?? "",
        result: RESULT_OF_PHASE[r.phase] ?? "no-breakthrough",
        agreed: agreedHere,
        tabled: r.tabled.map(([i, o, by]) => ({
          issue: g.issueIds[i] ?? "",
          option: option(i, o),
          by: g.actorIds[by] ?? "",
        })),
        followUp: r.followUp,
        minutes: r.minutes,
      };
    }),
    agreed,
    utilities,
    redLinesCrossed: g.redLineIds.filter((_, r) => s.redLines[r] === CROSSED),
    demands,
    tension: s.tension,
    cohesion: s.cohesion,
  };
}

/** A move in format 1's shape, `{ type, actor, ... }` in scenario ids (the engine's moves before model 2). */
export type Format1Move =
  | { type: "statement"; actor: string; tone: "firm" | "conciliatory" }
  | { type: "propose" | "counter"; actor: string; issue: string; option: string }
  | { type: "accept" | "reject" | "concede"; actor: string; issue: string }
  | { type: "reaffirm" | "cross"; actor: string; redLine: string }
  | {
      type: "offer-cbm" | "propose-follow-up" | "accept-follow-up" | "walk-out" | "pass";
      actor: string;
    };

/** A move code of a state in format 1's shape (for comparing with the engine and boardgame.io). */
export function format1Move(g: PlainGame, s: PlainState, code: number): Format1Move {
  const kind = code & 15;
  const arg = code >> 4;
  const actor = g.actorIds[speakerOf(g, s)] ?? "";
  const i = currentIssueOf(g, s);
  const issue = g.issueIds[i] ?? "";
  switch (kind) {
    case FIRM:
      return { type: "statement", actor, tone: "firm" };
    case CONCILIATORY:
      return { type: "statement", actor, tone: "conciliatory" };
    case PROPOSE:
      return { type: "propose", actor, issue, option: g.optionIds[i]?.[arg] ?? "" };
    case COUNTER:
      return { type: "counter", actor, issue, option: g.optionIds[i]?.[arg] ?? "" };
    case ACCEPT:
      return { type: "accept", actor, issue };
    case REJECT:
      return { type: "reject", actor, issue };
    case CONCEDE:
      return { type: "concede", actor, issue };
    case REAFFIRM:
      return { type: "reaffirm", actor, redLine: g.redLineIds[arg] ?? "" };
    case CROSS:
      return { type: "cross", actor, redLine: g.redLineIds[arg] ?? "" };
    default: {
      const type = KIND_TYPES[kind];
      if (
        type === "offer-cbm" ||
        type === "propose-follow-up" ||
        type === "accept-follow-up" ||
        type === "walk-out" ||
        type === "pass"
      )
        return { type, actor };
      throw new Error(`not a move code: ${code}`);
    }
  }
}

/**
 * The code of a move given as `type` plus its arguments in scenario ids (boardgame.io's moves carry them so),
 * or -1 when it names something that does not exist or is not on the agenda.
 */
export function codeOf(g: PlainGame, s: PlainState, type: string, args: readonly unknown[]): number {
  const i = currentIssueOf(g, s);
  const issueArg = (k: number) => typeof args[k] === "string" && g.issueIndex.get(args[k]) === i && i !== -1;
  switch (type) {
    case "statement":
      return args[0] === "firm" ? FIRM : args[0] === "conciliatory" ? CONCILIATORY : -1;
    case "propose":
    case "counter": {
      const o = typeof args[1] === "string" ? g.optionIndex[i]?.get(args[1]) : undefined;
      if (!issueArg(0) || o === undefined) return -1;
      return (type === "propose" ? PROPOSE : COUNTER) | (o << 4);
    }
    case "accept":
      return issueArg(0) ? ACCEPT : -1;
    case "reject":
      return issueArg(0) ? REJECT : -1;
    case "concede":
      return issueArg(0) ? CONCEDE : -1;
    case "reaffirm":
    case "cross": {
      const r = typeof args[0] === "string" ? g.redLineIndex.get(args[0]) : undefined;
      if (r === undefined) return -1;
      return (type === "reaffirm" ? REAFFIRM : CROSS) | (r << 4);
    }
    case "offer-cbm":
      return OFFER_CBM;
    case "propose-follow-up":
      return PROPOSE_FOLLOW_UP;
    case "accept-follow-up":
      return ACCEPT_FOLLOW_UP;
    case "walk-out":
      return WALK_OUT;
    case "pass":
      return PASS;
    default:
      return -1;
  }
}
