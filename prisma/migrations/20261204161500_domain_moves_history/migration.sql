-- A role's history lists the domains it gave to another role (lib/roles/history.ts): their
-- RecordChange row carries the receiving role, so they are found by the role in the row's `before`
-- snapshot. Partial: only domain moves, a small share of the history.
CREATE INDEX "RecordChange_domain_moved_from_idx" ON "RecordChange" ("organizationId", ("before" ->> 'roleId'), "occurredAt" DESC, "id" DESC)
  WHERE "entity" = 'domain' AND "action" = 'moved';
