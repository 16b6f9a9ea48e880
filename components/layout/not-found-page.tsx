import Link from "next/link";
import type { ReactNode } from "react";

import { AppHeader } from "@/components/layout/app-header";

/** A full page saying what was not found, with the way back to all queues. */
export function NotFoundPage({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader />
      <main
        id="main"
        className="flex flex-1 flex-col items-center justify-center gap-3 p-10 text-center"
      >
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          {children}
        </p>
        <Link href="/" className="btn">
          See all service-job queues
        </Link>
      </main>
    </div>
  );
}
