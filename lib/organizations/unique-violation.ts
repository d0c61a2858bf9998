// Recognises a unique-constraint violation (Prisma P2002), which races turn into: the loser of two
// concurrent inserts gets it and answers with a reason instead of a crash.
import { Prisma } from "@/lib/generated/prisma/client";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
