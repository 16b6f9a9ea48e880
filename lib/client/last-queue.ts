const STORAGE_KEY = "batch-dashboard:last-queue";
const CHANGE_EVENT = "batch-dashboard:last-queue";

/** The queue the user last opened, or null (none, or storage blocked). */
export function readLastQueue(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the queue the user opened, for the "Continue to" link. */
export function rememberLastQueue(queue: string): void {
  try {
    if (window.localStorage.getItem(STORAGE_KEY) === queue) return;
    window.localStorage.setItem(STORAGE_KEY, queue);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  } catch {
    // Private modes may refuse storage; the dashboard works without it.
  }
}

/** Calls `onChange` when the remembered queue changes, here or in a tab. */
export function subscribeLastQueue(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}
