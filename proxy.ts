import { NextResponse, type NextRequest } from "next/server";

import type { ApiErrorBody } from "@/lib/api/errors";
import { escapeUndecodable } from "@/lib/view/safe-path";

const BAD_PATH: ApiErrorBody = {
  error: {
    code: "invalid_parameter",
    message:
      "The path is not valid percent-encoding; write %25 for a literal %.",
    parameter: "path",
  },
};

/**
 * Next's router answers a dynamic path it cannot decode (/queues/%) with a
 * bare 500 before any route runs. Ahead of routing it becomes the API's
 * 400 (the status of invalid_parameter in lib/server/http/errors.ts), or
 * for a page a redirect to the same text escaped, which the page can show.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const escaped = escapeUndecodable(pathname);
  if (escaped === pathname) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    const headers = { "Cache-Control": "no-store" };
    return NextResponse.json(BAD_PATH, { status: 400, headers });
  }

  const url = request.nextUrl.clone();
  url.pathname = escaped;
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: ["/api/:path*", "/queues/:path*"] };
