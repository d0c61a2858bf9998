// rounds.close-due: the clock of the consent process. The core belongs to lib/rounds (idempotent
// and race-safe: each process runs in its own locked transaction), so this handler only names it.
import { closeDueRounds } from "@/lib/rounds/sweep";
import type { Db } from "@/lib/server/db";

export function closeDueRoundsHandler(db: Db, now: Date): Promise<number> {
  return closeDueRounds(db, now);
}
