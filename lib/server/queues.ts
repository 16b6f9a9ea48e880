import "server-only";

import {
  paginateDescribeJobQueues,
  paginateDescribeServiceEnvironments,
  type JobQueueDetail,
  type ServiceEnvironmentDetail,
} from "@aws-sdk/client-batch";

import type { Queue, ServiceEnvironment } from "@/lib/batch/types";
import { getBatchGateway, type BatchGateway } from "@/lib/server/batch/client";
import { toNumber } from "@/lib/server/batch/convert";
import { callUpstream } from "@/lib/server/batch/upstream-errors";
import { ApiError } from "@/lib/server/http/errors";

/** Every queue in the region, split by whether it runs service jobs. */
interface QueueListing {
  service: Queue[];
  /** Names and ARNs of the other (ECS, EKS, Fargate) queues. */
  other: Set<string>;
}

// Queues change rarely, yet every job search resolves one: 30 s of caching
// keeps DescribeJobQueues far from its (unpublished, low) rate limit, and a
// new queue appears within half a minute. Concurrent callers share one load.
const CACHE_MS = 30_000;

interface CacheEntry {
  at: number;
  listing: Promise<QueueListing>;
}

const caches = new WeakMap<BatchGateway, CacheEntry>();

async function describeAllQueues(
  gateway: BatchGateway,
): Promise<JobQueueDetail[]> {
  const queues: JobQueueDetail[] = [];
  // A fresh input object per pagination: the paginator writes nextToken into it.
  const pages = paginateDescribeJobQueues({ client: gateway.client }, {});
  for await (const page of pages) queues.push(...(page.jobQueues ?? []));
  return queues;
}

async function describeAllEnvironments(
  gateway: BatchGateway,
): Promise<ServiceEnvironmentDetail[]> {
  const environments: ServiceEnvironmentDetail[] = [];
  const pages = paginateDescribeServiceEnvironments(
    { client: gateway.client },
    {},
  );
  for await (const page of pages)
    environments.push(...(page.serviceEnvironments ?? []));
  return environments;
}

function toEnvironment(
  e: ServiceEnvironmentDetail,
): ServiceEnvironment | undefined {
  if (!e.serviceEnvironmentName || !e.serviceEnvironmentArn) return undefined;
  const capacityLimits = (e.capacityLimits ?? []).flatMap((limit) => {
    const maxCapacity = toNumber(limit.maxCapacity);
    return maxCapacity !== undefined && limit.capacityUnit
      ? [{ maxCapacity, capacityUnit: limit.capacityUnit }]
      : [];
  });

  return {
    name: e.serviceEnvironmentName,
    arn: e.serviceEnvironmentArn,
    state: e.state,
    status: e.status,
    capacityLimits,
  };
}

function toQueue(
  q: JobQueueDetail & { jobQueueName: string; jobQueueArn: string },
  environments: Map<string, ServiceEnvironment>,
): Queue {
  const first = [...(q.serviceEnvironmentOrder ?? [])].sort(
    (a, b) => (a.order ?? 0) - (b.order ?? 0),
  )[0];
  const env = first?.serviceEnvironment;

  return {
    name: q.jobQueueName,
    arn: q.jobQueueArn,
    state: q.state ?? "ENABLED",
    status: q.status,
    statusReason: q.statusReason,
    priority: toNumber(q.priority) ?? 0,
    fairShare: Boolean(q.schedulingPolicyArn),
    schedulingPolicyArn: q.schedulingPolicyArn,
    // The order may name the environment by name or by ARN.
    serviceEnvironment: env ? environments.get(env) : undefined,
  };
}

async function loadListing(gateway: BatchGateway): Promise<QueueListing> {
  const [queues, envs] = await Promise.all([
    callUpstream("DescribeJobQueues", () => describeAllQueues(gateway)),
    callUpstream("DescribeServiceEnvironments", () =>
      describeAllEnvironments(gateway),
    ),
  ]);
  const environments = new Map<string, ServiceEnvironment>();
  for (const env of envs.map(toEnvironment)) {
    if (env) environments.set(env.arn, env).set(env.name, env);
  }
  const listing: QueueListing = { service: [], other: new Set() };
  for (const q of queues) {
    const { jobQueueName: name, jobQueueArn: arn } = q;
    if (!name || !arn) continue;
    // A missing type means an old container queue (batch-api.md §7).
    if (q.jobQueueType === "SAGEMAKER_TRAINING") {
      listing.service.push(
        toQueue({ ...q, jobQueueName: name, jobQueueArn: arn }, environments),
      );
    } else {
      listing.other.add(name).add(arn);
    }
  }
  listing.service.sort((a, b) => a.name.localeCompare(b.name));

  return listing;
}

function cachedListing(gateway: BatchGateway): Promise<QueueListing> {
  const entry = caches.get(gateway);
  if (entry && Date.now() - entry.at < CACHE_MS) return entry.listing;
  const listing = loadListing(gateway);
  caches.set(gateway, { at: Date.now(), listing });
  // A failed load must not be served from the cache for 30 s.
  listing.catch(() => {
    if (caches.get(gateway)?.listing === listing) caches.delete(gateway);
  });

  return listing;
}

/** The region's SAGEMAKER_TRAINING job queues with their capacity, by name. */
export async function listServiceQueues(
  gateway: BatchGateway = getBatchGateway(),
): Promise<Queue[]> {
  return (await cachedListing(gateway)).service;
}

/** The service-job queue named `nameOrArn`, or a 404 `queue_not_found`. */
export async function resolveQueue(
  nameOrArn: string,
  gateway: BatchGateway = getBatchGateway(),
): Promise<Queue> {
  const listing = await cachedListing(gateway);
  const queue = listing.service.find(
    (q) => q.name === nameOrArn || q.arn === nameOrArn,
  );
  if (queue) return queue;
  if (listing.other.has(nameOrArn)) {
    throw new ApiError(
      "queue_not_found",
      `Queue ${nameOrArn} is not a service-job queue.`,
    );
  }

  throw new ApiError("queue_not_found", `Queue ${nameOrArn} does not exist.`);
}
