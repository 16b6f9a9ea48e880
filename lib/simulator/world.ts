/**
 * The demo account: which queues and service environments exist, how big
 * they are and how much of the generated workload each one receives.
 */

/** A fair-share identifier and its share of the queue's capacity. */
export interface ShareSpec {
  id: string;
  weight: number;
}

/** One job queue of the demo account, with its service environment. */
export interface QueueSpec {
  name: string;
  type: "SAGEMAKER_TRAINING" | "ECS";
  state: "ENABLED" | "DISABLED";
  priority: number;
  /** The service environment (SageMaker) or compute environment (ECS). */
  environmentName: string;
  maxCapacity: number;
  /** Fraction of the generated jobs that land on this queue. */
  jobShare: number;
  /** Arrivals stop after this fraction of the history (disabled queues). */
  activeFraction: number;
  /** Chance that SageMaker has no capacity when a job tries to start. */
  spotShortage: number;
  schedulingPolicyName?: string;
  shares?: readonly ShareSpec[];
  /** Workload families submitted here (see workload.ts). */
  families: readonly string[];
  instanceTypes: readonly (readonly [string, number])[];
  instanceCounts: readonly (readonly [number, number])[];
}

/** The queues of the demo account, in creation order. */
export const QUEUE_SPECS: readonly QueueSpec[] = [
  {
    name: "llm-pretraining",
    type: "SAGEMAKER_TRAINING",
    state: "ENABLED",
    priority: 100,
    environmentName: "sagemaker-p4d-fleet",
    maxCapacity: 64,
    jobShare: 0.4,
    activeFraction: 1,
    spotShortage: 0.02,
    schedulingPolicyName: "ml-teams-fair-share",
    shares: [
      { id: "nlp", weight: 0.4 },
      { id: "vision", weight: 0.25 },
      { id: "speech", weight: 0.2 },
      { id: "recsys", weight: 0.15 },
    ],
    families: ["llm", "nlp", "vision", "speech", "recsys"],
    instanceTypes: [
      ["ml.p4d.24xlarge", 5],
      ["ml.p5.48xlarge", 2],
      ["ml.p4de.24xlarge", 1],
    ],
    instanceCounts: [
      [1, 4],
      [2, 4],
      [4, 3],
      [8, 2],
    ],
  },
  {
    name: "vision-finetune",
    type: "SAGEMAKER_TRAINING",
    state: "ENABLED",
    priority: 50,
    environmentName: "sagemaker-g5-fleet",
    maxCapacity: 32,
    jobShare: 0.33,
    activeFraction: 1,
    spotShortage: 0.03,
    families: ["vision", "nlp"],
    instanceTypes: [
      ["ml.g5.12xlarge", 4],
      ["ml.g5.2xlarge", 3],
      ["ml.g5.48xlarge", 1],
    ],
    instanceCounts: [
      [1, 6],
      [2, 3],
      [4, 1],
    ],
  },
  {
    name: "research-spot",
    type: "SAGEMAKER_TRAINING",
    state: "ENABLED",
    priority: 10,
    environmentName: "sagemaker-spot-research",
    maxCapacity: 16,
    jobShare: 0.25,
    activeFraction: 1,
    // Spot-backed: SageMaker often cannot find instances, so jobs bounce.
    spotShortage: 0.3,
    families: ["speech", "nlp", "recsys", "vision"],
    instanceTypes: [
      ["ml.g5.4xlarge", 3],
      ["ml.g4dn.12xlarge", 2],
      ["ml.p3.8xlarge", 1],
    ],
    instanceCounts: [
      [1, 6],
      [2, 2],
    ],
  },
  {
    name: "legacy-nlp-experiments",
    type: "SAGEMAKER_TRAINING",
    state: "DISABLED",
    priority: 1,
    environmentName: "sagemaker-legacy-nlp",
    maxCapacity: 8,
    jobShare: 0.02,
    activeFraction: 0.35,
    spotShortage: 0.05,
    families: ["nlp"],
    instanceTypes: [["ml.p3.2xlarge", 1]],
    instanceCounts: [[1, 1]],
  },
  {
    name: "etl-cpu",
    type: "ECS",
    state: "ENABLED",
    priority: 20,
    environmentName: "etl-cpu-spot",
    maxCapacity: 0,
    jobShare: 0,
    activeFraction: 0,
    spotShortage: 0,
    families: [],
    instanceTypes: [],
    instanceCounts: [],
  },
];

/** The mean of a weighted list of numbers. */
export function weightedMean(items: readonly (readonly [number, number])[]) {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  return items.reduce((sum, [v, w]) => sum + v * w, 0) / total;
}
