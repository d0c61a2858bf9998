// The writes of one event that need nothing back (answers superseded and inserted, objections,
// notifications, the journal's row), sent to the database as one statement once the event has
// been carried out, instead of one round trip each. The foreign keys between the inserts (an
// Objection and its Response) are checked at the end of the statement. The few writes that must
// come first (superseding an answer frees its participant's place in the partial unique index of
// current answers) are updates the dependent inserts read, so they are done before those start.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { monotonicUuidV7 } from "@/lib/record/ids";

/** Builds an insert that must follow the `first` updates, from `done`: a one-row table to join. */
export type AfterUpdates = (done: Prisma.Sql) => Prisma.Sql;

export class Inserts {
  readonly #first: { update: Prisma.Sql; rows: number }[] = [];
  readonly #statements: (Prisma.Sql | AfterUpdates)[] = [];

  /** An insert; a function when it must follow the `first` updates (it joins `done`). */
  add(statement: Prisma.Sql | AfterUpdates | null): void {
    if (statement) this.#statements.push(statement);
  }

  /** An UPDATE done before the inserts that join `done`; it must change exactly `rows` rows, else the flush throws. */
  first(update: Prisma.Sql, rows: number): void {
    this.#first.push({ update, rows });
  }

  /** Sends what was queued (nothing if nothing was); the queue is then empty. */
  async flush(tx: Tx): Promise<void> {
    const first = this.#first.splice(0);
    const statements = this.#statements.splice(0);
    if (first.length === 0) {
      // Nothing to wait for: `done` is a plain one-row table.
      const parts = statements.map((s) => (typeof s === "function" ? s(Prisma.sql`(VALUES (0)) AS done (n)`) : s));
      if (parts.length === 0) return;
      if (parts.length === 1) {
        await tx.$executeRaw(parts[0]!);
        return;
      }
      await tx.$executeRaw`WITH ${Prisma.join(parts.map((part, index) => Prisma.sql`${Prisma.raw(`w${index}`)} AS (${part})`), ", ")} SELECT 1`;
      return;
    }
    // `done` counts the rows of every update: whatever reads it runs once they have all finished.
    const updates = first.map(({ update }, index) => Prisma.sql`${Prisma.raw(`u${index}`)} AS (${update} RETURNING 1)`);
    const counts = first.map((_, index) => Prisma.raw(`(SELECT count(*) FROM u${index})::int AS u${index}`));
    const parts = statements.map((s, index) => Prisma.sql`${Prisma.raw(`w${index}`)} AS (${typeof s === "function" ? s(Prisma.sql`done`) : s})`);
    const [row] = await tx.$queryRaw<Record<string, number>[]>`
      WITH ${Prisma.join(updates, ", ")}, done AS (SELECT ${Prisma.join(counts, ", ")})${parts.length > 0 ? Prisma.sql`, ${Prisma.join(parts, ", ")}` : Prisma.empty}
      SELECT * FROM done`;
    first.forEach(({ rows }, index) => {
      if (row?.[`u${index}`] !== rows) throw new Error(`an update under the proposal's lock changed ${row?.[`u${index}`]} rows, not ${rows}`);
    });
  }
}

/** A row of the journal (`Event`); ids grow in the order rows are queued, as the journal reads them. */
export function eventInsert(row: {
  organizationId: string; circleId: string | null; actorId: string | null; kind: string; subjectId: string | null; data: Prisma.InputJsonObject;
}): Prisma.Sql {
  return Prisma.sql`INSERT INTO "Event" ("id", "organizationId", "circleId", "actorId", "kind", "subjectId", "data", "occurredAt")
    VALUES (${monotonicUuidV7()}::uuid, ${row.organizationId}::uuid, ${row.circleId}::uuid, ${row.actorId}::uuid, ${row.kind}, ${row.subjectId}::uuid,
      ${JSON.stringify(row.data)}::jsonb, ${new Date()}::timestamptz)`;
}
