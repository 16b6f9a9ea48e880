import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";

import { QueueJobsView } from "@/components/jobs/queue-jobs-view";
import {
  jobDetailQuery,
  jobPagesQuery,
  loadJobPage,
  queuesQuery,
} from "@/lib/client/queries";
import { getQueryClient } from "@/lib/client/query-client";
import {
  checkJobSearch,
  decodeOnce,
  parseJobId,
} from "@/lib/server/http/params";
import { describeJob } from "@/lib/server/jobs/detail";
import { searchJobs } from "@/lib/server/jobs/search";
import { listServiceQueues } from "@/lib/server/queues";
import { loadQueueView } from "@/lib/view/url-state";

interface Props {
  params: Promise<{ queue: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeOnce((await params).queue) };
}

export default async function QueuePage({ params, searchParams }: Props) {
  const queue = decodeOnce((await params).queue);
  const view = await loadQueueView(searchParams);
  const filters = {
    statuses: view.status,
    name: view.name,
    share: view.share,
    created: view.created,
    from: view.from,
    to: view.to,
  };
  const queryClient = getQueryClient();

  // The same keys as the client hooks, so the first paint needs no fetch.
  await Promise.all([
    queryClient.prefetchQuery({
      ...queuesQuery(),
      queryFn: () => listServiceQueues(),
    }),
    queryClient.prefetchInfiniteQuery({
      ...jobPagesQuery(queue, filters),
      // A link's filters get the API's checks too; when they fail, the
      // browser asks /api/jobs and shows its 400 beside the table.
      queryFn: () =>
        loadJobPage(queue, filters, null, (search) =>
          searchJobs(checkJobSearch(search)),
        ),
    }),
    view.job &&
      queryClient.prefetchQuery({
        ...jobDetailQuery(view.job),
        queryFn: () => describeJob(parseJobId(view.job ?? "")),
      }),
  ]);
  const queues = queryClient.getQueryData(queuesQuery().queryKey);
  if (queues && !queues.some((q) => q.name === queue)) notFound();

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <QueueJobsView queue={queue} />
    </HydrationBoundary>
  );
}
