"use client";

import { useQuery } from "@tanstack/react-query";

import { AppHeader } from "@/components/layout/app-header";
import { ContinueLink } from "@/components/queues/continue-link";
import { QueueList } from "@/components/queues/queue-list";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import { queuesQuery } from "@/lib/client/queries";

/** The start page: where to continue, and every service-job queue. */
export function Overview() {
  const queues = useQuery(queuesQuery());

  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        status={
          <UpdatedAgo
            at={queues.dataUpdatedAt || undefined}
            busy={queues.isFetching}
          />
        }
      />
      <main
        id="main"
        className="flex w-full flex-col gap-6 px-6 py-6 2xl:px-10"
      >
        <div className="flex flex-wrap items-center justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold">Service-job queues</h1>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              SageMaker Training job queues of AWS Batch in this account and
              region.
            </p>
          </div>
          <ContinueLink />
        </div>
        <QueueList />
      </main>
    </div>
  );
}
