/** The operations the simulator answers, by their lowercase URL name. */
import type { Operation } from "../context";
import { describeJobQueues } from "./describe-job-queues";
import { describeServiceEnvironments } from "./describe-service-environments";
import { describeServiceJob } from "./describe-service-job";
import { getJobQueueSnapshot } from "./get-job-queue-snapshot";
import { listServiceJobs } from "./list-service-jobs";
import { submitServiceJob } from "./submit-service-job";
import { terminateServiceJob } from "./terminate-service-job";
import { terminateServiceJobs } from "./terminate-service-jobs";
import { updateServiceJob } from "./update-service-job";

/** `POST /v1/<key>` routes to the operation stored under `key`. */
export const OPERATIONS: Readonly<Record<string, Operation>> = {
  listservicejobs: listServiceJobs,
  describeservicejob: describeServiceJob,
  submitservicejob: submitServiceJob,
  terminateservicejob: terminateServiceJob,
  describejobqueues: describeJobQueues,
  describeserviceenvironments: describeServiceEnvironments,
  terminateservicejobs: terminateServiceJobs,
  updateservicejob: updateServiceJob,
  getjobqueuesnapshot: getJobQueueSnapshot,
};
