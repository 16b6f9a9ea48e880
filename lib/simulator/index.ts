/**
 * The AWS Batch service-job simulator: the "AWS side" of demo mode and of
 * every test. It speaks restJson1 over HTTP, so `@aws-sdk/client-batch`
 * cannot tell it from AWS, and it never imports the SDK itself.
 */
export type { SimRequest, SimResponse } from "./http-adapter";
export type { FaultOptions } from "./faults";
export { createSimulator } from "./simulator";
export type { Simulator, SimulatorOptions } from "./simulator";
export { serveSimulator } from "./node-server";
