import "server-only";

import type {
  DescribeServiceJobResponse,
  ServiceJobAttemptDetail,
  ServiceJobSummary,
  ServiceResourceId as SdkResourceId,
} from "@aws-sdk/client-batch";

import {
  isJobStatus,
  type CapacityUsage,
  type JobAttempt,
  type JobDetail,
  type JobSummary,
  type ServiceResourceId,
} from "@/lib/batch/types";

/**
 * SDK shapes → the dashboard's types. The SDK checks neither types nor
 * required members (batch-api.md §1), so every field is read defensively:
 * a Long sent as a string is converted, anything unusable is left out.
 */

/** Drops `undefined` members so answers carry only what AWS sent. */
function compact<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries) as T;
}

/** A number from a JSON number, or from a numeric string a sloppy peer sent. */
export function toNumber(value: unknown): number | undefined {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function resourceId(
  id: SdkResourceId | undefined,
): ServiceResourceId | undefined {
  const name = text(id?.name);
  const value = text(id?.value);
  return name && value ? { name, value } : undefined;
}

function capacityUsage(list: unknown): CapacityUsage[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.flatMap(
    (item: { capacityUnit?: unknown; quantity?: unknown }) => {
      const capacityUnit = text(item?.capacityUnit);
      const quantity = toNumber(item?.quantity);
      return capacityUnit && quantity !== undefined
        ? [{ capacityUnit, quantity }]
        : [];
    },
  );
}

function attempt(a: ServiceJobAttemptDetail): JobAttempt {
  return compact({
    serviceResourceId: resourceId(a.serviceResourceId),
    startedAt: toNumber(a.startedAt),
    stoppedAt: toNumber(a.stoppedAt),
    statusReason: text(a.statusReason),
  });
}

/** One ListServiceJobs row; `undefined` when it has no job id. */
export function toJobSummary(s: ServiceJobSummary): JobSummary | undefined {
  const jobId = text(s.jobId);
  if (!jobId) return undefined;
  const latest = resourceId(s.latestAttempt?.serviceResourceId);

  return compact({
    jobId,
    jobName: text(s.jobName) ?? "",
    jobArn: text(s.jobArn),
    serviceJobType: text(s.serviceJobType) ?? "SAGEMAKER_TRAINING",
    status: s.status && isJobStatus(s.status) ? s.status : undefined,
    statusReason: text(s.statusReason),
    createdAt: toNumber(s.createdAt),
    scheduledAt: toNumber(s.scheduledAt),
    startedAt: toNumber(s.startedAt),
    stoppedAt: toNumber(s.stoppedAt),
    latestAttempt: latest ? { serviceResourceId: latest } : undefined,
    capacityUsage: capacityUsage(s.capacityUsage),
    shareIdentifier: text(s.shareIdentifier),
    quotaShareName: text(s.quotaShareName),
    isTerminated: s.isTerminated === true ? true : undefined,
  });
}

function retryStrategy(r: DescribeServiceJobResponse["retryStrategy"]) {
  const attempts = toNumber(r?.attempts);
  if (attempts === undefined) return undefined;
  const evaluateOnExit = r?.evaluateOnExit?.map((rule) =>
    compact({
      action: text(rule.action) ?? "",
      onStatusReason: text(rule.onStatusReason),
    }),
  );
  return compact({ attempts, evaluateOnExit });
}

function preemptionSummary(p: DescribeServiceJobResponse["preemptionSummary"]) {
  if (!p) return undefined;
  return compact({
    preemptedAttemptCount: toNumber(p.preemptedAttemptCount),
    recentPreemptedAttempts: p.recentPreemptedAttempts?.map(attempt),
  });
}

/** The DescribeServiceJob answer; `undefined` when it has no job id. */
export function toJobDetail(
  d: DescribeServiceJobResponse,
): JobDetail | undefined {
  const summary = toJobSummary(d);
  if (!summary) return undefined;
  const timeout = toNumber(d.timeoutConfig?.attemptDurationSeconds);
  const retries = toNumber(
    d.preemptionConfiguration?.preemptionRetriesBeforeTermination,
  );

  return compact({
    ...summary,
    jobQueue: text(d.jobQueue) ?? "",
    attempts: d.attempts?.map(attempt),
    retryStrategy: retryStrategy(d.retryStrategy),
    timeoutConfig:
      timeout === undefined ? undefined : { attemptDurationSeconds: timeout },
    schedulingPriority: toNumber(d.schedulingPriority),
    serviceRequestPayload: text(d.serviceRequestPayload),
    preemptionConfiguration: d.preemptionConfiguration
      ? compact({ preemptionRetriesBeforeTermination: retries })
      : undefined,
    preemptionSummary: preemptionSummary(d.preemptionSummary),
    tags: d.tags,
  });
}
