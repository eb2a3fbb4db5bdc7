import { useLazyModule } from "./lazy.js";

const loadClassView = () => import("./ClassView.js");

/** The class view, whose code (and chart) loads only when a teacher opens it, so the first page stays small. */
export function LazyClassView() {
  const loaded = useLazyModule(loadClassView);
  const view = loaded.value;
  if (view !== null && view !== "failed") return <view.ClassView />;
  return (
    <main class="screen waiting">
      <p role={view === "failed" ? "alert" : "status"}>
        {view === "failed"
          ? "The class view could not be loaded; reload the page to try again."
          : "Opening the class view…"}
      </p>
    </main>
  );
}
