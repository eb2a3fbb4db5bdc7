import { useEffect, useRef } from "preact/hooks";

/**
 * Moves focus to a screen's heading when the screen appears, so that keyboard and screen-reader users start
 * at the top of what changed rather than on a button that no longer exists.
 */
export function useScreenHeading<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}
