import { QueueStateBadge } from "@/components/queues/queue-state-badge";
import type { Queue } from "@/lib/batch/types";
import { formatCapacityLimits } from "@/lib/format/capacity";

/** The queue's name with its state, capacity and fair-share setting. */
export function QueueHeading({
  name,
  queue,
}: {
  name: string;
  queue: Queue | undefined;
}) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 pt-3">
      <h1 className="text-xl font-semibold">{name}</h1>
      {queue && (
        <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <QueueStateBadge state={queue.state} />
          <span>Status {queue.status ?? "—"}</span>
          <span>
            Capacity{" "}
            {formatCapacityLimits(queue.serviceEnvironment?.capacityLimits)}
          </span>
          <span>{queue.fairShare ? "Fair share" : "First in, first out"}</span>
          <span>Priority {queue.priority}</span>
        </p>
      )}
    </div>
  );
}
