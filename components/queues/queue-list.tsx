"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { QueueStateBadge } from "@/components/queues/queue-state-badge";
import { useLastQueue } from "@/components/queues/use-last-queue";
import { Badge } from "@/components/ui/badge";
import { EmptyState, ErrorState, LoadingRows } from "@/components/ui/states";
import type { Queue } from "@/lib/batch/types";
import { queuesQuery } from "@/lib/client/queries";
import { formatCapacityLimits } from "@/lib/format/capacity";
import { queueHref } from "@/lib/view/url-state";

const th =
  "px-4 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200";

const HEADINGS = [
  "Queue",
  "State",
  "Status",
  "Priority",
  "Capacity limit",
  "Service environment",
  "Fair share",
];

const td = "px-4 py-2.5";

function QueueRow({ queue, last }: { queue: Queue; last: boolean }) {
  return (
    <tr className="border-b border-slate-200 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
      <th scope="row" className={`${td} text-left font-medium`}>
        <Link
          href={queueHref(queue.name)}
          className="rounded text-sky-800 underline-offset-2 focus-ring hover:underline dark:text-sky-300"
        >
          {queue.name}
        </Link>
        {last && (
          <span className="ml-2">
            <Badge tone="blue">Last viewed</Badge>
          </span>
        )}
      </th>
      <td className={td}>
        <QueueStateBadge state={queue.state} />
      </td>
      <td className={td} title={queue.statusReason}>
        {queue.status ?? "—"}
      </td>
      <td className={`${td} tabular-nums`}>{queue.priority}</td>
      <td className={td}>
        {formatCapacityLimits(queue.serviceEnvironment?.capacityLimits)}
      </td>
      <td className={td}>{queue.serviceEnvironment?.name ?? "—"}</td>
      <td className={td}>{queue.fairShare ? "Yes" : "No"}</td>
    </tr>
  );
}

function QueueTable({
  queues,
  last,
}: {
  queues: Queue[];
  last: string | null;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-sm">
        <caption className="sr-only">Service-job queues</caption>
        <thead className="border-b border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
          <tr>
            {HEADINGS.map((heading) => (
              <th key={heading} scope="col" className={th}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => (
            <QueueRow
              key={queue.arn}
              queue={queue}
              last={queue.name === last}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every service-job queue with its state and capacity, each a link. */
export function QueueList() {
  const queues = useQuery(queuesQuery());
  const last = useLastQueue();

  if (queues.isPending) return <LoadingRows label="Loading queues" rows={5} />;
  if (queues.isError)
    return (
      <ErrorState
        title="Could not load the queues"
        error={queues.error}
        onRetry={() => void queues.refetch()}
      />
    );
  if (queues.data.length === 0) {
    return (
      <EmptyState title="No service-job queues">
        This account and region have no SAGEMAKER_TRAINING job queues yet.
      </EmptyState>
    );
  }
  return <QueueTable queues={queues.data} last={last} />;
}
