import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

/** A `next start` this test started itself, with everything it printed. */
export interface OwnServer {
  baseUrl: string;
  /** Lines of stdout and stderr so far. */
  lines: () => string[];
  stop: () => Promise<void>;
}

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");

async function waitUntilAnswering(url: string, child: ChildProcess) {
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error("next start exited early");
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} never answered`);
}

/**
 * Starts the production build on `port` with `env` added, capturing its
 * output, and resolves once `/api/queues` answers.
 */
export async function startOwnServer(
  port: number,
  env: Record<string, string>,
): Promise<OwnServer> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", `${port}`], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(chunk.toString("utf8"));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });

  try {
    await waitUntilAnswering(`${baseUrl}/api/queues`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const lines = () => output.join("").split("\n").filter(Boolean);
  return { baseUrl, lines, stop };
}
