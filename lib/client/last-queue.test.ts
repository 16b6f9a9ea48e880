import { afterEach, describe, expect, it, vi } from "vitest";

import {
  readLastQueue,
  rememberLastQueue,
  subscribeLastQueue,
} from "@/lib/client/last-queue";

function fakeWindow(storage: Pick<Storage, "getItem" | "setItem">) {
  const target = new EventTarget();
  vi.stubGlobal("window", {
    localStorage: storage,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  });
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("last queue", () => {
  it("reads back the queue remembered last and tells subscribers", () => {
    fakeWindow(memoryStorage());
    const onChange = vi.fn();
    const unsubscribe = subscribeLastQueue(onChange);

    expect(readLastQueue()).toBeNull();
    rememberLastQueue("gpu-queue");
    rememberLastQueue("gpu-queue");
    expect(readLastQueue()).toBe("gpu-queue");
    expect(onChange).toHaveBeenCalledTimes(1);

    unsubscribe();
    rememberLastQueue("cpu-queue");
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("works without storage when the browser refuses it", () => {
    fakeWindow({
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    });
    expect(() => rememberLastQueue("q")).not.toThrow();
    expect(readLastQueue()).toBeNull();
  });
});
