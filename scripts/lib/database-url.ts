// The database a maintenance script works on: DATABASE_URL, or the embedded PostgreSQL of
// `npm start` (started for the duration of the script when it is not already running).
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDb } from "./embedded-db.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const PASSWORD_URL = (port: number) => `postgresql://postgres:interpoles-local@127.0.0.1:${port}/interpoles`;

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => { socket.end(); resolve(true); });
    socket.on("error", () => resolve(false));
  });
}

export async function maintenanceDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  if (await listening(PORT)) return { url: PASSWORD_URL(PORT), stop: async () => {} };
  const embedded: EmbeddedDb = await startEmbeddedPostgres({ dir: path.join(root, ".data/postgres"), port: PORT });
  return { url: embedded.url("interpoles"), stop: () => embedded.stop() };
}
