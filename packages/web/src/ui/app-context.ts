import type { Signal } from "@preact/signals";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { SnapshotFrom } from "xstate";
import type { AppEvent, appMachine } from "../app/machine.js";

/** The app actor as the components see it: its latest snapshot, and a way to send it events. */
export interface AppHandle {
  readonly snapshot: Signal<SnapshotFrom<typeof appMachine>>;
  readonly send: (event: AppEvent) => void;
}

/** Carries the {@link AppHandle} down the component tree. */
export const AppContext = createContext<AppHandle | null>(null);

/** The app handle; components are only ever rendered inside {@link AppContext}. */
export function useApp(): AppHandle {
  const handle = useContext(AppContext);
  if (handle === null) throw new Error("useApp outside the app");
  return handle;
}
