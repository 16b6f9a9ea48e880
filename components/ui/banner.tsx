import clsx from "clsx";
import type { ReactNode } from "react";

/** A non-blocking message above a region; `warning` is announced politely. */
export function Banner({
  tone = "warning",
  children,
  action,
}: {
  tone?: "warning" | "info";
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div
      role="status"
      className={clsx(
        "flex flex-wrap items-center gap-x-4 gap-y-1 border-b px-4 py-2 text-sm",
        tone === "warning"
          ? "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
          : "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100",
      )}
    >
      <div className="flex-1">{children}</div>
      {action}
    </div>
  );
}
