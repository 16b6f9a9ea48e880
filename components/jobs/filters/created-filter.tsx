"use client";

import { useId, useState } from "react";

import { useNow, useTimeZone } from "@/components/ui/use-now";
import { timeZoneLabel, toDateTimeLocal } from "@/lib/format/time";
import {
  CREATED_PRESETS,
  parseDateTimeLocal,
  PRESET_INFO,
  type CreatedFilter as CreatedValue,
  type CreatedPreset,
} from "@/lib/view/created-range";

type Choice = CreatedPreset | "any" | "custom";

function choiceOf(value: CreatedValue): Choice {
  if (value.created) return value.created;
  return value.from !== null || value.to !== null ? "custom" : "any";
}

/** Created-at presets (kept relative in the URL) or a custom from/to. */
export function CreatedFilter({
  value,
  onChange,
}: {
  value: CreatedValue;
  onChange: (value: CreatedValue) => void;
}) {
  const id = useId();
  const timeZone = useTimeZone();
  const [customOpen, setCustomOpen] = useState(false);
  const choice = customOpen ? "custom" : choiceOf(value);

  function choose(next: Choice) {
    setCustomOpen(next === "custom");
    if (next === "custom") return;
    const created = next === "any" ? null : next;
    onChange({ created, from: null, to: null });
  }

  return (
    <div className="flex flex-wrap items-start gap-2">
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="text-sm font-medium">
          Created
        </label>
        <select
          id={id}
          value={choice}
          onChange={(e) => choose(e.target.value as Choice)}
          className="field"
        >
          <option value="any">Any time</option>
          {CREATED_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PRESET_INFO[preset].label}
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </select>
      </div>
      {choice === "custom" && (
        <CustomRange value={value} timeZone={timeZone} onChange={onChange} />
      )}
    </div>
  );
}

// resolveCreatedRange swaps reversed bounds; say so rather than let the
// user wonder why a search from Friday to Monday finds anything.
function isReversed({ from, to }: CreatedValue): boolean {
  return from !== null && to !== null && from > to;
}

function CustomRange({
  value,
  timeZone,
  onChange,
}: {
  value: CreatedValue;
  timeZone: string | null;
  onChange: (value: CreatedValue) => void;
}) {
  const id = useId();
  const now = useNow();
  const show = (ms: number | null) =>
    ms !== null && timeZone ? toDateTimeLocal(ms, timeZone) : "";
  const zone =
    timeZone && now !== null ? timeZoneLabel(timeZone, now) : "local time";

  return (
    <fieldset className="grid grid-cols-[auto_auto] gap-x-2 gap-y-0.5">
      <legend className="sr-only">Custom created-at range</legend>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-from`} className="text-sm font-medium">
          Created from
        </label>
        <input
          id={`${id}-from`}
          type="datetime-local"
          className="field"
          value={show(value.from)}
          onChange={(e) =>
            onChange({
              created: null,
              from: parseDateTimeLocal(e.target.value),
              to: value.to,
            })
          }
        />
      </div>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={`${id}-to`} className="text-sm font-medium">
          Created to
        </label>
        <input
          id={`${id}-to`}
          type="datetime-local"
          className="field"
          value={show(value.to)}
          onChange={(e) =>
            onChange({
              created: null,
              from: value.from,
              to: parseDateTimeLocal(e.target.value),
            })
          }
        />
      </div>
      <p className="col-span-2 text-xs text-slate-600 dark:text-slate-300">
        Times in {zone}
      </p>
      <p role="status" className="col-span-2 text-xs">
        {isReversed(value) && (
          <span className="text-amber-800 dark:text-amber-200">
            “Created from” is after “Created to”: showing jobs created between
            the two.
          </span>
        )}
      </p>
    </fieldset>
  );
}
