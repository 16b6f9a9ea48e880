/**
 * Batch's error types. Operations throw `SimError`; the HTTP adapter turns
 * it into the status, `x-amzn-ErrorType` header and `{__type, message}`
 * body that the SDK parses.
 */

/** An error code the simulator can answer with. */
export type SimErrorType =
  | "ClientException"
  | "ServerException"
  | "TooManyRequestsException"
  | "UnknownOperationException";

const STATUS: Record<SimErrorType, number> = {
  ClientException: 400,
  ServerException: 500,
  TooManyRequestsException: 429,
  UnknownOperationException: 404,
};

/** An error Batch would return; `text` goes inside Batch's message frame. */
export class SimError extends Error {
  readonly status: number;

  constructor(
    readonly type: SimErrorType,
    readonly text: string,
  ) {
    super(text);
    this.name = type;
    this.status = STATUS[type];
  }
}

/** A 400 ClientException, Batch's answer to every invalid request. */
export function clientError(text: string): SimError {
  return new SimError("ClientException", text);
}

/** The message Batch wraps every error text in. */
export function errorMessage(error: SimError, requestId: string): string {
  // Throttling is answered with a bare message, as in real logs.
  if (error.type === "TooManyRequestsException") return error.text;
  return `Error executing request, Exception : ${error.text}, RequestId: ${requestId}`;
}
