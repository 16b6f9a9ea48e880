import { Badge, type Tone } from "@/components/ui/badge";
import type { JobStatus } from "@/lib/batch/types";

// One colour per status; the text always carries the status too.
const STATUS_TONES: Record<JobStatus, Tone> = {
  SUBMITTED: "neutral",
  PENDING: "neutral",
  RUNNABLE: "amber",
  SCHEDULED: "violet",
  STARTING: "cyan",
  RUNNING: "blue",
  SUCCEEDED: "green",
  FAILED: "red",
};

const STATUS_ICONS: Record<JobStatus, string> = {
  SUBMITTED: "○",
  PENDING: "○",
  RUNNABLE: "◔",
  SCHEDULED: "◑",
  STARTING: "◕",
  RUNNING: "●",
  SUCCEEDED: "✓",
  FAILED: "✕",
};

/** A job's status as a coloured, labelled pill. */
export function JobStatusBadge({ status }: { status: JobStatus | undefined }) {
  if (!status) return <Badge>UNKNOWN</Badge>;
  return (
    <Badge
      tone={STATUS_TONES[status]}
      icon={<span aria-hidden="true">{STATUS_ICONS[status]}</span>}
    >
      {status}
    </Badge>
  );
}
