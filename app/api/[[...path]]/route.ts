import { ApiError } from "@/lib/server/http/errors";
import { withRoute } from "@/lib/server/http/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// Unknown API paths, and /api itself, answer the API's JSON 404, not the
// HTML page of the app.
const notFound = withRoute("/api/[[...path]]", async () => {
  throw new ApiError("not_found", "No such API endpoint.");
});

export {
  notFound as DELETE,
  notFound as GET,
  notFound as HEAD,
  notFound as OPTIONS,
  notFound as PATCH,
  notFound as POST,
  notFound as PUT,
};
