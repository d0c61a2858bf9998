// What is read from the governance record, kept per process and keyed by organisation and record
// version (ADR 0014): the circle tree, the review's counts. Every change to the record bumps the
// version in its own transaction (./version.ts); a value read after the version was read is never
// older than its key. The promise is kept, so that simultaneous first views share one read; a
// failed read is forgotten. The lifetime only bounds what a database restored under the running
// app could leave behind. Without a version (a caller outside a request), nothing is kept.
import "server-only";
import { LRUCache } from "lru-cache";

// A circle's page content is kept per circle (ADR 0016): room for the circles people visit.
const entries = new LRUCache<string, Promise<unknown>>({ max: 2_000, ttl: 10 * 60_000 });

export function byRecordVersion<T>(organization: { id: string; recordVersion?: number }, what: string, load: () => Promise<T>): Promise<T> {
  if (organization.recordVersion === undefined) return load();
  const key = `${organization.id}:${organization.recordVersion}:${what}`;
  const hit = entries.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const value = load();
  entries.set(key, value);
  value.catch(() => entries.delete(key));
  return value;
}
