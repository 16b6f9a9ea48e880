import Link from "next/link";

import { AppHeader } from "@/components/layout/app-header";

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader />
      <main
        id="main"
        className="flex flex-1 flex-col items-center justify-center gap-3 p-10 text-center"
      >
        <h1 className="text-2xl font-semibold">Not found</h1>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          There is no service-job queue or page at this address. It may have
          been deleted, or it is a queue for ECS, EKS or Fargate jobs.
        </p>
        <Link href="/" className="btn">
          See all service-job queues
        </Link>
      </main>
    </div>
  );
}
