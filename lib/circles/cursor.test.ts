import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, olderThan, pageOf } from "./cursor";

const id = "0190f3a2-7c1e-7a00-8000-000000000001";

describe("cursor", () => {
  it("round-trips an instant and an id", () => {
    const row = { occurredAt: new Date("2025-03-04T05:06:07.089Z"), id };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
  });

  it("ignores what is not a cursor", () => {
    for (const value of [undefined, ["1.x"], "", "abc", `x.${id}`, "12.not-a-uuid", `1.${id}'--`]) {
      expect(decodeCursor(value), String(value)).toBeNull();
    }
  });

  it("pages newest first and hands the last row shown as the next cursor", () => {
    const rows = [3, 2, 1].map((n) => ({ occurredAt: new Date(n * 1000), id: `0000000${n}-0000-7000-8000-000000000000` }));
    expect(pageOf(rows, 2)).toEqual({ items: rows.slice(0, 2), nextCursor: encodeCursor(rows[1]!) });
    expect(pageOf(rows, 3)).toEqual({ items: rows, nextCursor: null });
  });

  it("selects rows strictly older, ties broken by id", () => {
    const at = new Date(1000);
    expect(olderThan({ occurredAt: at, id })).toEqual({ OR: [{ occurredAt: { lt: at } }, { occurredAt: at, id: { lt: id } }] });
    expect(olderThan(null)).toEqual({});
  });
});
