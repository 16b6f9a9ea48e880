"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { useLastQueue } from "@/components/queues/use-last-queue";
import { queuesQuery } from "@/lib/client/queries";
import { queueHref } from "@/lib/view/url-state";

/** "Continue to <queue>" when the user has a remembered queue that exists. */
export function ContinueLink() {
  const last = useLastQueue();
  const queues = useQuery(queuesQuery());

  if (!last) return null;
  if (queues.data && !queues.data.some((queue) => queue.name === last))
    return null;
  return (
    <Link
      href={queueHref(last)}
      className="inline-flex items-center gap-2 rounded-lg bg-sky-700 px-5 py-3 text-base font-semibold text-white shadow focus-ring hover:bg-sky-800 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400"
    >
      Continue to {last} <span aria-hidden="true">→</span>
    </Link>
  );
}
