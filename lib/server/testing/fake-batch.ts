import "server-only";

import { HttpResponse, type HttpHandler } from "@smithy/protocol-http";

import {
  createBatchGateway,
  type BatchGateway,
} from "@/lib/server/batch/client";
import { createClientOver } from "@/lib/server/batch/simulator-backend";

/** One canned answer: a JSON body, or an AWS error by type. */
export type FakeReply =
  { body: unknown } | { status: number; errorType: string; message?: string };

/** A call the fake received: operation (`listservicejobs`) and input. */
export interface FakeCall {
  operation: string;
  input: Record<string, unknown>;
}

type Responder = (call: FakeCall) => FakeReply;

function toResponse(reply: FakeReply): HttpResponse {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-amzn-requestid": "fake-request-id",
  };
  if ("body" in reply) {
    const body = new TextEncoder().encode(JSON.stringify(reply.body));
    return new HttpResponse({ statusCode: 200, headers, body });
  }
  headers["x-amzn-errortype"] = reply.errorType;
  const text = JSON.stringify({ message: reply.message ?? "AWS said no" });
  return new HttpResponse({
    statusCode: reply.status,
    headers,
    body: new TextEncoder().encode(text),
  });
}

/** A gateway over a hand-written Batch: each call is answered by `respond`. */
export function fakeBatchGateway(respond: Responder): {
  gateway: BatchGateway;
  calls: FakeCall[];
} {
  const calls: FakeCall[] = [];
  const handler: HttpHandler = {
    async handle(request) {
      const call: FakeCall = {
        operation: request.path.replace(/^\/v1\//, ""),
        input: JSON.parse(String(request.body ?? "{}")) as FakeCall["input"],
      };
      calls.push(call);
      return { response: toResponse(respond(call)) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  const client = createClientOver(handler, { maxAttempts: 1 });

  return { gateway: createBatchGateway(client, { now: () => 1.8e12 }), calls };
}

/** DescribeJobQueues / DescribeServiceEnvironments answers for one queue. */
export function oneQueueReply(operation: string): FakeReply | undefined {
  if (operation === "describejobqueues") {
    return {
      body: {
        jobQueues: [
          {
            jobQueueName: "q",
            jobQueueArn: "arn:aws:batch:us-east-1:123456789012:job-queue/q",
            state: "ENABLED",
            priority: 1,
            computeEnvironmentOrder: [],
            jobQueueType: "SAGEMAKER_TRAINING",
          },
        ],
      },
    };
  }
  if (operation === "describeserviceenvironments") {
    return { body: { serviceEnvironments: [] } };
  }
  return undefined;
}
