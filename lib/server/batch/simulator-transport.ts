import "server-only";

import {
  HttpResponse,
  type HttpHandler,
  type HttpRequest,
} from "@smithy/protocol-http";
import type { HttpHandlerOptions } from "@smithy/types";

/** What the transport needs of the simulator: its request handler. */
export interface SimulatorEndpoint {
  handle(request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body: string;
  }): Promise<{
    status: number;
    headers: Record<string, string>;
    body: string;
  }>;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return "";
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return decoder.decode(body);
  throw new TypeError("The simulator transport only sends text bodies.");
}

function pathWithQuery(request: HttpRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const item of [value ?? []].flat()) query.append(key, item);
  }
  const search = query.toString();
  return search ? `${request.path}?${search}` : request.path;
}

/**
 * Node's HTTP client lower-cases response header names and the SDK looks
 * them up that way (`x-amzn-requestid`), so the in-process path must too.
 */
function lowerCaseKeys(headers: Record<string, string>) {
  const entries = Object.entries(headers);
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), v]));
}

/**
 * A smithy HttpHandler that hands each request to the in-process simulator
 * instead of the network, so the SDK still builds, signs and parses real
 * restJson1 messages and maps errors exactly as it does against AWS.
 */
export function createSimulatorTransport(sim: SimulatorEndpoint): HttpHandler {
  return {
    async handle(request: HttpRequest, options?: HttpHandlerOptions) {
      if (options?.abortSignal?.aborted) {
        throw Object.assign(new Error("Request aborted"), {
          name: "AbortError",
        });
      }
      const answer = await sim.handle({
        method: request.method,
        path: pathWithQuery(request),
        headers: { ...request.headers },
        body: bodyText(request.body),
      });
      const response = new HttpResponse({
        statusCode: answer.status,
        headers: lowerCaseKeys(answer.headers),
        body: encoder.encode(answer.body),
      });

      return { response };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}
