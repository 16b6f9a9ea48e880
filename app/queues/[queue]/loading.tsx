import { AppHeader } from "@/components/layout/app-header";
import { LoadingRows } from "@/components/ui/states";

export default function QueueLoading() {
  return (
    <div className="flex h-dvh flex-col">
      <AppHeader />
      <main id="main" className="flex-1">
        <LoadingRows label="Loading the queue" rows={14} />
      </main>
    </div>
  );
}
