// Database errors the record's constraints raise when a rule is broken despite the checks (two
// concurrent sets, for instance), translated into the record's reasons. Nothing of the database's
// own message is kept: it names tables and values a person should not see.
import { Prisma } from "@/lib/generated/prisma/client";
import type { RefusalReason } from "./reasons";

type Cause = { originalCode?: string; code?: string; constraint?: { index?: string }; originalMessage?: string; message?: string };

function causeOf(error: Prisma.PrismaClientKnownRequestError): Cause {
  const meta = error.meta as { driverAdapterError?: { cause?: Cause } } | undefined;
  return meta?.driverAdapterError?.cause ?? {};
}

const uniqueIndexes: Record<string, { reason: RefusalReason; field: string }> = {
  Circle_sibling_name_key: { reason: "name_taken", field: "name" },
  Role_circle_name_key: { reason: "name_taken", field: "name" },
  Domain_circle_name_key: { reason: "domain_taken", field: "name" },
  Role_organizationId_circleId_coreRole_key: { reason: "core_role", field: "roleId" },
  Circle_one_general_key: { reason: "general_circle", field: "kind" },
};

export function refusalFromDbError(error: unknown): { reason: RefusalReason; field?: string } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = causeOf(error);
  const sqlState = cause.originalCode ?? cause.code;
  if (error.code === "P2002" || sqlState === "23505") {
    const index = cause.constraint?.index ?? "";
    return uniqueIndexes[index] ?? { reason: "invalid" };
  }
  if (error.code === "P2003" || sqlState === "23503") return { reason: "not_found" };
  if (error.code === "P2025") return { reason: "not_found" };
  if (sqlState === "23514") {
    const message = cause.originalMessage ?? cause.message ?? "";
    // The circle-cycle trigger raises a check violation named Circle_no_cycle.
    if (message.includes("own ancestor")) return { reason: "cycle", field: "parentId" };
    return { reason: "invalid" };
  }
  return null;
}

/** Deadlocks and serialisation failures: the whole set may simply be tried again. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const sqlState = causeOf(error).originalCode ?? causeOf(error).code;
  return error.code === "P2034" || sqlState === "40001" || sqlState === "40P01";
}
