"use client";

import { useEffect, useEffectEvent, useId, useState } from "react";

const DEBOUNCE_MS = 400;

/** The fair-share identifier filter: shares seen so far, or free text. */
export function ShareFilter({
  value,
  seen,
  onChange,
}: {
  value: string | null;
  seen: string[];
  onChange: (share: string | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  const [synced, setSynced] = useState(value);
  const apply = useEffectEvent((next: string | null) => onChange(next));

  if (value !== synced) {
    setSynced(value);
    setText(value ?? "");
  }

  useEffect(() => {
    const next = text.trim() || null;
    if (next === value) return;
    const timer = setTimeout(() => apply(next), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-sm font-medium">
        Share
      </label>
      <input
        id={id}
        list={`${id}-seen`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="any share"
        autoComplete="off"
        className="field w-40"
      />
      <datalist id={`${id}-seen`}>
        {seen.map((share) => (
          <option key={share} value={share} />
        ))}
      </datalist>
    </div>
  );
}
