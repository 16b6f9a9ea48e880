"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}

function read(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** The root font size in px; it grows on very wide screens (globals.css). */
export function useRootFontSize(): number {
  return useSyncExternalStore(subscribe, read, () => 16);
}
