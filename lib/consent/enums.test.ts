// The machine speaks the database's words: every string union here equals its Prisma enum.
import { describe, expect, it } from "vitest";
import * as prisma from "@/lib/generated/prisma/enums";
import * as ours from "./types";

describe("consent vocabulary", () => {
  const pairs: [string, readonly string[], Record<string, string>][] = [
    ["ProposalStatus", ours.PROPOSAL_STATUSES, prisma.ProposalStatus],
    ["ProcessStep", ours.PROCESS_STEPS, prisma.ProcessStep],
    ["RoundStatus", ours.ROUND_STATUSES, prisma.RoundStatus],
    ["RoundResult", ours.ROUND_RESULTS, prisma.RoundResult],
    ["ResponseKind", ours.RESPONSE_KINDS, prisma.ResponseKind],
    ["ObjectionVerdict", ours.OBJECTION_VERDICTS, prisma.ObjectionVerdict],
    ["AbsenteePolicy", ours.ABSENTEE_POLICIES, prisma.AbsenteePolicy],
    ["ObjectionTester", ours.OBJECTION_TESTERS, prisma.ObjectionTester],
    ["ConsentPreset", ours.CONSENT_PRESETS, prisma.ConsentPreset],
  ];
  for (const [name, values, enumObject] of pairs) {
    it(`${name} has the schema's values`, () => expect([...values].sort()).toEqual(Object.values(enumObject).sort()));
  }
});
