"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useQueryStates } from "nuqs";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

import { QueueStateBadge } from "@/components/queues/queue-state-badge";
import { queuesQuery } from "@/lib/client/queries";
import { queueHref, queueViewParsers } from "@/lib/view/url-state";

function useCloseOnOutside(open: boolean, close: () => void) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close();
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open, close]);
  return root;
}

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => (at >= last ? 0 : at + 1),
  ArrowUp: (at, last) => (at <= 0 ? last : at - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/** Moves focus between the menu's links; false when the key is not a move. */
function moveFocus(menu: HTMLElement | null, key: string): boolean {
  const move = MOVES[key];
  const links = [...(menu?.querySelectorAll<HTMLElement>("a") ?? [])];
  if (!move || links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLElement);
  const start =
    at < 0 ? links.findIndex((l) => l.hasAttribute("aria-current")) : at;
  const next = at < 0 && key === "ArrowDown" ? Math.max(start, 0) : undefined;
  links[next ?? move(start, links.length - 1)]?.focus();
  return true;
}

function QueueMenu({
  id,
  current,
  onPick,
}: {
  id: string;
  current?: string;
  onPick: () => void;
}) {
  const queues = useQuery(queuesQuery());
  const [view] = useQueryStates(queueViewParsers);

  return (
    <div
      id={id}
      className="absolute top-full left-0 z-40 mt-1 max-h-[70vh] w-[28rem] overflow-y-auto rounded-md border border-slate-300 bg-white p-1 shadow-xl dark:border-slate-700 dark:bg-slate-900"
    >
      {queues.isPending && <p className="p-3 text-sm">Loading queues…</p>}
      {queues.isError && (
        <p role="alert" className="p-3 text-sm">
          Could not load queues.
        </p>
      )}
      {queues.data?.length === 0 && (
        <p className="p-3 text-sm">No service-job queues in this region.</p>
      )}
      <ul>
        {queues.data?.map((queue) => (
          <li key={queue.arn}>
            <Link
              href={queueHref(queue.name, view)}
              aria-current={queue.name === current ? "page" : undefined}
              onClick={onPick}
              className="flex items-center justify-between gap-3 rounded px-3 py-2 text-sm focus-ring hover:bg-slate-100 aria-[current=page]:bg-sky-50 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-sky-950"
            >
              <span className="truncate font-medium">{queue.name}</span>
              <QueueStateBadge state={queue.state} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A menu of every service-job queue; switching keeps portable filters. */
export function QueuePicker({ current }: { current?: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useCloseOnOutside(open, () => setOpen(false));
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const menu = () => document.getElementById(listId);
    if (event.key === "Escape" && open) return close();
    if (open && moveFocus(menu(), event.key)) return event.preventDefault();
    if (open || event.key !== "ArrowDown") return;
    event.preventDefault();
    setOpen(true);
    // The menu renders on open; move focus once its links exist.
    requestAnimationFrame(() => moveFocus(menu(), "ArrowDown"));
  };

  return (
    <div ref={root} className="relative" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="btn max-w-[28rem]"
      >
        <span className="text-slate-600 dark:text-slate-300">Queue</span>
        <span className="truncate font-semibold">
          {current ?? "Choose a queue"}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && <QueueMenu id={listId} current={current} onPick={close} />}
    </div>
  );
}
