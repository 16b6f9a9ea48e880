"use client";

import { useEffect, useEffectEvent, useId, useState } from "react";

import { nameSearchError } from "@/lib/view/job-filters";

const DEBOUNCE_MS = 400;

/** The job-name prefix search, validated as the API validates it. */
export function NameFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (name: string | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  const [synced, setSynced] = useState(value);
  const error = nameSearchError(text);

  // Follow the URL when it changes from elsewhere (back button, a link).
  if (value !== synced) {
    setSynced(value);
    setText(value ?? "");
  }

  const apply = useEffectEvent((next: string | null) => onChange(next));

  useEffect(() => {
    const next = text.trim() || null;
    if (error || next === value) return;
    const timer = setTimeout(() => apply(next), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, error, value]);

  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-sm font-medium">
        Job name (prefix search)
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="llama3-8b"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help`}
        className="field w-64"
      />
      <p
        id={`${id}-help`}
        className={
          error
            ? "text-xs text-red-700 dark:text-red-300"
            : "text-xs text-slate-600 dark:text-slate-300"
        }
      >
        {error ?? "Case-insensitive prefix of the job name"}
      </p>
    </div>
  );
}
