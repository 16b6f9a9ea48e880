import Link from "next/link";

import { AppHeader } from "@/components/layout/app-header";

export default function QueueNotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader />
      <main
        id="main"
        className="flex flex-1 flex-col items-center justify-center gap-3 p-10 text-center"
      >
        <h1 className="text-2xl font-semibold">Queue not found</h1>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          No service-job queue has this name in this account and region. It may
          have been deleted, or it runs ECS, EKS or Fargate jobs, which this
          dashboard does not show.
        </p>
        <Link href="/" className="btn">
          See all service-job queues
        </Link>
      </main>
    </div>
  );
}
