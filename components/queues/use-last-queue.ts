"use client";

import { useSyncExternalStore } from "react";

import { readLastQueue, subscribeLastQueue } from "@/lib/client/last-queue";

/** The queue the user last opened; null on the server or when none. */
export function useLastQueue(): string | null {
  return useSyncExternalStore(subscribeLastQueue, readLastQueue, () => null);
}
