"use client";

import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

// One shared one-second tick for every relative time on the page, rounded
// to the second so that repeated reads within a tick agree.
function snapshot(): number {
  return Math.floor(Date.now() / 1000) * 1000;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((l) => l()), 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, ticking each second; null while rendering on the server. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

function noSubscription(): () => void {
  return () => {};
}

/** The browser's IANA time zone; null on the server. */
export function useTimeZone(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}
