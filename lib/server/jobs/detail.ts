import "server-only";

import { DescribeServiceJobCommand } from "@aws-sdk/client-batch";

import type { JobDetail } from "@/lib/batch/types";
import { getBatchGateway, type BatchGateway } from "@/lib/server/batch/client";
import { toJobDetail } from "@/lib/server/batch/convert";
import {
  callUpstream,
  upstreamErrorName,
} from "@/lib/server/batch/upstream-errors";
import { ApiError } from "@/lib/server/http/errors";

function notFound(jobIdOrArn: string): ApiError {
  return new ApiError("job_not_found", `Job ${jobIdOrArn} does not exist.`);
}

/** One service job by id or ARN, or a 404 `job_not_found`. */
export async function describeJob(
  jobIdOrArn: string,
  gateway: BatchGateway = getBatchGateway(),
): Promise<JobDetail> {
  const command = new DescribeServiceJobCommand({ jobId: jobIdOrArn });
  // Batch answers an unknown id with ClientException; the request is
  // otherwise well-formed, so that is the only ClientException expected here.
  const unknownJob = (error: unknown) =>
    upstreamErrorName(error) === "ClientException"
      ? notFound(jobIdOrArn)
      : undefined;
  const answer = await callUpstream(
    "DescribeServiceJob",
    () => gateway.client.send(command),
    unknownJob,
  );
  const job = toJobDetail(answer);
  if (!job) throw notFound(jobIdOrArn);

  return job;
}
