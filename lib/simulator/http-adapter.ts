/**
 * restJson1 on the simulator side: routes `POST /v1/<operation>`, decodes
 * the body, runs the operation and encodes the answer or Batch's error.
 */
import { randomUUID } from "node:crypto";
import type { Operation, SimContext } from "./context";
import { errorMessage, SimError } from "./errors";
import { injectFault, type FaultOptions } from "./faults";
import { OPERATIONS } from "./operations";
import { listTagsForResource } from "./operations/list-tags-for-resource";
import { parseInput, type Input } from "./validation";

/** An HTTP request as the simulator sees it. */
export interface SimRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** An HTTP response as the simulator produces it. */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// The endpoint may carry a path prefix, which the SDK keeps.
const ROUTE = /\/v1\/([a-z]+)$/;

function headers(requestId: string): Record<string, string> {
  return { "Content-Type": "application/json", "x-amzn-RequestId": requestId };
}

function errorResponse(error: SimError, requestId: string): SimResponse {
  return {
    status: error.status,
    headers: { ...headers(requestId), "x-amzn-ErrorType": error.type },
    body: JSON.stringify({
      __type: error.type,
      message: errorMessage(error, requestId),
    }),
  };
}

const TAGS_ROUTE = /\/v1\/tags\/([^/]+)$/;

function decodePath(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new SimError("ClientException", "Malformed resource ARN in path");
  }
}

/** The operation a request names, and extra input taken from the path. */
function route(request: SimRequest): [Operation, Input] {
  const path = request.path.split("?")[0] ?? "";
  const method = request.method.toUpperCase();
  const tagged = TAGS_ROUTE.exec(path)?.[1];
  if (method === "GET" && tagged !== undefined) {
    return [listTagsForResource, { resourceArn: decodePath(tagged) }];
  }
  const name = ROUTE.exec(path)?.[1];
  const operation = name === undefined ? undefined : OPERATIONS[name];
  if (method !== "POST" || !operation) {
    const what = `${request.method} ${path}`;
    throw new SimError(
      "UnknownOperationException",
      `Unknown operation: ${what}`,
    );
  }
  return [operation, {}];
}

/** Builds the one request handler; `context` advances the world to now. */
export function createHttpHandler(
  context: () => SimContext,
  faults?: FaultOptions,
): (request: SimRequest) => Promise<SimResponse> {
  return async (request) => {
    const requestId = randomUUID();
    try {
      const [operation, fromPath] = route(request);
      const fault = await injectFault(faults);
      if (fault) return errorResponse(fault, requestId);
      const input = { ...parseInput(request.body), ...fromPath };
      const result = operation(context(), input);
      // TerminateServiceJob answers 200 with an empty body (docs sample).
      const body = result === undefined ? "" : JSON.stringify(result);
      return { status: 200, headers: headers(requestId), body };
    } catch (error) {
      if (error instanceof SimError) return errorResponse(error, requestId);
      const failure = new SimError("ServerException", "Internal server error");
      return errorResponse(failure, requestId);
    }
  };
}
