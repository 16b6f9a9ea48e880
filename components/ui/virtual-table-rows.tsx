"use client";

import clsx from "clsx";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";

import type { Column } from "@/components/ui/virtual-table";

const rowClass =
  "absolute inset-x-0 top-0 grid cursor-pointer items-center border-b border-slate-200 text-sm outline-none hover:bg-slate-50 focus-visible:bg-sky-50 focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-inset dark:border-slate-800 dark:hover:bg-slate-900 dark:focus-visible:bg-sky-950 dark:focus-visible:ring-sky-400";

interface DataRowProps<Row> {
  row: Row;
  rowKey: string;
  index: number;
  label: string;
  columns: Column<Row>[];
  style: CSSProperties;
  selected: boolean;
  /** The one row in the tab order (roving focus). */
  focusable: boolean;
  onActivate: () => void;
  /** Handles arrow keys; false when the key was not one of them. */
  onArrowKey: (event: KeyboardEvent<HTMLElement>) => boolean;
}

/** One data row of a virtual table, positioned by the virtualizer. */
export function DataRow<Row>(props: DataRowProps<Row>) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (props.onArrowKey(event)) return;
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    props.onActivate();
  };

  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-label={props.label}
      aria-current={props.selected ? "true" : undefined}
      data-row-index={props.index}
      data-key={props.rowKey}
      tabIndex={props.focusable ? 0 : -1}
      onClick={props.onActivate}
      onKeyDown={onKeyDown}
      className={clsx(
        rowClass,
        props.selected && "bg-sky-100 dark:bg-sky-900/60",
      )}
      style={props.style}
    >
      {props.columns.map((column) => (
        <div
          key={column.id}
          role="cell"
          className={clsx("min-w-0 truncate px-3", column.className)}
        >
          {column.cell(props.row)}
        </div>
      ))}
    </div>
  );
}

/** The last row: end of list, loading more, or an error. */
export function FooterRow({
  index,
  span,
  style,
  children,
}: {
  index: number;
  span: number;
  style: { height: number; transform: string };
  children: ReactNode;
}) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="absolute inset-x-0 top-0 flex"
      style={style}
    >
      <div
        role="cell"
        aria-colspan={span}
        className="flex flex-1 items-center justify-center px-4 text-sm"
      >
        {children}
      </div>
    </div>
  );
}

/** The sticky header row with the column names. */
export function HeaderRow<Row>({
  columns,
  template,
}: {
  columns: Column<Row>[];
  template: string;
}) {
  return (
    <div
      role="rowgroup"
      className="sticky top-0 z-10 border-b border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900"
    >
      <div
        role="row"
        aria-rowindex={1}
        className="grid"
        style={{ gridTemplateColumns: template }}
      >
        {columns.map((column) => (
          <div
            key={column.id}
            role="columnheader"
            className={clsx(
              "truncate px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200",
              column.className,
            )}
          >
            {column.header}
          </div>
        ))}
      </div>
    </div>
  );
}
