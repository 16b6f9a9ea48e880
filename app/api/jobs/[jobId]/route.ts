import type { NextRequest } from "next/server";

import type { JobDetailResponse } from "@/lib/api/contract";
import { parseJobId } from "@/lib/server/http/params";
import { refuseWrites, withRoute } from "@/lib/server/http/route";
import { describeJob } from "@/lib/server/jobs/detail";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

interface Context {
  params: Promise<{ jobId: string }>;
}

export const GET = withRoute(
  "/api/jobs/[jobId]",
  async (_request: NextRequest, { params }: Context) => {
    const jobId = parseJobId((await params).jobId);
    const body: JobDetailResponse = { job: await describeJob(jobId) };
    return Response.json(body);
  },
);

export const { DELETE, PATCH, POST, PUT } = refuseWrites("/api/jobs/[jobId]");
