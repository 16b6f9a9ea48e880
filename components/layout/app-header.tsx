import Link from "next/link";
import { Suspense, type ReactNode } from "react";

import { QueuePicker } from "@/components/queues/queue-picker";

/** The product bar: name, queue picker and the page's live status. */
export function AppHeader({
  queue,
  status,
  picker = true,
}: {
  queue?: string;
  status?: ReactNode;
  /** False in loading skeletons: the picker's query would exist before the
   * page's prefetched data is hydrated, and hydration would then skip it. */
  picker?: boolean;
}) {
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-slate-50 px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      <Link
        href="/"
        className="rounded text-base font-bold tracking-tight focus-ring"
      >
        Batch service jobs
      </Link>
      <nav aria-label="Queues">
        {picker ? (
          <Suspense fallback={<span className="btn">Queue</span>}>
            <QueuePicker current={queue} />
          </Suspense>
        ) : (
          <span className="btn">Queue</span>
        )}
      </nav>
      <div className="ml-auto flex items-center gap-4">{status}</div>
    </header>
  );
}
