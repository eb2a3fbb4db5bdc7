import "./styles.css";
import { signal } from "@preact/signals";
import { render } from "preact";
import { createActor } from "xstate";
import { appMachine } from "./app/machine.js";
import { SPEEDS, type Speed } from "./app/speed.js";
import {
  clearReplayCode,
  forgetSave,
  readReplayCode,
  readSave,
  readSpeed,
  writeSave,
} from "./app/storage.js";
import { App } from "./ui/App.js";
import { AppContext, type AppHandle } from "./ui/app-context.js";
import { engineActor } from "./worker/client.js";

const savedSpeed = readSpeed();
const speed: Speed = SPEEDS.find((s) => s.id === savedSpeed)?.id ?? "normal";

const actor = createActor(
  appMachine.provide({
    actors: { engine: engineActor },
    actions: {
      rememberSave: (_, params) => {
        writeSave(params.save);
      },
      forgetSave: () => forgetSave(),
      clearReplayLink: () => clearReplayCode(),
    },
  }),
  { input: { replay: readReplayCode(), save: readSave(), speed } },
);

const handle: AppHandle = { snapshot: signal(actor.getSnapshot()), send: (event) => actor.send(event) };
actor.subscribe((snapshot) => {
  handle.snapshot.value = snapshot;
});
actor.start();

// A replay link pasted into the address bar of an open page changes only the hash: start afresh from it.
addEventListener("hashchange", () => {
  if (readReplayCode() !== null) location.reload();
});

const root = document.getElementById("app");
if (root !== null) {
  render(
    <AppContext.Provider value={handle}>
      <App />
    </AppContext.Provider>,
    root,
  );
}
