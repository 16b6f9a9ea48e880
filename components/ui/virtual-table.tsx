"use client";

import { useVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type Ref,
} from "react";

import { useRootFontSize } from "@/components/ui/use-root-font-size";
import { useRovingRows } from "@/components/ui/use-roving-rows";
import {
  DataRow,
  FooterRow,
  HeaderRow,
} from "@/components/ui/virtual-table-rows";

/** One column of a {@link VirtualTable}, declared by the feature. */
export interface Column<Row> {
  id: string;
  header: ReactNode;
  /** A CSS grid track, e.g. `minmax(14rem, 2fr)`. */
  width: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

/** What a parent can ask of the table. */
export interface VirtualTableHandle {
  scrollToTop: () => void;
}

/** Rows on screen, reported as the user scrolls. */
export interface VisibleRange {
  first: number;
  last: number;
  atTop: boolean;
}

interface VirtualTableProps<Row> {
  label: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The row's accessible name, e.g. "train-7, RUNNING". */
  rowLabel: (row: Row) => string;
  /** Fixed row height in rem; fixed heights keep scrolling cheap. */
  rowHeightRem?: number;
  /** Data rows in total, for `aria-rowcount`; -1 when unknown. */
  rowCount: number;
  minWidth: string;
  selectedKey?: string | null;
  onActivate?: (row: Row) => void;
  onRangeChange?: (range: VisibleRange) => void;
  /** Called when the user nears the last loaded row. */
  onNearEnd?: () => void;
  /** A last row under the data: end of list, loading more, errors. */
  footer?: ReactNode;
  ref?: Ref<VirtualTableHandle>;
}

const NEAR_END_ROWS = 30;

function useRowVirtualizer<Row>(props: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = Math.round((props.rowHeightRem ?? 2.5) * useRootFontSize());
  const rangeCallback = useRef(props.onRangeChange);
  useLayoutEffect(() => {
    rangeCallback.current = props.onRangeChange;
  });

  const virtualizer = useVirtualizer({
    count: props.rows.length + (props.footer ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Lets the server render a first screen of rows before measuring.
    initialRect: { width: 0, height: rowHeight * 20 },
    onChange: (instance) => {
      rangeCallback.current?.({
        first: instance.range?.startIndex ?? 0,
        last: instance.range?.endIndex ?? 0,
        atTop: (instance.scrollOffset ?? 0) < rowHeight / 2,
      });
    },
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  return { scrollRef, rowHeight, virtualizer };
}

/**
 * A table whose rows are virtualised: only the rows on screen (plus a few)
 * are in the DOM, however many are loaded. It keeps table semantics
 * (role="table", rows, cells, `aria-rowcount`, `aria-rowindex`) and moves
 * focus between rows with the arrow keys.
 */
export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { columns, rows, onNearEnd, ref } = props;
  const { scrollRef, rowHeight, virtualizer } = useRowVirtualizer(props);
  const roving = useRovingRows(rows.length, virtualizer, scrollRef);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const template = columns.map((c) => c.width).join(" ");

  useImperativeHandle(ref, () => ({
    scrollToTop: () => virtualizer.scrollToOffset(0),
  }));

  useEffect(() => {
    if (onNearEnd && lastIndex >= rows.length - NEAR_END_ROWS) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  const renderItem = (item: VirtualItem) =>
    renderVirtualItem(item, { props, rowHeight, template, roving });

  return (
    <div
      role="table"
      aria-label={props.label}
      aria-rowcount={props.rowCount < 0 ? -1 : props.rowCount + 1}
      className="flex min-h-0 flex-1 flex-col"
    >
      <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto">
        <div style={{ minWidth: props.minWidth }}>
          <HeaderRow columns={columns} template={template} />
          <div
            role="rowgroup"
            className="relative"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map(renderItem)}
          </div>
        </div>
      </div>
    </div>
  );
}

interface ItemContext<Row> {
  props: VirtualTableProps<Row>;
  rowHeight: number;
  template: string;
  roving: ReturnType<typeof useRovingRows>;
}

function renderVirtualItem<Row>(item: VirtualItem, ctx: ItemContext<Row>) {
  const { props, roving } = ctx;
  const row = props.rows[item.index];
  const style = {
    height: ctx.rowHeight,
    transform: `translateY(${item.start}px)`,
  };
  if (row === undefined) {
    return (
      <FooterRow
        key="footer"
        index={item.index}
        span={props.columns.length}
        style={style}
      >
        {props.footer}
      </FooterRow>
    );
  }
  const key = props.rowKey(row);
  return (
    <DataRow
      key={key}
      rowKey={key}
      row={row}
      index={item.index}
      label={props.rowLabel(row)}
      columns={props.columns}
      style={{ ...style, gridTemplateColumns: ctx.template }}
      selected={key === props.selectedKey}
      focusable={item.index === roving.active}
      onActivate={() => {
        roving.setActive(item.index);
        props.onActivate?.(row);
      }}
      onArrowKey={(event) => roving.onKeyDown(event, item.index)}
    />
  );
}
