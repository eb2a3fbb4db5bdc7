import { and, assign, enqueueActions, fromCallback, or, sendTo, setup } from "xstate";
import type { BranchModel, BriefingModel, MatchSetup, WhyModel } from "../models/index.js";
import type { EngineCommand, EngineReport, MatchSnapshot, ReviewSnapshot } from "../worker/protocol.js";
import { moveDuration, type Speed } from "./speed.js";
import type { StoredBranchesRead } from "./storage.js";

/**
 * The page as one xstate actor. Its states are the screens (choosing, briefing, the table, the end,
 * reviewing) and, at the table, whose turn it is: the player's, the bots' (the worker thinks), a move being
 * animated, or a hot-seat hand-over. The engine worker is a child actor that lives as long as a session.
 */

/** What the page found when it opened: a replay link in the address, a save in storage. */
export interface AppInput {
  readonly replay: string | null;
  readonly save: string | null;
  readonly speed: Speed;
  /**
   * The earlier lines (what-ifs) the page kept beside its save, as read: restored when the save is resumed
   * and belongs to the same game; an unreadable list is dropped with a message.
   */
  readonly branches?: StoredBranchesRead | null;
}

/** The app actor's context. */
export interface AppContext {
  readonly input: AppInput;
  /** A message for the player (a refused save or link, an engine refusal); null when there is none. */
  readonly notice: string | null;
  readonly setup: MatchSetup | null;
  readonly snapshot: MatchSnapshot | null;
  readonly briefing: BriefingModel | null;
  readonly review: ReviewSnapshot | null;
  /**
   * The move the review was last asked to show, before the worker has answered: the slider follows the
   * player's keys at once, so that several quick presses add up rather than each starting from a stale value.
   */
  readonly reviewAt: number | null;
  readonly speed: Speed;
  /** Whether the bots play on without animation until a person has the floor. */
  readonly skipping: boolean;
  /** The person who last had the floor at this device, for hot-seat hand-overs. */
  readonly lastPerson: string | null;
  /** Whether the session is the player's own game (saved), rather than a replay link being watched. */
  readonly ownGame: boolean;
  /** The earlier lines of this game the player went back from, oldest first (what-ifs). */
  readonly branches: readonly BranchModel[];
  /** The debrief's "why it ended so" last answered (its fingerprint says which game it is of). */
  readonly why: WhyModel | null;
  /** Why the engine refused the last "why" asked; null when it did not. */
  readonly whyProblem: string | null;
}

/** Everything the app actor reacts to. */
export type AppEvent =
  | { readonly type: "START"; readonly setup: MatchSetup }
  | { readonly type: "TAKE_SEAT" }
  | { readonly type: "PLAY"; readonly moveId: string }
  | { readonly type: "UNDO" }
  | { readonly type: "SKIP" }
  | { readonly type: "SET_SPEED"; readonly speed: Speed }
  | { readonly type: "ANIMATION_DONE" }
  | { readonly type: "READY" }
  | { readonly type: "REVIEW" }
  | { readonly type: "REVIEW_AT"; readonly at: number }
  | { readonly type: "BACK_TO_END" }
  /** Goes back to the game after its first `at` moves and plays on from there, keeping the line left. */
  | { readonly type: "PLAY_FROM"; readonly at: number }
  /** Forgets the earlier lines of this game (on the page and in its storage). */
  | { readonly type: "FORGET_BRANCHES" }
  | { readonly type: "NEW_GAME" }
  /** Opens the class view (a class's games side by side) from the chooser, and goes back. */
  | { readonly type: "OPEN_CLASS" }
  | { readonly type: "CLOSE_CLASS" }
  | { readonly type: "DISMISS_NOTICE" }
  /** Asks for the debrief's zones and the Pareto view of a meeting for two actors (null: the defaults). */
  | { readonly type: "WHY"; readonly track: string | null; readonly actors: readonly string[] | null }
  | EngineReportEvent;

/** The event the engine actor sends its parent for every report of the engine. */
export interface EngineReportEvent {
  readonly type: "ENGINE.REPORT";
  readonly report: EngineReport;
}

/**
 * The engine's place in the app: a callback actor that receives {@link EngineCommand}s and sends back
 * {@link EngineReportEvent}s. main.ts provides the Web Worker (src/worker/client.ts); tests provide the same
 * responder in-process. This stand-in answers nothing.
 */
export const engineSlot = fromCallback<EngineCommand>(() => undefined);

type Report<T extends EngineReport["type"]> = Extract<EngineReport, { type: T }>;

function reportOf(event: AppEvent): EngineReport | null {
  return event.type === "ENGINE.REPORT" ? event.report : null;
}

function matchOf(event: AppEvent): MatchSnapshot | null {
  const report = reportOf(event);
  return report?.type === "match" ? report.snapshot : null;
}

function refusalOf(event: AppEvent): Report<"refused"> | null {
  const report = reportOf(event);
  return report?.type === "refused" ? report : null;
}

/** The action that keeps the save of the match a report carries (the page stores it). */
const keepSave = {
  type: "rememberSave",
  params: ({ event }: { event: AppEvent }) => ({ save: matchOf(event)?.save ?? "" }),
} as const;

const version = (context: AppContext): number => context.snapshot?.version ?? 0;

/** The line the player leaves when going back to move `at`, as a branch to show beside the new line. */
function branchOf(context: AppContext, at: number): BranchModel[] {
  const end = context.snapshot?.end;
  if (end == null) return [];
  return [
    {
      number: context.branches.length + 1,
      from: at,
      moveCount: end.moveCount,
      overall: end.overall,
      utilities: end.actors.map((a) => ({ name: a.name, utility: a.utility })),
      fingerprint: end.fingerprint,
      replay: context.snapshot?.replay ?? null,
    },
  ];
}

/** The earlier lines kept for the game a resumed snapshot is of, and what to say if they were unreadable. */
function restoredBranches(
  input: AppInput,
  game: string | undefined,
): { branches: readonly BranchModel[]; dropped: string | null } {
  const stored = input.branches;
  if (stored == null) return { branches: [], dropped: null };
  if (!stored.ok) return { branches: [], dropped: stored.error };
  return { branches: stored.value.game === game ? stored.value.branches : [], dropped: null };
}

/** The action that keeps this game's earlier lines (the page stores them, or forgets an empty list). */
const keepBranches = {
  type: "rememberBranches",
  params: ({ context }: { context: AppContext }) => ({
    game: context.snapshot?.game ?? "",
    branches: context.branches,
  }),
} as const;

const appSetup = setup({
  types: {
    context: {} as AppContext,
    events: {} as AppEvent,
    input: {} as AppInput,
  },
  actors: { engine: engineSlot },
  actions: {
    // Side effects on the page (storage, the address); main.ts provides them, tests replace them.
    rememberSave: (_, _params: { save: string }) => {},
    forgetSave: () => {},
    rememberBranches: (_, _params: { game: string; branches: readonly BranchModel[] }) => {},
    forgetBranches: () => {},
    clearReplayLink: () => {},
    takeSnapshot: assign(({ context, event }) => {
      const snapshot = matchOf(event);
      if (snapshot === null) return {};
      return { snapshot, briefing: snapshot.briefing ?? context.briefing };
    }),
    noteRefusal: assign(({ event }) => ({ notice: refusalOf(event)?.message ?? null })),
  },
  guards: {
    hasReplay: ({ context }) => context.input.replay !== null,
    hasSave: ({ context }) => context.input.save !== null,
    isMatch: ({ event }) => matchOf(event) !== null,
    isReview: ({ event }) => reportOf(event)?.type === "review",
    isWhy: ({ event }) => {
      const report = reportOf(event);
      return report?.type === "why" || (report?.type === "refused" && report.command === "why");
    },
    wasUndo: ({ event }) => {
      const reason = matchOf(event)?.reason;
      return reason === "undone" || reason === "rewound";
    },
    isOver: ({ context }) => context.snapshot?.end != null,
    personOnFloor: ({ context }) => {
      const c = context.snapshot?.floorController;
      return c === "you" || c === "person";
    },
    handOverNeeded: ({ context }) => {
      const s = context.snapshot;
      if (s === null || s.people < 2) return false;
      return s.table.floor !== null && s.table.floor !== context.lastPerson;
    },
    canUndo: ({ context }) => context.snapshot?.canUndo === true,
    skipping: ({ context }) => context.skipping,
    instant: ({ context }) => context.speed === "instant" || context.skipping,
    fromEnd: ({ context }) => context.snapshot?.end != null && context.ownGame,
  },
  delays: {
    // A fallback should the scene never report the end of an animation (a lost frame, a hidden tab).
    animationTimeout: ({ context }) => moveDuration(context.speed) + 1500,
  },
});

/**
 * "Play on from here": from the review's slider or a line of the end screen's transcript alike, goes back to
 * the game after its first `at` moves, keeping the line left as a branch.
 */
const playFrom = {
  guard: "fromEnd",
  target: "#parley.session.table.awaitingEngine",
  actions: [
    appSetup.assign(({ context, event }) =>
      event.type === "PLAY_FROM"
        ? {
            branches: [...context.branches, ...branchOf(context, event.at)],
            review: null,
            // The new line asks its own "why": an earlier answer or refusal is not of it.
            why: null,
            whyProblem: null,
          }
        : { why: null, whyProblem: null },
    ),
    keepBranches,
    appSetup.sendTo(
      "engine",
      ({ context, event }): EngineCommand => ({
        type: "rewind",
        version: version(context),
        to: event.type === "PLAY_FROM" ? event.at : 0,
      }),
    ),
  ],
} as const;

export const appMachine = appSetup.createMachine({
  id: "parley",
  context: ({ input }) => ({
    input,
    notice: null,
    setup: null,
    snapshot: null,
    briefing: null,
    review: null,
    reviewAt: null,
    speed: input.speed,
    skipping: false,
    lastPerson: null,
    ownGame: false,
    branches: [],
    why: null,
    whyProblem: null,
  }),
  initial: "booting",
  on: {
    SET_SPEED: { actions: assign(({ event }) => ({ speed: event.speed })) },
    DISMISS_NOTICE: { actions: assign({ notice: null }) },
  },
  states: {
    booting: {
      always: [
        { guard: "hasReplay", target: "session.openingReplay" },
        { guard: "hasSave", target: "session.resuming" },
        { target: "choosing" },
      ],
    },
    choosing: {
      on: {
        START: {
          target: "session.starting",
          actions: assign(({ event }) => ({ setup: event.setup, notice: null })),
        },
        OPEN_CLASS: { target: "classView", actions: assign({ notice: null }) },
      },
    },
    // The class view keeps its own actor and worker (src/app/class-machine.ts), for as long as it is open.
    classView: {
      on: { CLOSE_CLASS: "choosing" },
    },
    session: {
      invoke: { id: "engine", src: "engine" },
      on: {
        FORGET_BRANCHES: {
          actions: [
            assign({ branches: [], notice: "The earlier lines of this game are forgotten." }),
            { type: "forgetBranches" },
          ],
        },
        NEW_GAME: {
          target: "choosing",
          actions: [
            // Leaving one's own game forgets its save; leaving a replay link keeps the player's save.
            enqueueActions(({ context, enqueue }) => {
              if (context.ownGame) {
                enqueue({ type: "forgetSave" });
                enqueue({ type: "forgetBranches" });
              }
              enqueue({ type: "clearReplayLink" });
            }),
            assign({
              snapshot: null,
              briefing: null,
              review: null,
              lastPerson: null,
              skipping: false,
              ownGame: false,
              branches: [],
              why: null,
              whyProblem: null,
            }),
          ],
        },
        // The debrief (at the end and in review) asks; the answer is kept whatever the screen.
        WHY: {
          actions: sendTo(
            "engine",
            ({ event }): EngineCommand => ({ type: "why", track: event.track, actors: event.actors }),
          ),
        },
        "ENGINE.REPORT": {
          guard: "isWhy",
          actions: assign(({ event }) => {
            const report = reportOf(event);
            if (report?.type === "why") return { why: report.why, whyProblem: null };
            return { whyProblem: report?.type === "refused" ? report.message : null };
          }),
        },
      },
      initial: "starting",
      states: {
        openingReplay: {
          entry: sendTo(
            "engine",
            ({ context }): EngineCommand => ({
              type: "open-replay",
              code: context.input.replay ?? "",
            }),
          ),
          on: {
            "ENGINE.REPORT": [
              {
                guard: "isMatch",
                target: "reviewing",
                actions: ["takeSnapshot", assign({ ownGame: false })],
              },
              {
                target: "#parley.choosing",
                actions: [
                  assign(({ event }) => ({
                    notice: `${refusalOf(event)?.message ?? "This replay link cannot be opened."} Choose a game below instead.`,
                  })),
                  { type: "clearReplayLink" },
                ],
              },
            ],
          },
        },
        resuming: {
          entry: sendTo(
            "engine",
            ({ context }): EngineCommand => ({ type: "resume", save: context.input.save ?? "" }),
          ),
          on: {
            "ENGINE.REPORT": [
              {
                guard: "isMatch",
                target: "table",
                actions: [
                  "takeSnapshot",
                  assign(({ context, event }) => {
                    const { branches, dropped } = restoredBranches(context.input, matchOf(event)?.game);
                    return {
                      ownGame: true,
                      branches,
                      notice:
                        dropped === null
                          ? "Welcome back: your game is where you left it."
                          : `Welcome back: your game is where you left it. The earlier lines you played could not be kept (${dropped}) and are forgotten.`,
                    };
                  }),
                  keepBranches,
                ],
              },
              {
                target: "#parley.choosing",
                actions: [
                  assign(({ event }) => ({
                    notice: `Your saved game could not be resumed. ${refusalOf(event)?.message ?? ""} A new game can be chosen below.`,
                  })),
                  { type: "forgetSave" },
                  { type: "forgetBranches" },
                ],
              },
            ],
          },
        },
        starting: {
          entry: sendTo("engine", ({ context }): EngineCommand => {
            if (context.setup === null) throw new Error("a game starts from a setup");
            return { type: "start", setup: context.setup };
          }),
          on: {
            "ENGINE.REPORT": [
              {
                guard: "isMatch",
                target: "briefing",
                actions: ["takeSnapshot", assign({ ownGame: true }), keepSave, { type: "forgetBranches" }],
              },
              { target: "#parley.choosing", actions: "noteRefusal" },
            ],
          },
        },
        briefing: {
          on: { TAKE_SEAT: "table" },
        },
        table: {
          initial: "routing",
          on: {
            SKIP: { actions: assign({ skipping: true }) },
          },
          states: {
            routing: {
              always: [
                { guard: "isOver", target: "#parley.session.end" },
                { guard: and(["personOnFloor", "handOverNeeded"]), target: "handOver" },
                { guard: "personOnFloor", target: "playerTurn" },
                { target: "waitingForBots" },
              ],
            },
            playerTurn: {
              entry: assign(({ context }) => ({
                skipping: false,
                lastPerson: context.snapshot?.table.floor ?? null,
              })),
              on: {
                PLAY: {
                  target: "awaitingEngine",
                  actions: sendTo(
                    "engine",
                    ({ context, event }): EngineCommand => ({
                      type: "move",
                      version: version(context),
                      moveId: event.moveId,
                    }),
                  ),
                },
                UNDO: {
                  guard: "canUndo",
                  target: "awaitingEngine",
                  actions: sendTo(
                    "engine",
                    ({ context }): EngineCommand => ({ type: "undo", version: version(context) }),
                  ),
                },
                SKIP: {},
              },
            },
            awaitingEngine: {
              on: {
                "ENGINE.REPORT": [
                  // A late answer to a review or a "why" (after "Play on from here") is not this command's answer.
                  { guard: or(["isReview", "isWhy"]) },
                  {
                    guard: and(["isMatch", "wasUndo"]),
                    target: "routing",
                    actions: ["takeSnapshot", keepSave],
                  },
                  {
                    guard: "isMatch",
                    target: "animating",
                    actions: ["takeSnapshot", keepSave],
                  },
                  { target: "playerTurn", actions: "noteRefusal" },
                ],
              },
            },
            waitingForBots: {
              entry: sendTo(
                "engine",
                ({ context }): EngineCommand => ({
                  type: context.skipping ? "bots-until-person" : "bot",
                  version: version(context),
                }),
              ),
              on: {
                "ENGINE.REPORT": [
                  {
                    guard: and(["isMatch", "instant"]),
                    target: "routing",
                    actions: ["takeSnapshot", keepSave],
                  },
                  {
                    guard: "isMatch",
                    target: "animating",
                    actions: ["takeSnapshot", keepSave],
                  },
                  { target: "stalled", actions: "noteRefusal" },
                ],
              },
            },
            animating: {
              always: { guard: "instant", target: "routing" },
              after: { animationTimeout: "routing" },
              on: {
                ANIMATION_DONE: "routing",
                SKIP: { target: "routing", actions: assign({ skipping: true }) },
              },
            },
            handOver: {
              on: { READY: "playerTurn" },
            },
            // The engine refused a bot's turn: nothing more can happen in this game; the notice says why.
            stalled: {},
          },
        },
        end: {
          on: { REVIEW: "reviewing", PLAY_FROM: playFrom },
        },
        reviewing: {
          entry: [
            assign({ reviewAt: null }),
            sendTo(
              "engine",
              ({ context }): EngineCommand => ({
                type: "review",
                at: context.snapshot?.table.moveCount ?? 0,
              }),
            ),
          ],
          on: {
            REVIEW_AT: {
              actions: [
                assign({ reviewAt: ({ event }) => event.at }),
                sendTo("engine", ({ event }): EngineCommand => ({ type: "review", at: event.at })),
              ],
            },
            "ENGINE.REPORT": {
              guard: "isReview",
              actions: assign(({ event }) => {
                const report = reportOf(event);
                return report?.type === "review" ? { review: report.review } : {};
              }),
            },
            BACK_TO_END: { guard: "fromEnd", target: "end" },
            PLAY_FROM: playFrom,
          },
        },
      },
    },
  },
});
