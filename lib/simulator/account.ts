/** ARNs of the simulated account; partition `aws`. */
import type { Rng } from "./random";
import type { QueueRuntime, SimJob } from "./state";
import { QUEUE_SPECS } from "./world";

/** Where the simulated account lives. */
export interface Account {
  region: string;
  accountId: string;
}

function batchArn(account: Account, resource: string): string {
  return `arn:aws:batch:${account.region}:${account.accountId}:${resource}`;
}

/** The prefix of every service-job ARN, followed by the job ID. */
export function jobArnPrefix(account: Account): string {
  return batchArn(account, "service-job/");
}

/** Fresh queue runtimes for every queue of the demo world. */
export function buildQueues(account: Account): QueueRuntime[] {
  return QUEUE_SPECS.map((spec) => {
    const environment =
      spec.type === "ECS" ? "compute-environment" : "service-environment";
    const policy = spec.schedulingPolicyName;
    return {
      spec,
      arn: batchArn(account, `job-queue/${spec.name}`),
      environmentArn: batchArn(
        account,
        `${environment}/${spec.environmentName}`,
      ),
      schedulingPolicyArn: policy
        ? batchArn(account, `scheduling-policy/${policy}`)
        : undefined,
      all: [],
      active: [],
      finished: [],
      acquired: 0,
      acquiredByShare: new Map(),
    };
  });
}

/**
 * A fresh SageMaker training-job ARN for one attempt: `AWSBatch`, the job
 * name cut so the whole name fits SageMaker's 63 characters, 32 hex digits
 * (the EventBridge docs sample; the exact rule is UNVERIFIED).
 */
export function trainingArnFactory(account: Account, rng: Rng) {
  return (job: SimJob): string => {
    const name = job.jobName.replace(/_/g, "-").slice(0, 23);
    const prefix = `arn:aws:sagemaker:${account.region}:${account.accountId}`;
    return `${prefix}:training-job/AWSBatch${name}${rng.hex(32)}`;
  };
}
