import type { CapacityLimit, CapacityUsage } from "@/lib/batch/types";
import { MISSING } from "@/lib/format/time";

const INSTANCES = "NUM_INSTANCES";

function formatQuantity(quantity: number): string {
  return Number.isInteger(quantity) ? String(quantity) : quantity.toFixed(1);
}

function instances(quantity: number): string {
  return quantity === 1
    ? "1 instance"
    : `${formatQuantity(quantity)} instances`;
}

function sumByUnit(usage: CapacityUsage[] | undefined) {
  const totals = new Map<string, number>();
  for (const { capacityUnit, quantity } of usage ?? []) {
    if (!Number.isFinite(quantity)) continue;
    totals.set(capacityUnit, (totals.get(capacityUnit) ?? 0) + quantity);
  }
  return [...totals];
}

/**
 * Instances a job holds, for a column headed "Instances": "4", or
 * "2 ml.p4d.24xlarge" when AWS reports an instance type as the unit
 * (quota-managed environments).
 */
export function formatCapacityUsage(usage: CapacityUsage[] | undefined) {
  const totals = sumByUnit(usage);
  if (totals.length === 0) return MISSING;

  return totals
    .map(([unit, total]) =>
      unit === INSTANCES
        ? formatQuantity(total)
        : `${formatQuantity(total)} ${unit}`,
    )
    .join(" + ");
}

/** Capacity a job holds with its unit: "8 instances", "2 ml.p4d.24xlarge". */
export function describeCapacityUsage(usage: CapacityUsage[] | undefined) {
  const totals = sumByUnit(usage);
  if (totals.length === 0) return MISSING;

  return totals
    .map(([unit, total]) =>
      unit === INSTANCES
        ? instances(total)
        : `${formatQuantity(total)} ${unit}`,
    )
    .join(" + ");
}

/** "50 instances", "8 ml.p4d.24xlarge"; "—" when there are none. */
export function formatCapacityLimits(limits: CapacityLimit[] | undefined) {
  if (!limits || limits.length === 0) return MISSING;

  return limits
    .map(({ maxCapacity, capacityUnit }) =>
      capacityUnit === INSTANCES
        ? `${formatQuantity(maxCapacity)} instances`
        : `${formatQuantity(maxCapacity)} ${capacityUnit}`,
    )
    .join(", ");
}
