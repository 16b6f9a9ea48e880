/**
 * What the demo teams submit: job names that look like real ML work and the
 * SageMaker CreateTrainingJob payload behind each one.
 */
import { Rng } from "./random";

/** The submit-time facts of a generated job; the payload is built lazily. */
export interface JobDraft {
  name: string;
  family: string;
  instanceType: string;
  instanceCount: number;
  /** Seeds the payload and tags so that they need not be kept in memory. */
  payloadSeed: number;
}

const MODELS: Record<string, readonly string[]> = {
  llm: ["llama3-8b", "llama3-70b", "mistral-7b", "qwen2-7b", "gemma2-9b"],
  nlp: ["bert-base", "roberta-large", "t5-base", "deberta-v3-large"],
  vision: ["resnet50", "vit-b16", "yolov8m", "convnext-tiny", "sam-vit-h"],
  speech: ["whisper-small", "whisper-large-v3", "wav2vec2-base"],
  recsys: ["dlrm", "two-tower", "dcn-v2", "sasrec"],
};

const TASKS: Record<string, readonly string[]> = {
  llm: ["sft", "dpo", "pretrain", "lora"],
  nlp: ["squad-v2-finetune", "mnli", "xsum-v2", "ner-conll03"],
  vision: ["imagenet-aug3", "cifar100-finetune", "coco", "medseg"],
  speech: ["distill", "librispeech-ctc", "commonvoice-de"],
  recsys: ["criteo-bs64k", "retrieval-v5", "movielens-20m"],
};

const IMAGES: Record<string, string> = {
  llm: "huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310",
  nlp: "huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310",
  vision: "pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker",
  speech: "pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker",
  recsys: "tensorflow-training:2.14.1-gpu-py310-cu118-ubuntu20.04-sagemaker",
};

const LEARNING_RATES = ["1e-5", "2e-5", "5e-5", "1e-4", "3e-4"];

function stamp(time: number): string {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

function jobName(rng: Rng, family: string, time: number): string {
  const model = rng.pick(MODELS[family] ?? MODELS.nlp!);
  const task = rng.pick(TASKS[family] ?? TASKS.nlp!);
  const variant = rng.int(0, 3);
  if (family === "llm") {
    return `${model}-${task}-lr${rng.pick(LEARNING_RATES)}-${stamp(time)}`;
  }
  if (variant === 0) return `${model}-${task}`;
  if (variant === 1) return `${model}-${task}-seed${rng.int(0, 99)}`;
  if (variant === 2) return `${model}-${task}-v${rng.int(2, 9)}`;
  return `${model}-${task}-${stamp(time)}`;
}

/**
 * Draws `size` sibling jobs of `family` submitted together, as a
 * hyper-parameter sweep would be: one base name with a trial suffix.
 */
export function draftSweep(
  rng: Rng,
  family: string,
  time: number,
  size: number,
  shape: { instanceType: string; instanceCount: number },
): JobDraft[] {
  const base = jobName(rng, family, time);
  return Array.from({ length: size }, (_, k) => ({
    name: size === 1 ? base : `${base}-trial${k + 1}`,
    family,
    ...shape,
    payloadSeed: rng.int(0, 0x7fffffff),
  }));
}

function hyperParameters(rng: Rng, draft: JobDraft): Record<string, string> {
  const lr = /-lr([0-9e.-]+?)-\d{4}-/.exec(draft.name)?.[1];
  return {
    epochs: String(rng.int(1, 10)),
    learning_rate: lr ?? rng.pick(LEARNING_RATES),
    per_device_train_batch_size: String(rng.pick([8, 16, 32, 64])),
    seed: String(rng.int(0, 9999)),
    bf16: "true",
  };
}

/** The CreateTrainingJob JSON a generated job was submitted with. */
export function renderPayload(
  draft: JobDraft,
  account: { region: string; accountId: string },
): string {
  const rng = new Rng(draft.payloadSeed);
  const image = IMAGES[draft.family] ?? IMAGES.nlp!;
  const bucket = `s3://acme-ml-${account.accountId.slice(-4)}`;
  const trainingJobName = draft.name.slice(0, 63);
  return JSON.stringify({
    TrainingJobName: trainingJobName,
    AlgorithmSpecification: {
      TrainingImage: `763104351884.dkr.ecr.${account.region}.amazonaws.com/${image}`,
      TrainingInputMode: rng.pick(["File", "FastFile"]),
    },
    RoleArn: `arn:aws:iam::${account.accountId}:role/SageMakerTrainingRole`,
    InputDataConfig: [
      {
        ChannelName: "train",
        DataSource: {
          S3DataSource: {
            S3DataType: "S3Prefix",
            S3Uri: `${bucket}-datasets/${draft.family}/train/`,
          },
        },
      },
    ],
    OutputDataConfig: {
      S3OutputPath: `${bucket}-artifacts/${draft.family}/${trainingJobName}/`,
    },
    ResourceConfig: {
      InstanceType: draft.instanceType,
      InstanceCount: draft.instanceCount,
      VolumeSizeInGB: rng.pick([100, 200, 500, 1000]),
    },
    HyperParameters: hyperParameters(rng, draft),
    StoppingCondition: { MaxRuntimeInSeconds: 86400 * rng.int(1, 5) },
  });
}

/** The tags of a generated job. */
export function renderTags(draft: JobDraft, team: string) {
  const rng = new Rng(draft.payloadSeed ^ 0x5bd1e995);
  return {
    team,
    project: `${draft.family}-${rng.pick(["research", "prod", "eval"])}`,
    "cost-center": rng.pick(["ml-platform", "ml-research", "applied-ai"]),
  };
}
