// Determinism for the large organisation: one seeded PRNG drives every choice (names, tree,
// dates, ids), so the same scale gives the same organisation, shifted only by the day it is seeded.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An instant uniformly between `from` and `to` (exclusive), whole milliseconds. */
  between(from: Date, to: Date): Date;
  /** A UUIDv7 stamped with `at`: ids sort like the rows were written (see lib/record/ids.ts). */
  uuid(at: Date): string;
};

/** mulberry32: tiny, fast and good enough to make test data, never for secrets. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

export function createRng(seedText: string): Rng {
  const next = mulberry32(hashSeed(seedText));
  let lastMs = -1;
  let counter = 0;
  const hex = (value: number, digits: number) => Math.floor(value).toString(16).padStart(digits, "0");
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("large seed: pick from an empty list");
      return item;
    },
    between: (from, to) => new Date(from.getTime() + Math.floor(next() * Math.max(1, to.getTime() - from.getTime()))),
    uuid: (at) => {
      // Within one millisecond a 12-bit counter keeps the order of generation (RFC 9562 §6.2).
      const ms = at.getTime();
      counter = ms === lastMs ? (counter + 1) & 0xfff : 0;
      lastMs = ms;
      const time = hex(ms, 12);
      const variant = hex(0x8000 | Math.floor(next() * 0x4000), 4);
      const tail = hex(next() * 0x1000000, 6) + hex(next() * 0x1000000, 6);
      return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(counter, 3)}-${variant}-${tail}`;
    },
  };
  return rng;
}

/**
 * Splits `total` into `parts` integers between `min` and `max` that add up exactly to `total`,
 * scattered around the mean: counts in the data match the parameters, yet look natural.
 */
export function distribute(rng: Rng, total: number, parts: number, min: number, max: number): number[] {
  if (parts === 0) return [];
  if (total < parts * min || total > parts * max) throw new Error(`large seed: cannot split ${total} into ${parts} parts of ${min}..${max}`);
  const counts = Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
  for (let moves = 0; moves < parts * 3; moves++) {
    const from = rng.int(0, parts - 1);
    const to = rng.int(0, parts - 1);
    const amount = rng.int(1, 2);
    if (from === to || counts[from]! - amount < min || counts[to]! + amount > max) continue;
    counts[from]! -= amount;
    counts[to]! += amount;
  }
  return counts;
}

export const DAY = 24 * 60 * 60 * 1000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}

/** A calendar date as stored in `@db.Date` columns: midnight UTC. */
export function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
