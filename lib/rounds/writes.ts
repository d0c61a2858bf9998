// The inserts of one event (answers, objections, notifications, the journal's row), sent to the
// database as one statement once the event has been carried out, instead of one round trip each.
// Only inserts are queued: none depends on another's result, and the foreign keys between them
// (an Objection and its Response) are checked at the end of the statement. Whatever must be read
// back, or run in order (superseding an answer before its replacement is inserted), runs at once.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { monotonicUuidV7 } from "@/lib/record/ids";

export class Inserts {
  readonly #statements: Prisma.Sql[] = [];

  add(statement: Prisma.Sql | null): void {
    if (statement) this.#statements.push(statement);
  }

  /** Sends what was queued (nothing if nothing was); the queue is then empty. */
  async flush(tx: Tx): Promise<void> {
    const statements = this.#statements.splice(0);
    if (statements.length === 0) return;
    if (statements.length === 1) {
      await tx.$executeRaw(statements[0]!);
      return;
    }
    const parts = statements.map((statement, index) => Prisma.sql`${Prisma.raw(`w${index}`)} AS (${statement})`);
    await tx.$executeRaw`WITH ${Prisma.join(parts, ", ")} SELECT 1`;
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
