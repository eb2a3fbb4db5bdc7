import { type Signal, useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";

/**
 * A module loaded when the component using it first shows (a dynamic import, so that the first page does not
 * carry it): null while it loads, "failed" if it could not be loaded.
 */
export function useLazyModule<T>(load: () => Promise<T>): Signal<T | null | "failed"> {
  const module = useSignal<T | null | "failed">(null);
  useEffect(() => {
    let gone = false;
    load().then(
      (loaded) => {
        if (!gone) module.value = loaded;
      },
      () => {
        if (!gone) module.value = "failed";
      },
    );
    return () => {
      gone = true;
    };
  }, []);
  return module;
}
