// Ids of RecordChange rows. Several changes of one set share the same `occurredAt`; time travel
// takes the latest snapshot of an entity by (occurredAt, id), so ids must grow in the order the
// rows are written. This is a UUIDv7 whose 12 "rand_a" bits are a counter within the millisecond
// (RFC 9562 §6.2, method 1), which keeps ids monotonic within this process.
import { randomBytes } from "node:crypto";

let lastMs = 0;
let counter = 0;

export function monotonicUuidV7(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      // 4096 ids in one millisecond: borrow the next millisecond rather than repeat an id.
      ms += 1;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
