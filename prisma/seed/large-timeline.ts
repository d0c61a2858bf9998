// The history of the large organisation as a timeline of change sets, planned in any order and
// played in time order; and the adopted proposals some of them come from (Proposal, its version,
// its changes as stored in ProposalChange, and the Decision).
import { addDays, dateOnly, type Rng } from "./large-random.ts";
import type { RecordStore, SetContext } from "./large-record.ts";

export type Op = { at: Date; seq: number; actorId: string; decisionId: string | null; run: (s: RecordStore, ctx: SetContext) => void };

export type ProposalRow = { id: string; organizationId: string; circleId: string; authorId: string; status: string; createdAt: Date; updatedAt: Date };
export type VersionRow = { id: string; organizationId: string; proposalId: string; number: number; title: string; reasons: string; authorId: string; createdAt: Date };
export type ProposalChangeRow = { id: string; organizationId: string; versionId: string; position: number; kind: string; payload: string };
export type DecisionRow = { id: string; organizationId: string; proposalId: string; versionId: string; circleId: string; adoptedAt: Date; reviewOn: Date; record: string };

/** A change as a proposal stores it: `kind` in its column, the rest in `payload` (lib/record/changes.ts). */
export type StoredChange = { kind: string; payload: Record<string, unknown> };

const REASONS = [
  "Cette activité n’était portée par personne : elle se faisait mal, ou pas du tout.",
  "Le nom ne disait plus ce que le rôle fait vraiment.",
  "Les attentes envers ce rôle ont changé depuis l’an dernier.",
  "Le cercle a grandi : il faut clarifier qui fait quoi.",
  "Ce rôle n’a plus d’activité depuis plusieurs mois.",
  "Le mandat arrive à son terme : le cercle a tenu son élection.",
];

export class Timeline {
  readonly ops: Op[] = [];
  readonly proposals: ProposalRow[] = [];
  readonly versions: VersionRow[] = [];
  readonly proposalChanges: ProposalChangeRow[] = [];
  readonly decisions: DecisionRow[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly organizationId: string,
    private readonly adminUserId: string,
  ) {}

  /** A direct edit by the admin. */
  direct(at: Date, run: Op["run"]): void {
    this.ops.push({ at, seq: this.ops.length, actorId: this.adminUserId, decisionId: null, run });
  }

  /** A change set adopted by consent: its proposal and decision, then the set applied at adoption. */
  decided(at: Date, circleId: string, authorId: string, title: string, changes: StoredChange[], run: Op["run"]): void {
    const { rng, organizationId } = this;
    const createdAt = new Date(at.getTime() - rng.int(3, 30) * 24 * 60 * 60 * 1000);
    const proposalId = rng.uuid(createdAt);
    const versionId = rng.uuid(createdAt);
    const decisionId = rng.uuid(at);
    this.proposals.push({ id: proposalId, organizationId, circleId, authorId, status: "adopted", createdAt, updatedAt: at });
    this.versions.push({ id: versionId, organizationId, proposalId, number: 1, title, reasons: rng.pick(REASONS), authorId, createdAt });
    changes.forEach((change, position) => {
      this.proposalChanges.push({ id: rng.uuid(createdAt), organizationId, versionId, position, kind: change.kind, payload: JSON.stringify(change.payload) });
    });
    this.decisions.push({
      id: decisionId, organizationId, proposalId, versionId, circleId, adoptedAt: at, reviewOn: dateOnly(addDays(at, 180)),
      // The shape of the demo's decisions (prisma/seed/demo-decision.ts); participants are not modelled here.
      record: JSON.stringify({ versionNumber: 1, absenteePolicy: "silence_is_consent", participants: [], answers: [], absentees: [], objections: [], concerns: [], facilitator: null }),
    });
    this.ops.push({ at, seq: this.ops.length, actorId: authorId, decisionId, run });
  }

  /** Plays every change set in time order (ties: in planning order), as the product would have. */
  play(store: RecordStore): void {
    const ordered = [...this.ops].sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
    for (const op of ordered) op.run(store, { at: op.at, actorId: op.actorId, decisionId: op.decisionId });
  }
}
