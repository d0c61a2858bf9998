// A second instance of the app on the same database, as behind a load balancer: the same
// production build and secret, another port. Cookies do not depend on the port, so a browser
// signed in on the first instance is signed in on the second.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export type Instance = { baseUrl: string; stop: () => Promise<void> };

const root = path.resolve(import.meta.dirname, "../..");

/** A port the system says is free now (other runs share the machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startSecondInstance(): Promise<Instance> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const secret = process.env.E2E_NEXTAUTH_SECRET;
  const first = process.env.E2E_BASE_URL;
  if (!databaseUrl || !secret || !first) throw new Error("E2E_DATABASE_URL, E2E_NEXTAUTH_SECRET and E2E_BASE_URL are set by scripts/test.ts");
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  // The same copy of the build as the first instance (scripts/test.ts), when there is one.
  const appDir = process.env.E2E_APP_DIR ?? root;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: appDir,
    stdio: ["ignore", "ignore", "inherit"],
    // Same database and secret; the jobs run on the first instance only.
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, INTERPOLES_JOBS: "off" },
  });
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the second instance did not answer at ${baseUrl}`);
}
