import { Badge } from "@/components/ui/badge";

/** ENABLED / DISABLED, in words and colour. */
export function QueueStateBadge({ state }: { state: string }) {
  return <Badge tone={state === "ENABLED" ? "green" : "amber"}>{state}</Badge>;
}
