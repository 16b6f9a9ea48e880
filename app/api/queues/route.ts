import type { QueuesResponse } from "@/lib/api/contract";
import { refuseWrites, withRoute } from "@/lib/server/http/route";
import { listServiceQueues } from "@/lib/server/queues";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = withRoute("/api/queues", async () => {
  const body: QueuesResponse = { queues: await listServiceQueues() };
  return Response.json(body);
});

export const { DELETE, PATCH, POST, PUT } = refuseWrites("/api/queues");
