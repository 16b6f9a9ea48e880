import clsx from "clsx";
import type { ReactNode } from "react";

import { describeError } from "@/lib/client/api-error";

/** Grey bars where rows will appear, marked busy for assistive tech. */
export function LoadingRows({
  rows = 8,
  label,
}: {
  rows?: number;
  label: string;
}) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label={label}
      className="space-y-2 p-4"
    >
      {Array.from({ length: rows }, (_, i) => (
        <div
          key={i}
          className="h-8 animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800"
          style={{ opacity: 1 - i / (rows + 2) }}
        />
      ))}
    </div>
  );
}

/** A region with nothing to show, and why. */
export function EmptyState({
  title,
  children,
}: {
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 p-10 text-center">
      <p className="text-base font-semibold">{title}</p>
      {children && (
        <div className="max-w-prose text-sm text-slate-600 dark:text-slate-300">
          {children}
        </div>
      )}
    </div>
  );
}

/** A region that failed to load, with what failed and a way to retry. */
export function ErrorState({
  title,
  error,
  onRetry,
  className,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  className?: string;
}) {
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <div
      role="alert"
      className={clsx(
        "flex flex-col items-center gap-2 p-10 text-center",
        className,
      )}
    >
      <p className="text-base font-semibold text-red-800 dark:text-red-300">
        {title}
      </p>
      <p className="text-sm">{describeError(error)}</p>
      {detail && detail !== describeError(error) && (
        <p className="max-w-prose text-sm text-slate-600 dark:text-slate-300">
          {detail}
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-2 btn">
          Try again
        </button>
      )}
    </div>
  );
}
