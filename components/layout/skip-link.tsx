"use client";

import type { MouseEvent } from "react";

// Focusing the landmark directly keeps "#main" out of the address, where it
// would end up in links people share; the href stays for when JS is off.
function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById("main");
  if (!main) return;
  event.preventDefault();
  if (!main.hasAttribute("tabindex")) main.setAttribute("tabindex", "-1");
  main.focus();
}

/** The first tab stop: jumps keyboard users past the header to the page. */
export function SkipLink() {
  return (
    <a
      href="#main"
      onClick={focusMain}
      className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 dark:bg-slate-900"
    >
      Skip to content
    </a>
  );
}
