import { NotFoundPage } from "@/components/layout/not-found-page";

export default function NotFound() {
  return (
    <NotFoundPage title="Not found">
      There is no service-job queue or page at this address. It may have been
      deleted, or it is a queue for ECS, EKS or Fargate jobs.
    </NotFoundPage>
  );
}
