// Circle trees kept per process, keyed by organisation and record version (ADR 0014). Every change
// to circles and roles goes through lib/record/apply.ts, which bumps the version in the same
// transaction: a tree read after the version was read is never older than its key. The promise is
// kept, so that simultaneous first views share one read; a failed read is forgotten. The lifetime
// only bounds what a database restored under the running app could leave behind.
import "server-only";
import { LRUCache } from "lru-cache";
import type { CircleTree } from "./tree";

const trees = new LRUCache<string, Promise<CircleTree>>({ max: 100, ttl: 10 * 60_000 });

export function cachedTree(organizationId: string, recordVersion: number, load: () => Promise<CircleTree>): Promise<CircleTree> {
  const key = `${organizationId}:${recordVersion}`;
  const hit = trees.get(key);
  if (hit) return hit;
  const tree = load();
  trees.set(key, tree);
  tree.catch(() => trees.delete(key));
  return tree;
}
