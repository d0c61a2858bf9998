// Time travel reads only the governance record's history, so what it shows for a given day (or
// span of days) changes only with the record's version: kept per version in this process (ADR
// 0014, ADR 0016). The keys come from validated parameters (a day, a circle id); a later page of
// changes, asked by cursor, is read each time.
import "server-only";
import { byRecordVersion } from "@/lib/record/version-cache";
import { db } from "@/lib/server/db";
import { changesPage, type ChangesPage } from "./changes";
import { recordTreeAt, type RecordTree } from "./tree";

type Organization = { id: string; recordVersion: number };

export function keptTreeAt(organization: Organization, at: { day: string; instant: Date }, circleId: string | null): Promise<RecordTree> {
  return byRecordVersion(organization, `record-at:${at.day}:${circleId ?? ""}`, () => recordTreeAt(db, organization.id, at.instant, circleId));
}

export function keptChanges(organization: Organization, between: { from: string; to: string; start: Date; end: Date; cursor: string | null }): Promise<ChangesPage> {
  const load = () => changesPage(db, organization.id, between.start, between.end, between.cursor);
  return between.cursor ? load() : byRecordVersion(organization, `record-changes:${between.from}:${between.to}`, load);
}
