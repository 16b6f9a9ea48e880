import type { ReactNode } from "react";

import { CopyButton } from "@/components/ui/copy-button";
import { AbsoluteTime, RelativeTime } from "@/components/ui/relative-time";
import { MISSING, isTimestamp } from "@/lib/format/time";

/** A titled group of the detail panel. */
export function Section({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="border-t border-slate-200 px-5 py-4 dark:border-slate-800">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Label/value pairs laid out as a two-column grid. */
export function Fields({ children }: { children: ReactNode }) {
  return (
    <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-1.5 text-sm">
      {children}
    </dl>
  );
}

/** One label/value pair of {@link Fields}. */
export function Field({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="min-w-0 break-words">{children ?? MISSING}</dd>
    </>
  );
}

/** A long identifier in monospace with a copy button. */
export function Identifier({
  value,
  label,
}: {
  value: string | undefined;
  label: string;
}) {
  if (!value) return <>{MISSING}</>;
  return (
    <span className="flex items-start gap-2">
      <code className="min-w-0 font-mono text-xs break-all">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}

/** An absolute time with its relative form beside it. */
export function When({ ms }: { ms: number | undefined }) {
  if (!isTimestamp(ms)) return <>{MISSING}</>;
  return (
    <span>
      <AbsoluteTime ms={ms} />{" "}
      <span className="text-slate-600 dark:text-slate-300">
        (<RelativeTime ms={ms} />)
      </span>
    </span>
  );
}
