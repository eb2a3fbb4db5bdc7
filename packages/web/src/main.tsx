import "./styles.css";
import { signal } from "@preact/signals";
import { render } from "preact";
import { createActor } from "xstate";
import { type AppInput, appMachine } from "./app/machine.js";
import { SPEEDS, type Speed } from "./app/speed.js";
import {
  clearReplayCode,
  forgetBranches,
  forgetSave,
  readBranchesText,
  readReplayCode,
  readSave,
  readSpeed,
  writeBranches,
  writeSave,
} from "./app/storage.js";
import { App } from "./ui/App.js";
import { AppContext, type AppHandle } from "./ui/app-context.js";
import { engineActor } from "./worker/client.js";

const savedSpeed = readSpeed();
const speed: Speed = SPEEDS.find((s) => s.id === savedSpeed)?.id ?? "normal";

/**
 * The earlier lines kept beside a save, read by a module loaded only when there are some, so that the first
 * page does not carry their checking.
 */
async function storedBranches(save: string | null): Promise<NonNullable<AppInput["branches"]> | null> {
  const text = readBranchesText();
  if (text === null) return null;
  if (save === null) {
    forgetBranches();
    return null;
  }
  const unread = { ok: false, error: "the page could not load what reads them" } as const;
  // The first render waits for this check: a chunk that never arrives must not keep the page blank.
  const late = new Promise<typeof unread>((resolve) => setTimeout(() => resolve(unread), 5000));
  return Promise.race([
    import("./app/stored-branches.js").then(
      ({ readStoredBranches }) => readStoredBranches(text),
      () => unread,
    ),
    late,
  ]);
}

async function start(): Promise<void> {
  const replay = readReplayCode();
  const save = readSave();
  const branches = replay === null ? await storedBranches(save) : null;
  const actor = createActor(
    appMachine.provide({
      actors: { engine: engineActor },
      actions: {
        rememberSave: (_, params) => {
          writeSave(params.save);
        },
        forgetSave: () => forgetSave(),
        rememberBranches: (_, params) => {
          writeBranches(params.game, params.branches);
        },
        forgetBranches: () => forgetBranches(),
        clearReplayLink: () => clearReplayCode(),
      },
    }),
    { input: { replay, save, speed, branches } },
  );

  const handle: AppHandle = { snapshot: signal(actor.getSnapshot()), send: (event) => actor.send(event) };
  actor.subscribe((snapshot) => {
    handle.snapshot.value = snapshot;
  });
  actor.start();

  const root = document.getElementById("app");
  if (root !== null) {
    render(
      <AppContext.Provider value={handle}>
        <App />
      </AppContext.Provider>,
      root,
    );
  }
}

// A replay link pasted into the address bar of an open page changes only the hash: start afresh from it.
addEventListener("hashchange", () => {
  if (readReplayCode() !== null) location.reload();
});

start().catch(() => {
  // Nothing above is expected to fail; if it does, the reader gets a sentence, not a blank page.
  const root = document.getElementById("app");
  if (root !== null)
    root.textContent = "The game could not start in this browser. Reloading the page may help.";
});
