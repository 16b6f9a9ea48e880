"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";

import { getQueryClient } from "@/lib/client/query-client";

/** Client-side context every page needs: the query cache and URL state. */
export function Providers({ children }: { children: ReactNode }) {
  // Not useState: without a Suspense boundary above, React would drop a
  // client created during a render that suspends.
  const queryClient = getQueryClient();

  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
