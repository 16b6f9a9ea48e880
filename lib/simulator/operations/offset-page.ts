/** Paging of short, stable lists (queues, environments) by offset. */
import type { SimContext } from "../context";
import { tokenNumber } from "../pagination";
import { optionalInt, optionalString, type Input } from "../validation";

/** The page of `items` that `maxResults` and `nextToken` ask for. */
export function offsetPage<T>(
  ctx: SimContext,
  input: Input,
  query: unknown,
  items: readonly T[],
): { items: T[]; nextToken?: string } {
  const limit = optionalInt(input, "maxResults", 1, 100) ?? 100;
  const fingerprint = JSON.stringify(query);
  const token = optionalString(input, "nextToken");
  const start = token
    ? tokenNumber(ctx.tokens.decode(fingerprint, token), "o")
    : 0;
  const end = start + limit;
  const nextToken =
    end < items.length ? ctx.tokens.encode(fingerprint, { o: end }) : undefined;
  return { items: items.slice(start, end), nextToken };
}
