/**
 * Next calls register() once per server instance, before the first request.
 * A throw here makes `next start` print the error and exit with status 1,
 * so bad settings stop the server instead of surfacing in a request.
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is inlined by Next at build time; the edge runtime has no
  // AWS SDK and no server settings to check.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/server/startup");
  startServer();
}
