// The vocabulary of the consent process (../shared/design/consent.md), as plain serialisable data.
// String values are exactly those of the Prisma enums (checked by enums.test.ts) so the database
// layer stores them as they are; this folder never imports Prisma, Next or the clock.
// Times are epoch milliseconds: JSON-safe, comparable with <, and `Date#getTime()` away from a row.

export const PROPOSAL_STATUSES = ["draft", "in_process", "adopted", "withdrawn", "abandoned", "escalated", "expired"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROCESS_STEPS = ["presentation", "clarifying_questions", "reactions", "amendment", "consent_round", "integration"] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];

export const ROUND_STATUSES = ["open", "closed", "cancelled"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_RESULTS = ["no_objection", "objections", "no_quorum", "awaiting_absentees"] as const;
export type RoundResult = (typeof ROUND_RESULTS)[number];

export const RESPONSE_KINDS = ["consent", "objection", "abstention"] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export const OBJECTION_VERDICTS = ["pending", "valid", "not_valid", "withdrawn"] as const;
export type ObjectionVerdict = (typeof OBJECTION_VERDICTS)[number];

export const ABSENTEE_POLICIES = ["silence_is_consent", "wait_for_all", "input_beforehand"] as const;
export type AbsenteePolicy = (typeof ABSENTEE_POLICIES)[number];

export const OBJECTION_TESTERS = ["facilitator", "facilitator_or_lead_link"] as const;
export type ObjectionTester = (typeof OBJECTION_TESTERS)[number];

export const CONSENT_PRESETS = ["holacracy", "sociocracy_for_all", "sociocracy_3_0", "custom"] as const;
export type ConsentPreset = (typeof CONSENT_PRESETS)[number];

/** Same fields as `CircleProcessSettings` (minus ids and preset). */
export interface ProcessSettings {
  abstentionAllowed: boolean;
  absenteePolicy: AbsenteePolicy;
  /** Minimum share of participants who must answer, in percent (1–100); null: no quorum. */
  quorumPercent: number | null;
  defaultDeadlineHours: number;
  reviewPeriodDays: number;
  objectionTester: ObjectionTester;
}

/** What a round copies from the settings when it opens (the `ConsentRound` columns). */
export type RoundSettings = Pick<ProcessSettings, "abstentionAllowed" | "absenteePolicy" | "quorumPercent">;

/** A `RoundParticipant`: a User id, the circle they answer for, and the election nominee flag. */
export interface Participant {
  userId: string;
  circleId: string;
  answersLast: boolean;
}

/** The test of an objection, criterion by criterion (null: not asked); names of `Objection`'s columns. */
export interface ObjectionCriteria {
  reducesCapacity: boolean | null;
  createdByProposal: boolean | null;
  notSafeToTry: boolean | null;
  limitsObjectorRole: boolean | null;
  breaksRules: boolean | null;
}

export interface ObjectionState {
  criteria: ObjectionCriteria;
  verdict: ObjectionVerdict;
  note: string;
  testedBy: string | null;
  testedAt: number | null;
  /** The version number that integrates it (its `integrationVersionId`). */
  integrationVersion: number | null;
  objectorConfirmedAt: number | null;
  proposerConfirmedAt: number | null;
}

/** A `Response`. An objection is identified by the id of the answer that raised it. */
export interface Answer {
  id: string;
  userId: string;
  kind: ResponseKind;
  reason: string;
  at: number;
  supersededAt: number | null;
  objection: ObjectionState | null;
}

export interface RoundState {
  number: number;
  versionNumber: number;
  status: RoundStatus;
  /** `awaiting_absentees` while still open (policy B), the final result once closed. */
  result: RoundResult | null;
  /** false: held in a meeting (closed by the facilitator); true: asynchronous, with a deadline. */
  asynchronous: boolean;
  settings: RoundSettings;
  participants: readonly Participant[];
  /** The current answer of each participant who answered: at most one per participant. */
  answers: readonly Answer[];
  /** Answers replaced by a later one, oldest first; kept for the record, never counted. */
  superseded: readonly Answer[];
  openedAt: number;
  deadlineAt: number | null;
  closedAt: number | null;
}

/** A proposal's process: the `Proposal` columns that matter, the circle's settings, its latest round. */
export interface ProcessState {
  status: ProposalStatus;
  step: ProcessStep | null;
  /** User id of the proposer (`Proposal.authorId`). */
  proposerId: string;
  currentVersion: number;
  /** `Proposal.deadlineAt`: when the current asynchronous step ends, if it does. */
  deadlineAt: number | null;
  /** The circle's settings as they are now; a round copies its own when it opens. */
  settings: ProcessSettings;
  /** The latest round; earlier ones are history the machine never needs. */
  round: RoundState | null;
}
