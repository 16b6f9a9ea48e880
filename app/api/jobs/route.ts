import type { NextRequest } from "next/server";

import type { JobsResponse } from "@/lib/api/contract";
import { parseJobSearch } from "@/lib/server/http/params";
import { refuseWrites, withRoute } from "@/lib/server/http/route";
import { searchJobs } from "@/lib/server/jobs/search";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = withRoute("/api/jobs", async (request: NextRequest) => {
  const search = parseJobSearch(request.nextUrl.searchParams);
  const body: JobsResponse = await searchJobs(search);
  return Response.json(body);
});

export const { DELETE, PATCH, POST, PUT } = refuseWrites("/api/jobs");
