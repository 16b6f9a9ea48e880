import clsx from "clsx";
import type { ReactNode } from "react";

/** Colour families of a badge; each reads in light and dark mode. */
export type Tone =
  "neutral" | "blue" | "indigo" | "violet" | "amber" | "cyan" | "green" | "red";

const TONES: Record<Tone, string> = {
  neutral:
    "bg-slate-100 text-slate-800 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600",
  blue: "bg-sky-50 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-700",
  indigo:
    "bg-indigo-50 text-indigo-900 ring-indigo-300 dark:bg-indigo-950 dark:text-indigo-100 dark:ring-indigo-700",
  violet:
    "bg-violet-50 text-violet-900 ring-violet-300 dark:bg-violet-950 dark:text-violet-100 dark:ring-violet-700",
  amber:
    "bg-amber-50 text-amber-900 ring-amber-400 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700",
  cyan: "bg-cyan-50 text-cyan-900 ring-cyan-300 dark:bg-cyan-950 dark:text-cyan-100 dark:ring-cyan-700",
  green:
    "bg-emerald-50 text-emerald-900 ring-emerald-400 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-700",
  red: "bg-red-50 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-100 dark:ring-red-700",
};

/** A small labelled pill; the text carries the meaning, the colour helps. */
export function Badge({
  tone = "neutral",
  icon,
  children,
}: {
  tone?: Tone;
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[tone],
      )}
    >
      {icon}
      {children}
    </span>
  );
}
