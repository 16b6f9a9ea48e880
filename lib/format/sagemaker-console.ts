/** The parts of a SageMaker training-job ARN the console link needs. */
export interface TrainingJobArn {
  partition: string;
  region: string;
  account: string;
  name: string;
}

const ARN_PATTERN =
  /^arn:(aws|aws-cn|aws-us-gov):sagemaker:([a-z0-9-]+):(\d{12}):training-job\/([A-Za-z0-9-]+)$/;

/** Splits `arn:<partition>:sagemaker:<region>:<acct>:training-job/<name>`. */
export function parseTrainingJobArn(arn: string | undefined) {
  const match = arn ? ARN_PATTERN.exec(arn) : null;
  if (!match) return undefined;

  const [, partition, region, account, name] = match;
  return { partition, region, account, name } as TrainingJobArn;
}

// Each partition has its own console domain.
const CONSOLE_HOSTS: Record<string, string> = {
  aws: "console.aws.amazon.com",
  "aws-cn": "console.amazonaws.cn",
  "aws-us-gov": "console.amazonaws-us-gov.com",
};

/** The SageMaker console page of a training job, from its ARN. */
export function trainingJobConsoleUrl(arn: string | undefined) {
  const parsed = parseTrainingJobArn(arn);
  if (!parsed) return undefined;

  const { partition, region, name } = parsed;
  const host = `${region}.${CONSOLE_HOSTS[partition]}`;
  const query = `region=${encodeURIComponent(region)}`;
  return `https://${host}/sagemaker/home?${query}#/jobs/${encodeURIComponent(name)}`;
}
