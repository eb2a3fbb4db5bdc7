import { type AnyStateMachine, initialTransition, transition } from "xstate";

/**
 * A flat machine compiled to a lookup table: `next[state][eventType]` is the state the machine moves to,
 * absent when the state does not handle the event. The machines here have no context and no guards, so a
 * transition depends only on the state value and the event type: computing each one once with xstate's
 * pure `transition` keeps the hot path (legal moves, applying a move) free of interpretation. The table is
 * built from `snapshot.can(event)`, so it answers exactly as xstate does.
 */
export interface MachineTable<S extends string, E extends string> {
  readonly initial: S;
  readonly states: readonly S[];
  /** The states that end the machine's life (a crossed red line, a concluded meeting). */
  readonly final: Readonly<Record<S, boolean>>;
  readonly next: Readonly<Record<S, Partial<Readonly<Record<E, S>>>>>;
}

/** Compiles a flat, context-free xstate machine into a {@link MachineTable}. */
export function compileMachine<S extends string, E extends string>(
  machine: AnyStateMachine,
): MachineTable<S, E> {
  const [initialSnapshot] = initialTransition(machine);
  const states = Object.keys(machine.root.states) as S[];
  const eventTypes = [
    ...new Set(states.flatMap((state) => [...(machine.root.states[state]?.transitions.keys() ?? [])])),
  ] as E[];
  const next = {} as Record<S, Partial<Record<E, S>>>;
  const final = {} as Record<S, boolean>;
  for (const state of states) {
    const snapshot = machine.resolveState({ value: state, context: {} });
    final[state] = machine.root.states[state]?.type === "final";
    const row: Partial<Record<E, S>> = {};
    for (const type of eventTypes) {
      if (!snapshot.can({ type })) continue;
      const [after] = transition(machine, snapshot, { type });
      row[type] = after.value as S;
    }
    next[state] = Object.freeze(row);
  }
  return Object.freeze({
    initial: initialSnapshot.value as S,
    states: Object.freeze(states),
    final: Object.freeze(final),
    next: Object.freeze(next),
  });
}

/**
 * Steps the machine of one entity whose state is kept at `states[index]` (a demand, a red line, a stance):
 * writes and returns the new state, or returns `undefined` when the event changes nothing there.
 */
export function stepAt<S extends string, E extends string>(
  table: MachineTable<S, E>,
  states: S[],
  index: number,
  event: E,
): S | undefined {
  const current = states[index];
  if (current === undefined) return undefined;
  const next = table.next[current][event];
  if (next === undefined || next === current) return undefined;
  states[index] = next;
  return next;
}
