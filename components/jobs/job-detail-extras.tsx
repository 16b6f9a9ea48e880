"use client";

import { Field, Fields, Section } from "@/components/jobs/job-detail-parts";
import { TrainingJobLink } from "@/components/jobs/training-job-link";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { JobDetail } from "@/lib/batch/types";
import { formatDuration, span } from "@/lib/format/duration";
import { MISSING } from "@/lib/format/time";

/** Retry strategy and preemption settings. */
export function JobRetry({ job }: { job: JobDetail }) {
  const rules = job.retryStrategy?.evaluateOnExit ?? [];
  return (
    <Section title="Retry strategy">
      <Fields>
        <Field label="Attempts">{job.retryStrategy?.attempts}</Field>
        <Field label="Rules">
          {rules.length === 0 ? (
            MISSING
          ) : (
            <ul className="space-y-0.5">
              {rules.map((rule, i) => (
                <li key={i}>
                  <span className="font-medium">{rule.action}</span> on{" "}
                  <code className="font-mono text-xs">
                    {rule.onStatusReason ?? "*"}
                  </code>
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field label="Preemptions">
          {job.preemptionSummary?.preemptedAttemptCount}
        </Field>
      </Fields>
    </Section>
  );
}

/** Each attempt: its training job, times and reason. */
export function JobAttempts({ job }: { job: JobDetail }) {
  const attempts = job.attempts ?? [];
  return (
    <Section title={`Attempts (${attempts.length})`}>
      {attempts.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No training job has been created yet.
        </p>
      ) : (
        <ol className="space-y-3">
          {attempts.map((attempt, i) => (
            <li
              key={i}
              className="rounded border border-slate-200 p-3 dark:border-slate-800"
            >
              <p className="mb-1 text-sm font-medium">Attempt {i + 1}</p>
              <Fields>
                <Field label="Training job">
                  <TrainingJobLink arn={attempt.serviceResourceId?.value}>
                    {attempt.serviceResourceId?.value.split("/").at(-1)}
                  </TrainingJobLink>
                </Field>
                <Field label="Started">
                  <RelativeTime ms={attempt.startedAt} />
                </Field>
                <Field label="Stopped">
                  <RelativeTime ms={attempt.stoppedAt} />
                </Field>
                <Field label="Ran">
                  {formatDuration(span(attempt.startedAt, attempt.stoppedAt))}
                </Field>
                <Field label="Reason">{attempt.statusReason}</Field>
              </Fields>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** The job's tags as a key/value list. */
export function JobTags({
  tags,
}: {
  tags: Record<string, string> | undefined;
}) {
  const entries = Object.entries(tags ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return (
    <Section title="Tags">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No tags.</p>
      ) : (
        <Fields>
          {entries.map(([key, value]) => (
            <Field key={key} label={key}>
              <code className="font-mono text-xs break-all">{value}</code>
            </Field>
          ))}
        </Fields>
      )}
    </Section>
  );
}

function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** The SageMaker CreateTrainingJob request, formatted and collapsible. */
export function JobPayload({ payload }: { payload: string | undefined }) {
  return (
    <Section title="Service request payload">
      {payload ? (
        <details>
          <summary className="cursor-pointer rounded text-sm text-sky-800 focus-ring dark:text-sky-300">
            Show the CreateTrainingJob request
          </summary>
          <div className="mt-2 flex justify-end">
            <CopyButton value={pretty(payload)} label="request payload" />
          </div>
          <pre className="mt-1 max-h-[60vh] overflow-auto rounded bg-slate-100 p-3 font-mono text-xs wrap-anywhere whitespace-pre-wrap dark:bg-slate-900">
            {pretty(payload)}
          </pre>
        </details>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">{MISSING}</p>
      )}
    </Section>
  );
}
