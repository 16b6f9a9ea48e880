import type { Metadata } from "next";
import type { ReactNode } from "react";

import { SkipLink } from "@/components/layout/skip-link";
import { Providers } from "@/components/providers";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Batch service jobs", template: "%s · Batch service jobs" },
  description: "SageMaker Training jobs in AWS Batch job queues",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <SkipLink />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
