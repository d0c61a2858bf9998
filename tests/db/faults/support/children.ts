// Child processes of the fault tests: app code run by Node in its own process (its own pool, its
// own memory), so that a test can kill it, run two of them side by side, or start one on a database
// prepared beforehand. tsx resolves the app's path aliases; server-only.mjs lets "server-only"
// modules load outside Next.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { OrgPermission, ResponseKind } from "@/lib/generated/prisma/enums";

const root = path.resolve(import.meta.dirname, "../../../..");

export type AnswerTask = { organizationId: string; proposalId: string; userId: string; permission: OrgPermission; kind: ResponseKind; reason: string };

export type Child = {
  process: ChildProcess;
  /** Writes one line to its stdin. */
  send: (line: string) => void;
  /** Everything printed so far on stdout. */
  stdout: () => string;
  /** Resolves when stdout holds `text`; rejects if the process ends first or after `timeoutMs`. */
  waitFor: (text: string, timeoutMs?: number) => Promise<void>;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
};

export function startChild(script: string, args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./tests/db/faults/support/server-only.mjs", `tests/db/faults/support/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const waitFor = async (text: string, timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    while (!out.includes(text)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} ended before printing ${text}:\n${out}\n${err}`);
      if (Date.now() > until) throw new Error(`${script} did not print ${text} within ${timeoutMs} ms:\n${out}\n${err}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const send = (line: string) => void child.stdin!.write(`${line}\n`);
  return { process: child, send, stdout: () => out, waitFor, exited };
}

/** Runs an answering instance to its end and returns its results (throws with its output if it failed). */
export async function answerResults(child: Child): Promise<({ ok: true; decisionId: string | null } | { ok: false; reason: string })[]> {
  const code = await child.exited;
  const line = child.stdout().split("\n").find((l) => l.startsWith("{"));
  if (code !== 0 || !line) throw new Error(`answer-cli exited with ${code}:\n${child.stdout()}`);
  return (JSON.parse(line) as { results: never[] }).results;
}

/** Stops a child that is still running (tests' cleanup). */
export async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL");
  await child.exited;
}
