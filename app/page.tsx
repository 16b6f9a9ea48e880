import { dehydrate, HydrationBoundary } from "@tanstack/react-query";

import { Overview } from "@/components/queues/overview";
import { queuesQuery } from "@/lib/client/queries";
import { getQueryClient } from "@/lib/client/query-client";
import { listServiceQueues } from "@/lib/server/queues";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({
    ...queuesQuery(),
    queryFn: () => listServiceQueues(),
  });

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Overview />
    </HydrationBoundary>
  );
}
