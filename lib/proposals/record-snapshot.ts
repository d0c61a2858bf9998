// The part of the governance record a preview works on: plain rows, with `archived` set on those
// that no longer exist (so that a preview can say "archived" rather than "not found").
export type SnapshotCircle = { id: string; name: string; purpose: string; kind: string; parentId: string | null; archived: boolean };
export type SnapshotRole = { id: string; circleId: string; name: string; purpose: string; coreRole: string | null; archived: boolean };
export type SnapshotAccountability = { id: string; roleId: string; description: string; position: number; archived: boolean };
export type SnapshotDomain = { id: string; circleId: string; roleId: string | null; name: string; description: string; archived: boolean };
export type SnapshotPolicy = { id: string; circleId: string; title: string; body: string; archived: boolean };
export type SnapshotAssignment = {
  id: string; roleId: string; membershipId: string; focus: string | null; termEndsOn: string | null; archived: boolean;
};
export type SnapshotMember = { id: string; name: string; active: boolean };

export type RecordSnapshot = {
  circles: SnapshotCircle[];
  roles: SnapshotRole[];
  accountabilities: SnapshotAccountability[];
  domains: SnapshotDomain[];
  policies: SnapshotPolicy[];
  assignments: SnapshotAssignment[];
  members: SnapshotMember[];
};

export function emptySnapshot(): RecordSnapshot {
  return { circles: [], roles: [], accountabilities: [], domains: [], policies: [], assignments: [], members: [] };
}

export function cloneSnapshot(record: RecordSnapshot): RecordSnapshot {
  return {
    circles: record.circles.map((row) => ({ ...row })),
    roles: record.roles.map((row) => ({ ...row })),
    accountabilities: record.accountabilities.map((row) => ({ ...row })),
    domains: record.domains.map((row) => ({ ...row })),
    policies: record.policies.map((row) => ({ ...row })),
    assignments: record.assignments.map((row) => ({ ...row })),
    members: record.members.map((row) => ({ ...row })),
  };
}
