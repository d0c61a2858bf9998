// The review as JSON, for other tools. The shape is a contract: fields are only ever added, and
// a breaking change bumps `version`.
//
// {
//   "format": "interpoles.accountability-review", "version": 1,
//   "generatedAt": "2026-06-01T10:00:00.000Z",
//   "organization": { "id": uuid, "slug": string, "name": string },
//   "filters": { "circleId": uuid | null, "q": string | null, "memberId": uuid | null },
//   "circles": [{                       // tree order: depth-first from the general circle
//     "id": uuid, "parentId": uuid | null, "name": string,
//     "kind": "general" | "pole" | "project" | "support_function" | "group",
//     "path": [string],                 // names from the general circle down to this one
//     "roles": [{                       // core roles first, then by name
//       "id": uuid, "name": string,
//       "coreRole": "lead_link" | "rep_link" | "facilitator" | "secretary" | null,
//       "holders": [{ "membershipId": uuid, "name": string, "focus": string | null }],
//       "accountabilities": [{ "id": uuid, "position": number, "description": string }]  // position: 0-based, in order
//     }]
//   }]
// }
// Only circles and roles with at least one accountability matching the filters are listed.
import type { CircleKind, CoreRole } from "@/lib/generated/prisma/enums";
import type { ReviewCircle } from "./data";
import type { ReviewFilters } from "./filters";

export type ReviewJson = {
  format: "interpoles.accountability-review";
  version: 1;
  generatedAt: string;
  organization: { id: string; slug: string; name: string };
  filters: ReviewFilters;
  circles: {
    id: string;
    parentId: string | null;
    name: string;
    kind: CircleKind;
    path: string[];
    roles: {
      id: string;
      name: string;
      coreRole: CoreRole | null;
      holders: { membershipId: string; name: string; focus: string | null }[];
      accountabilities: { id: string; position: number; description: string }[];
    }[];
  }[];
};

type Input = { organization: ReviewJson["organization"]; filters: ReviewFilters; circles: readonly ReviewCircle[]; generatedAt: Date };

export function reviewToJson({ organization, filters, circles, generatedAt }: Input): ReviewJson {
  return {
    format: "interpoles.accountability-review",
    version: 1,
    generatedAt: generatedAt.toISOString(),
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    filters: { circleId: filters.circleId, q: filters.q, memberId: filters.memberId },
    // Fields are copied one by one, so that nothing added to the DTOs later leaks into the contract.
    circles: circles.map((circle) => ({
      id: circle.id,
      parentId: circle.parentId,
      name: circle.name,
      kind: circle.kind,
      path: [...circle.path],
      roles: circle.roles.map((role) => ({
        id: role.id,
        name: role.name,
        coreRole: role.coreRole,
        holders: role.holders.map((holder) => ({ membershipId: holder.membershipId, name: holder.name, focus: holder.focus })),
        accountabilities: role.accountabilities.map((a) => ({ id: a.id, position: a.position, description: a.description })),
      })),
    })),
  };
}
