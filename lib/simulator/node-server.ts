/** Serves a simulator over node:http, for the SDK, the AWS CLI and curl. */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { SimRequest } from "./http-adapter";
import type { Simulator } from "./simulator";

async function readRequest(req: IncomingMessage): Promise<SimRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      headers[key] = Array.isArray(value) ? value.join(",") : value;
  }
  return {
    method: req.method ?? "GET",
    path: req.url ?? "/",
    headers,
    body: Buffer.concat(chunks).toString("utf8"),
  };
}

/** Listens on `host:port` (port 0 picks a free one) until closed. */
export async function serveSimulator(
  sim: Simulator,
  opts: { port: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const host = opts.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    readRequest(req)
      .then((request) => sim.handle(request))
      .then((response) => {
        const length = String(Buffer.byteLength(response.body));
        res.writeHead(response.status, {
          ...response.headers,
          "Content-Length": length,
        });
        res.end(response.body);
      })
      .catch(() => {
        res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
