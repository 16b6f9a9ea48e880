import { describe, expect, it } from "vitest";

import {
  parseTrainingJobArn,
  trainingJobConsoleUrl,
} from "@/lib/format/sagemaker-console";

const arn = (partition: string, region: string) =>
  `arn:${partition}:sagemaker:${region}:123456789012:training-job/llama3-8b-ft`;

describe("trainingJobConsoleUrl", () => {
  it("links to the commercial console in the ARN's region", () => {
    expect(trainingJobConsoleUrl(arn("aws", "us-east-1"))).toBe(
      "https://us-east-1.console.aws.amazon.com/sagemaker/home?region=us-east-1#/jobs/llama3-8b-ft",
    );
  });

  it("uses the China and GovCloud console domains", () => {
    expect(trainingJobConsoleUrl(arn("aws-cn", "cn-north-1"))).toBe(
      "https://cn-north-1.console.amazonaws.cn/sagemaker/home?region=cn-north-1#/jobs/llama3-8b-ft",
    );
    expect(trainingJobConsoleUrl(arn("aws-us-gov", "us-gov-west-1"))).toBe(
      "https://us-gov-west-1.console.amazonaws-us-gov.com/sagemaker/home?region=us-gov-west-1#/jobs/llama3-8b-ft",
    );
  });

  it("gives no link for a missing or foreign ARN", () => {
    expect(trainingJobConsoleUrl(undefined)).toBeUndefined();
    expect(trainingJobConsoleUrl("")).toBeUndefined();
    const batchArn = "arn:aws:batch:us-east-1:123456789012:service-job/abc";
    expect(trainingJobConsoleUrl(batchArn)).toBeUndefined();
    expect(trainingJobConsoleUrl(arn("aws-xx", "us-east-1"))).toBeUndefined();
  });
});

describe("parseTrainingJobArn", () => {
  it("splits partition, region, account and name", () => {
    expect(parseTrainingJobArn(arn("aws", "eu-central-1"))).toEqual({
      partition: "aws",
      region: "eu-central-1",
      account: "123456789012",
      name: "llama3-8b-ft",
    });
  });
});
