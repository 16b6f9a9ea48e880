/** Simulated time: starts at `startTime` and runs `speed` times real time. */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

/** A clock that can also be pushed forward by hand (speed 0 freezes it). */
export function createClock(startTime: number, speed: number): Clock {
  const realStart = Date.now();
  let offset = 0;

  return {
    now: () =>
      Math.floor(startTime + offset + (Date.now() - realStart) * speed),
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError("advance() needs a non-negative number of ms");
      }
      offset += ms;
    },
  };
}
