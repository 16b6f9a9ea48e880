"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import {
  useCallback,
  useState,
  type KeyboardEvent,
  type RefObject,
} from "react";

/**
 * Arrow-key focus over virtual rows: one row is in the tab order, arrows
 * move focus and scroll the row into view (it may not be rendered yet).
 */
export function useRovingRows(
  count: number,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  container: RefObject<HTMLDivElement | null>,
) {
  const [active, setActive] = useState(0);

  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(count - 1, index));
      setActive(target);
      virtualizer.scrollToIndex(target, { align: "auto" });
      requestAnimationFrame(() => {
        const selector = `[data-row-index="${target}"]`;
        container.current?.querySelector<HTMLElement>(selector)?.focus();
      });
    },
    [count, virtualizer, container],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      const page = Math.max(
        1,
        (virtualizer.range?.endIndex ?? 10) -
          (virtualizer.range?.startIndex ?? 0),
      );
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + page,
        PageUp: index - page,
        Home: 0,
        End: count - 1,
      };
      const next = moves[event.key];
      if (next === undefined) return false;
      event.preventDefault();
      focusRow(next);
      return true;
    },
    [count, focusRow, virtualizer],
  );

  return {
    active: Math.min(active, Math.max(0, count - 1)),
    setActive,
    onKeyDown,
  };
}
