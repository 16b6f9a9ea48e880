export default function OverviewPage() {
  return <main className="p-6">Batch service jobs</main>;
}
