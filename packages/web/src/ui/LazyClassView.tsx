import { useSignal } from "@preact/signals";
import type { FunctionComponent } from "preact";
import { useEffect } from "preact/hooks";

/** The class view, whose code (and chart) loads only when a teacher opens it, so the first page stays small. */
export function LazyClassView() {
  const view = useSignal<FunctionComponent | null>(null);
  const failed = useSignal(false);
  useEffect(() => {
    import("./ClassView.js").then(
      (m) => {
        view.value = m.ClassView;
      },
      () => {
        failed.value = true;
      },
    );
  }, []);
  const View = view.value;
  if (View !== null) return <View />;
  return (
    <main class="screen waiting">
      <p role={failed.value ? "alert" : "status"}>
        {failed.value
          ? "The class view could not be loaded; reload the page to try again."
          : "Opening the class view…"}
      </p>
    </main>
  );
}
