/** What every operation gets: the world, the engine and the clock. */
import type { Account } from "./account";
import type { Lifecycle } from "./lifecycle";
import type { TokenCodec } from "./pagination";
import type { JobStore, SimJob } from "./state";
import type { Input } from "./validation";

/** Shared state of one simulator instance, handed to each operation. */
export interface SimContext {
  store: JobStore;
  engine: Lifecycle;
  tokens: TokenCodec;
  account: Account;
  /** SubmitServiceJob clientTokens seen so far, with a request hash. */
  clientTokens: Map<string, { hash: string; job: SimJob }>;
  /** Current simulated time; events up to it are already processed. */
  now: number;
}

/** One API operation: a decoded body in, a JSON-ready value (or none) out. */
export type Operation = (ctx: SimContext, input: Input) => object | undefined;
