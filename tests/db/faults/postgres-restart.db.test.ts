// PostgreSQL restarted while the app runs: the app's own client (lib/server/db.ts's
// createPrismaClient: Prisma over a pg pool) must survive its idle connections being cut (pg
// emits "error" on them; unhandled, that would crash the process) and the next request must
// succeed on a fresh connection. The system's PostgreSQL cannot be restarted by a test: this one
// is an embedded server of its own, on its own port and folder.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/server/db";
import { startEmbeddedPostgres } from "../../../scripts/lib/embedded-db.ts";

const dir = mkdtempSync(path.join(tmpdir(), "interpoles-restart-"));

/** A port nobody listens on now (the OS picks it): other test runs share this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("PostgreSQL restarted while the app runs", () => {
  it("the next query succeeds and the process keeps running", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const port = await freePort();
    let server = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port });
    const client = createPrismaClient(server.url("postgres"));
    try {
      await client.$executeRawUnsafe("CREATE TABLE note (body text)");
      // Several connections open and then idle in the pool, as on a running server.
      await Promise.all(Array.from({ length: 4 }, (_, i) => client.$executeRaw`INSERT INTO note VALUES (${`before ${i}`})`));

      await server.stop();
      // While it is down, a request fails (and is answered with an error page), nothing worse.
      await expect(client.$queryRaw`SELECT 1`).rejects.toThrow();
      server = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port });

      const [row] = await client.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM note`;
      expect(row?.count).toBe(4);
      // Transactions too (every mutation runs in one).
      await client.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO note VALUES ('after')`;
      });
      const [after] = await client.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM note`;
      expect(after?.count).toBe(5);
      // The pool did see its connections die (and said so), rather than never having had any.
      expect(warn.mock.calls.some(([line]) => String(line).includes("idle database connection was lost"))).toBe(true);
    } finally {
      warn.mockRestore();
      await client.$disconnect();
      await server.stop();
    }
  }, 120_000);
});
