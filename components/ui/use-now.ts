"use client";

import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let current = Date.now();

// One shared one-second tick for every relative time on the page. React
// reads the snapshot several times per render; it must only change on a tick.
function tick() {
  current = Date.now();
  listeners.forEach((listener) => listener());
}

function snapshot(): number {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    timer = setInterval(tick, 1000);
    queueMicrotask(tick);
  }
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

let browserZone: string | undefined;

// Resolving the zone builds a formatter; do it once per page load.
function timeZoneSnapshot(): string {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return browserZone;
}

/** The browser's IANA time zone; null on the server. */
export function useTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, timeZoneSnapshot, () => null);
}
