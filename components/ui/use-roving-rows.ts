"use client";

import type { Virtualizer } from "@tanstack/react-virtual";
import { useState, type KeyboardEvent, type RefObject } from "react";

/** The row a navigation key moves to, or undefined for other keys. */
function targetRow(key: string, index: number, count: number, page: number) {
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + page,
    PageUp: index - page,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined
    ? undefined
    : Math.max(0, Math.min(count - 1, target));
}

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

  const focusRow = (index: number) => {
    setActive(index);
    virtualizer.scrollToIndex(index, { align: "auto" });
    // The row may only be rendered once the scroll has been applied.
    requestAnimationFrame(() => {
      const selector = `[data-row-index="${index}"]`;
      container.current?.querySelector<HTMLElement>(selector)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const range = virtualizer.range;
    const page = Math.max(
      1,
      (range?.endIndex ?? 10) - (range?.startIndex ?? 0),
    );
    const target = targetRow(event.key, index, count, page);
    if (target === undefined) return false;
    event.preventDefault();
    focusRow(target);
    return true;
  };

  return {
    active: Math.min(active, Math.max(0, count - 1)),
    setActive,
    onKeyDown,
  };
}
