import { trainingJobConsoleUrl } from "@/lib/format/sagemaker-console";
import { MISSING } from "@/lib/format/time";

/** A link to the training job in the SageMaker console, from its ARN. */
export function TrainingJobLink({
  arn,
  children,
}: {
  arn: string | undefined;
  children?: string;
}) {
  const url = trainingJobConsoleUrl(arn);
  if (!url) return <span aria-label="no training job yet">{MISSING}</span>;

  const name = arn?.split("/").at(-1) ?? "";
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      title={`Open ${name} in the SageMaker console (new tab)`}
      className="rounded text-sky-800 underline decoration-sky-800/40 underline-offset-2 focus-ring hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/40"
    >
      {children ?? "SageMaker"}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> training job {name} (opens in a new tab)</span>
    </a>
  );
}
