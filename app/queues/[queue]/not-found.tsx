import { NotFoundPage } from "@/components/layout/not-found-page";

export default function QueueNotFound() {
  return (
    <NotFoundPage title="Queue not found">
      No service-job queue has this name in this account and region. It may have
      been deleted, or it runs ECS, EKS or Fargate jobs, which this dashboard
      does not show.
    </NotFoundPage>
  );
}
