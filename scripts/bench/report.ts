// The benchmark's outputs: tables on the console, docs/benchmarks.md and bench-results.json.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { type Results, TARGETS, verdicts } from "./results.ts";

const root = path.resolve(import.meta.dirname, "../..");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const x = (ratio: number) => `${ratio.toFixed(2)}×`;
const ms = (value: number | null) => (value === null ? "n/a" : String(value));

function tables(r: Results): { title: string; rows: string[][] }[] {
  const ceiling = r.ceiling.rps;
  return [
    {
      title: "Pages (throughput at saturation, latency at 20 connections)",
      rows: [
        ["org", "page", "req/s", "× ceiling", "p50 ms", "p99 ms", "large/small", "failed"],
        ["-", "ceiling (/bench/ceiling)", String(ceiling), x(1), ms(r.ceiling.p50_ms), ms(r.ceiling.p99_ms), "", String(r.ceiling.failed)],
        ...r.pages.map((p) => [p.org, p.name, String(p.rps), x(p.ratio), ms(p.p50_ms), ms(p.p99_ms), p.large_small_ratio === undefined ? "" : x(p.large_small_ratio), String(p.failed)]),
      ],
    },
    {
      title: "Answers and PostgreSQL",
      rows: [
        ["figure", "per second", "× ceiling", "p50 ms", "p99 ms"],
        [`answers (answerRound, ${r.answers.callers} callers, ${r.answers.rounds} rounds)`, String(r.answers.per_s), x(r.answers.ratio), String(r.answers.p50_ms), String(r.answers.p99_ms)],
        [`PostgreSQL role by id (raw pg, ${r.postgres.clients} clients)`, String(r.postgres.qps), x(r.postgres.ratio), "", ""],
      ],
    },
    {
      title: "Key screens (Grande Coop, first visit, Chromium; Lighthouse 13 mobile)",
      rows: [
        ["screen", "transferred", "requests", "of which prefetches", "DOM", "EcoIndex", "grade", "LH perf", "LH a11y"],
        ...r.screens.map((s) => [s.name, kb(s.bytes), String(s.requests), String(s.prefetches), String(s.dom), String(s.ecoindex), s.grade, String(s.lighthouse_performance ?? "n/a"), String(s.lighthouse_accessibility ?? "n/a")]),
      ],
    },
  ];
}

export function printTables(r: Results): void {
  for (const { title, rows } of tables(r)) {
    console.log(`\n${title}`);
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
  }
  const failing = verdicts(r).filter((v) => !v.pass);
  console.log(`\n${failing.length === 0 ? "Every target met." : `Off target (${failing.length}):\n${failing.map((v) => `  ${v.what}: ${v.figure} (target ${v.target})`).join("\n")}`}`);
}

const markdown = (rows: string[][]) => [rows[0]!, rows[0]!.map(() => "---"), ...rows.slice(1)].map((row) => `| ${row.join(" | ")} |`).join("\n");

export function writeReports(r: Results, notMeasured: string[]): void {
  writeFileSync(path.join(root, "bench-results.json"), `${JSON.stringify(r, null, 2)}\n`);
  const all = verdicts(r);
  const failing = all.filter((v) => !v.pass);
  const m = r.method;
  const host = r.machine;
  writeFileSync(path.join(root, "docs/benchmarks.md"), `# Benchmarks

Produced by \`npm run bench\` (scripts/bench/), the figures also in \`bench-results.json\`. One run,
one machine: the production build (\`next start\`), the load generator (autocannon) on loopback,
PostgreSQL on the same host. Organisations: **Grande Coop** (\`npm run seed:large\`: 500 circles,
5,000 roles, 25,000 accountabilities, 2,000 members, three years of history, 1,000 tensions, 20
open consent rounds) and **Petite Coop** (the same generator at 10 circles), signed in as their admin.

## Machine

- CPU: ${host.cpu} (${host.cores} cores; the app, the load generator and PostgreSQL share them)
- Load average (1, 5, 15 min) before the run: ${host.load_average_at_start.join(", ")}; when it ended: ${host.load_average.join(", ")}
  (the bench's own app, load generator and PostgreSQL included). Other work on the machine competes
  for the same cores, and every figure below is only as quiet as that${host.load_average_at_start[0]! > host.cores / 2 ? `

**This run shared the machine with other work (already busy when it started):
throughput and latency below are the app's share of a busy machine, not its capacity, and the
targets cannot be judged from them. Run \`npm run bench\` on a quiet machine for that.** Weights,
requests, DOM sizes and EcoIndex do not depend on load; Lighthouse's simulated throttling does, a little.` : ""}
- Memory: ${host.memory_gb} GB
- Node ${host.node}, PostgreSQL ${host.postgresql}
- Date: ${host.date}

## Method

- **The app**: \`next start\` on the production build, one Node process, with
  \`INTERPOLES_JOBS=off\` (an instance that serves pages only; the seed leaves thousands of
  notifications to email, and their delivery would otherwise land on whichever page came first).
- **Ceiling**: \`/bench/ceiling\`, a trivial dynamic page of the same app (root layout, no database,
  no session; ADR 0007). Every ratio below is a figure divided by its requests per second.
- **Pages**: per page, ${m.warm_up_s} s of warm-up, then throughput at saturation (${m.saturation_connections}
  connections, ${m.saturation_s} s; 2xx answers only) and p50/p99 latency at exactly ${m.latency_connections}
  connections (${m.latency_s} s; "n/a" when no request was answered within it). "large/small" is the small organisation's throughput over the large
  one's: how much more server time the same page costs at 50 times the size. The record stays
  unchanged during a run, so what pages keep per record version (ADR 0014, ADR 0016: a circle's
  content, a role, the roles list, time travel, a proposal's record) is read once and then kept:
  these are the figures of repeated views, as people reading the same record see them; the first
  view after each change reads the record, like the pages that keep nothing (journal, members,
  tensions, rounds, meetings).
- **Answers**: the use case itself, \`answerRound\` (lib/rounds/mutations.ts: row lock, state machine,
  write, effects, journal in one transaction), called in process by ${r.answers.callers} concurrent members on
  ${r.answers.rounds} open rounds of Grande Coop for ${m.latency_s} s, through a Prisma pool of ${r.answers.callers}. Not the Server Action over
  HTTP: its id is build-specific, and it adds a session check and a page render already measured above.
  ${r.answers.answered} answers recorded, ${r.answers.refused} refused${r.answers.refused > 0 ? ` (${Object.entries(r.answers.refusals ?? {}).map(([reason, n]) => `${reason}: ${n}`).join(", ")})` : ""}.
- **PostgreSQL**: raw \`pg\`, a pool of ${r.postgres.clients} clients running \`${r.postgres.query}\` (prepared) for ${m.latency_s} s.
- **Screens** (sobriety, Grande Coop): a first visit in the system Chromium (cache off), until the
  network is idle (link prefetches included): transferred bytes (CDP \`encodedDataLength\`, headers
  included), requests (and among them Next's link prefetches), DOM elements; EcoIndex from them (all requests) with cnumr's ecoindex_reference quantiles
  (scripts/bench/ecoindex.ts); Lighthouse 13 (mobile preset, performance and accessibility), the
  median performance of ${m.lighthouse_runs ?? 1} runs per screen (its scores vary from run to run), run on
  Node ${host.node} although it declares Node ≥ 22.19. The same measure runs in e2e/budgets.spec.ts.
- Budgets (e2e/support/page-weight.ts, shared with e2e/budgets.spec.ts): every transferred byte
  counts; the request budget counts the screen's own requests, Next's link prefetches aside (they
  are reported, and the total is checked against the same budget here).
${notMeasured.length ? `- Not measured: ${notMeasured.join("; ")}.\n` : ""}
## Figures

${tables(r).map(({ title, rows }) => `### ${title}\n\n${markdown(rows)}`).join("\n\n")}

## Targets

Every governance page ≥ ${TARGETS.page_ratio}× the ceiling's throughput and p99 < ${TARGETS.p99_ms} ms at 20
connections; ≥ ${TARGETS.answers_per_s} answers per second; large/small server time < ${TARGETS.large_small_ratio}×;
every key screen grade A (EcoIndex > ${TARGETS.ecoindex_above}), ≤ ${TARGETS.screen_bytes / 1024} KB and ≤ ${TARGETS.screen_requests} requests,
Lighthouse performance ≥ ${TARGETS.lighthouse_performance} and accessibility ${TARGETS.lighthouse_accessibility}.

${failing.length === 0 ? `All ${all.length} checks pass.` : `${all.length - failing.length} of ${all.length} checks pass. Off target:\n\n${markdown([["what", "figure", "target"], ...failing.map((v) => [v.what, v.figure, v.target])])}`}
${r.ceiling.p99_ms !== null && r.ceiling.p99_ms >= TARGETS.p99_ms ? `
The ceiling itself, a page that reads nothing, answers at p99 ${r.ceiling.p99_ms} ms with 20 connections on this
machine: one Node process renders one page at a time, so 20 waiting connections queue behind
each other whatever the page. No dynamic page of this stack can meet p99 < ${TARGETS.p99_ms} ms at 20 connections
here; the p99 figures compare pages with one another and with the ceiling, run after run.
` : ""}`);
}
