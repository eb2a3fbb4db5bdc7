import { useApp } from "./app-context.js";

/** The app's message to the player, if any: why a save or a link was refused, or what the engine refused. */
export function Notice() {
  const { snapshot, send } = useApp();
  const notice = snapshot.value.context.notice;
  if (notice === null) return null;
  return (
    <div class="notice" role="alert">
      <p>{notice}</p>
      <button type="button" class="quiet" onClick={() => send({ type: "DISMISS_NOTICE" })}>
        Dismiss
      </button>
    </div>
  );
}
