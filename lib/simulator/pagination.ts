/**
 * Opaque page tokens: base64url JSON plus an HMAC, so a tampered token or
 * one carried over to another query is refused with a ClientException.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { clientError } from "./errors";

/** Signs and checks the tokens of one simulator instance. */
export class TokenCodec {
  // A per-instance key: a token from another simulator run is invalid.
  private readonly key = randomBytes(32);

  /** A token carrying `state` for the query identified by `query`. */
  encode(query: string, state: object): string {
    const body = Buffer.from(JSON.stringify(state)).toString("base64url");
    return `${body}.${this.sign(query, body)}`;
  }

  /** The state inside `token`, or a ClientException. */
  decode(query: string, token: string): Record<string, unknown> {
    const [body, mac, extra] = token.split(".");
    if (
      !body ||
      !mac ||
      extra !== undefined ||
      mac !== this.sign(query, body)
    ) {
      throw clientError("Invalid nextToken");
    }
    const state: unknown = JSON.parse(
      Buffer.from(body, "base64url").toString(),
    );
    if (typeof state !== "object" || state === null) {
      throw clientError("Invalid nextToken");
    }
    return state as Record<string, unknown>;
  }

  private sign(query: string, body: string): string {
    const digest = createHash("sha256").update(query).digest("hex");
    return createHmac("sha256", this.key)
      .update(`${digest}:${body}`)
      .digest("base64url")
      .slice(0, 22);
  }
}

/** Reads a number from a decoded token, or refuses the token. */
export function tokenNumber(
  state: Record<string, unknown>,
  key: string,
): number {
  const value = state[key];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw clientError("Invalid nextToken");
  }
  return value;
}

/** Reads a string from a decoded token, or refuses the token. */
export function tokenString(
  state: Record<string, unknown>,
  key: string,
): string {
  const value = state[key];
  if (typeof value !== "string") throw clientError("Invalid nextToken");
  return value;
}
