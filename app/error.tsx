"use client";

import Link from "next/link";

export default function RouteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main
      id="main"
      className="flex min-h-dvh flex-col items-center justify-center gap-3 p-10 text-center"
    >
      <h1 className="text-2xl font-semibold">This page failed to load</h1>
      <p className="max-w-prose text-slate-700 dark:text-slate-300">
        {error.digest
          ? `The server reported an error (reference ${error.digest}).`
          : error.message}
      </p>
      <div className="flex gap-3">
        <button type="button" className="btn" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="btn">
          All queues
        </Link>
      </div>
    </main>
  );
}
