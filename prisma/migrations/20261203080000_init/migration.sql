-- CreateEnum
CREATE TYPE "OrgPermission" AS ENUM ('admin', 'member', 'observer');

-- CreateEnum
CREATE TYPE "GovernanceEditMode" AS ENUM ('direct_edits_by_admins', 'consent_only');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('immediately', 'daily_digest', 'none');

-- CreateEnum
CREATE TYPE "CircleKind" AS ENUM ('general', 'pole', 'project', 'support_function', 'group');

-- CreateEnum
CREATE TYPE "CoreRole" AS ENUM ('lead_link', 'rep_link', 'facilitator', 'secretary');

-- CreateEnum
CREATE TYPE "ConsentPreset" AS ENUM ('holacracy', 'sociocracy_for_all', 'sociocracy_3_0', 'custom');

-- CreateEnum
CREATE TYPE "AbsenteePolicy" AS ENUM ('silence_is_consent', 'wait_for_all', 'input_beforehand');

-- CreateEnum
CREATE TYPE "ObjectionTester" AS ENUM ('facilitator', 'facilitator_or_lead_link');

-- CreateEnum
CREATE TYPE "RecordEntity" AS ENUM ('circle', 'role', 'accountability', 'domain', 'policy', 'assignment', 'settings');

-- CreateEnum
CREATE TYPE "RecordAction" AS ENUM ('created', 'updated', 'moved', 'reordered', 'archived', 'removed');

-- CreateEnum
CREATE TYPE "TensionKind" AS ENUM ('governance', 'operational');

-- CreateEnum
CREATE TYPE "TensionStatus" AS ENUM ('draft', 'open', 'processing', 'resolved', 'dropped');

-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('comment', 'clarifying_question', 'answer', 'reaction', 'status_note');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('draft', 'in_process', 'adopted', 'withdrawn', 'abandoned', 'escalated', 'expired');

-- CreateEnum
CREATE TYPE "ProcessStep" AS ENUM ('presentation', 'clarifying_questions', 'reactions', 'amendment', 'consent_round', 'integration');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('open', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "RoundResult" AS ENUM ('no_objection', 'objections', 'no_quorum', 'awaiting_absentees');

-- CreateEnum
CREATE TYPE "ResponseKind" AS ENUM ('consent', 'objection', 'abstention');

-- CreateEnum
CREATE TYPE "ObjectionVerdict" AS ENUM ('pending', 'valid', 'not_valid', 'withdrawn');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('scheduled', 'in_progress', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('invited', 'present', 'late', 'absent');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('tension', 'proposal', 'review', 'election', 'other');

-- CreateEnum
CREATE TYPE "AgendaItemStatus" AS ENUM ('pending', 'in_progress', 'done', 'skipped');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "notificationDelivery" "NotificationDelivery" NOT NULL DEFAULT 'immediately',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "governanceEditMode" "GovernanceEditMode" NOT NULL DEFAULT 'direct_edits_by_admins',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "permission" "OrgPermission" NOT NULL DEFAULT 'member',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "email" TEXT,
    "permission" "OrgPermission" NOT NULL DEFAULT 'member',
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" UUID,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Circle" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "parentId" UUID,
    "kind" "CircleKind" NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Circle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleProcessSettings" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "preset" "ConsentPreset" NOT NULL DEFAULT 'holacracy',
    "abstentionAllowed" BOOLEAN NOT NULL DEFAULT false,
    "absenteePolicy" "AbsenteePolicy" NOT NULL DEFAULT 'silence_is_consent',
    "quorumPercent" INTEGER,
    "defaultDeadlineHours" INTEGER NOT NULL DEFAULT 168,
    "reviewPeriodDays" INTEGER NOT NULL DEFAULT 180,
    "objectionTester" "ObjectionTester" NOT NULL DEFAULT 'facilitator',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CircleProcessSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CircleMembership" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CircleMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "coreRole" "CoreRole",
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accountability" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "roleId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Accountability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Domain" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "roleId" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "roleId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "focus" TEXT,
    "termEndsOn" DATE,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordChange" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "entity" "RecordEntity" NOT NULL,
    "entityId" UUID NOT NULL,
    "action" "RecordAction" NOT NULL,
    "circleId" UUID,
    "roleId" UUID,
    "before" JSONB,
    "after" JSONB,
    "decisionId" UUID,
    "actorId" UUID,
    "isDirectEdit" BOOLEAN NOT NULL DEFAULT false,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tension" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "roleId" UUID,
    "authorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "whatIs" TEXT NOT NULL DEFAULT '',
    "whatCouldBe" TEXT NOT NULL DEFAULT '',
    "example" TEXT NOT NULL DEFAULT '',
    "kind" "TensionKind" NOT NULL DEFAULT 'governance',
    "status" "TensionStatus" NOT NULL DEFAULT 'draft',
    "isInterpoles" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "tensionId" UUID,
    "proposalId" UUID,
    "authorId" UUID NOT NULL,
    "kind" "CommentKind" NOT NULL DEFAULT 'comment',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "tensionId" UUID,
    "authorId" UUID NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'draft',
    "step" "ProcessStep",
    "isInterpoles" BOOLEAN NOT NULL DEFAULT false,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "deadlineAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalCircle" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "circleId" UUID NOT NULL,

    CONSTRAINT "ProposalCircle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalVersion" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalChange" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "ProposalChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRound" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "meetingId" UUID,
    "number" INTEGER NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'open',
    "result" "RoundResult",
    "abstentionAllowed" BOOLEAN NOT NULL,
    "absenteePolicy" "AbsenteePolicy" NOT NULL,
    "quorumPercent" INTEGER,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ConsentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundParticipant" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "circleId" UUID NOT NULL,
    "answersLast" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RoundParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "ResponseKind" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMPTZ(3),

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "reducesCapacity" BOOLEAN,
    "createdByProposal" BOOLEAN,
    "notSafeToTry" BOOLEAN,
    "limitsObjectorRole" BOOLEAN,
    "breaksRules" BOOLEAN,
    "verdict" "ObjectionVerdict" NOT NULL DEFAULT 'pending',
    "verdictNote" TEXT NOT NULL DEFAULT '',
    "testedById" UUID,
    "testedAt" TIMESTAMPTZ(3),
    "integrationVersionId" UUID,
    "objectorConfirmedAt" TIMESTAMPTZ(3),
    "proposerConfirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "roundId" UUID,
    "circleId" UUID NOT NULL,
    "meetingId" UUID,
    "facilitatorId" UUID,
    "adoptedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewOn" DATE,
    "record" JSONB NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 90,
    "place" TEXT NOT NULL DEFAULT '',
    "videoUrl" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'scheduled',
    "facilitatorId" UUID,
    "secretaryId" UUID,
    "currentAgendaItemId" UUID,
    "minutesNotes" TEXT NOT NULL DEFAULT '',
    "minutesPublishedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingCircle" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "circleId" UUID NOT NULL,

    CONSTRAINT "MeetingCircle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "attendance" "Attendance" NOT NULL DEFAULT 'invited',
    "checkIn" TEXT NOT NULL DEFAULT '',
    "closing" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "tensionId" UUID,
    "proposalId" UUID,
    "details" JSONB,
    "status" "AgendaItemStatus" NOT NULL DEFAULT 'pending',
    "notes" TEXT NOT NULL DEFAULT '',
    "addedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "emailedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "circleId" UUID,
    "actorId" UUID,
    "kind" TEXT NOT NULL,
    "subjectId" UUID,
    "data" JSONB NOT NULL DEFAULT '{}',
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_userId_idx" ON "PasswordReset"("userId");

-- CreateIndex
CREATE INDEX "RateLimitHit_key_createdAt_idx" ON "RateLimitHit"("key", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitHit_createdAt_idx" ON "RateLimitHit"("createdAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_createdAt_idx" ON "OutboundEmail"("createdAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_to_createdAt_idx" ON "OutboundEmail"("to", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_organizationId_createdAt_idx" ON "OutboundEmail"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_id_key" ON "Membership"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_createdAt_idx" ON "Invitation"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_organizationId_id_key" ON "Invitation"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Circle_organizationId_parentId_idx" ON "Circle"("organizationId", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Circle_organizationId_id_key" ON "Circle"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CircleProcessSettings_organizationId_id_key" ON "CircleProcessSettings"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CircleProcessSettings_organizationId_circleId_key" ON "CircleProcessSettings"("organizationId", "circleId");

-- CreateIndex
CREATE INDEX "CircleMembership_organizationId_membershipId_idx" ON "CircleMembership"("organizationId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "CircleMembership_organizationId_id_key" ON "CircleMembership"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CircleMembership_organizationId_circleId_membershipId_key" ON "CircleMembership"("organizationId", "circleId", "membershipId");

-- CreateIndex
CREATE INDEX "Role_organizationId_circleId_idx" ON "Role"("organizationId", "circleId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_organizationId_circleId_coreRole_key" ON "Role"("organizationId", "circleId", "coreRole");

-- CreateIndex
CREATE UNIQUE INDEX "Role_organizationId_id_key" ON "Role"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Accountability_organizationId_roleId_position_idx" ON "Accountability"("organizationId", "roleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Accountability_organizationId_id_key" ON "Accountability"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Domain_organizationId_circleId_idx" ON "Domain"("organizationId", "circleId");

-- CreateIndex
CREATE INDEX "Domain_organizationId_roleId_idx" ON "Domain"("organizationId", "roleId");

-- CreateIndex
CREATE UNIQUE INDEX "Domain_organizationId_id_key" ON "Domain"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Policy_organizationId_circleId_idx" ON "Policy"("organizationId", "circleId");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_organizationId_id_key" ON "Policy"("organizationId", "id");

-- CreateIndex
CREATE INDEX "RoleAssignment_organizationId_roleId_idx" ON "RoleAssignment"("organizationId", "roleId");

-- CreateIndex
CREATE INDEX "RoleAssignment_organizationId_membershipId_idx" ON "RoleAssignment"("organizationId", "membershipId");

-- CreateIndex
CREATE INDEX "RoleAssignment_organizationId_termEndsOn_idx" ON "RoleAssignment"("organizationId", "termEndsOn");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_organizationId_id_key" ON "RoleAssignment"("organizationId", "id");

-- CreateIndex
CREATE INDEX "RecordChange_organizationId_occurredAt_idx" ON "RecordChange"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "RecordChange_organizationId_entity_entityId_occurredAt_idx" ON "RecordChange"("organizationId", "entity", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "RecordChange_organizationId_circleId_occurredAt_idx" ON "RecordChange"("organizationId", "circleId", "occurredAt");

-- CreateIndex
CREATE INDEX "RecordChange_organizationId_roleId_occurredAt_idx" ON "RecordChange"("organizationId", "roleId", "occurredAt");

-- CreateIndex
CREATE INDEX "RecordChange_organizationId_decisionId_idx" ON "RecordChange"("organizationId", "decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "RecordChange_organizationId_id_key" ON "RecordChange"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Tension_organizationId_circleId_status_createdAt_idx" ON "Tension"("organizationId", "circleId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Tension_organizationId_authorId_createdAt_idx" ON "Tension"("organizationId", "authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Tension_organizationId_status_createdAt_idx" ON "Tension"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Tension_organizationId_roleId_idx" ON "Tension"("organizationId", "roleId");

-- CreateIndex
CREATE UNIQUE INDEX "Tension_organizationId_id_key" ON "Tension"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Comment_organizationId_tensionId_createdAt_idx" ON "Comment"("organizationId", "tensionId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_organizationId_proposalId_createdAt_idx" ON "Comment"("organizationId", "proposalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_organizationId_id_key" ON "Comment"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Proposal_organizationId_circleId_status_updatedAt_idx" ON "Proposal"("organizationId", "circleId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Proposal_organizationId_authorId_updatedAt_idx" ON "Proposal"("organizationId", "authorId", "updatedAt");

-- CreateIndex
CREATE INDEX "Proposal_organizationId_status_updatedAt_idx" ON "Proposal"("organizationId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Proposal_organizationId_tensionId_idx" ON "Proposal"("organizationId", "tensionId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_organizationId_id_key" ON "Proposal"("organizationId", "id");

-- CreateIndex
CREATE INDEX "ProposalCircle_organizationId_circleId_idx" ON "ProposalCircle"("organizationId", "circleId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalCircle_organizationId_id_key" ON "ProposalCircle"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalCircle_organizationId_proposalId_circleId_key" ON "ProposalCircle"("organizationId", "proposalId", "circleId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalVersion_organizationId_id_key" ON "ProposalVersion"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalVersion_organizationId_proposalId_number_key" ON "ProposalVersion"("organizationId", "proposalId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalChange_organizationId_id_key" ON "ProposalChange"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalChange_organizationId_versionId_position_key" ON "ProposalChange"("organizationId", "versionId", "position");

-- CreateIndex
CREATE INDEX "ConsentRound_status_deadlineAt_idx" ON "ConsentRound"("status", "deadlineAt");

-- CreateIndex
CREATE INDEX "ConsentRound_organizationId_status_openedAt_idx" ON "ConsentRound"("organizationId", "status", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRound_organizationId_id_key" ON "ConsentRound"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRound_organizationId_proposalId_number_key" ON "ConsentRound"("organizationId", "proposalId", "number");

-- CreateIndex
CREATE INDEX "RoundParticipant_organizationId_userId_idx" ON "RoundParticipant"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundParticipant_organizationId_id_key" ON "RoundParticipant"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RoundParticipant_organizationId_roundId_userId_key" ON "RoundParticipant"("organizationId", "roundId", "userId");

-- CreateIndex
CREATE INDEX "Response_organizationId_roundId_userId_idx" ON "Response"("organizationId", "roundId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_organizationId_id_key" ON "Response"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Objection_organizationId_verdict_idx" ON "Objection"("organizationId", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_organizationId_id_key" ON "Objection"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Objection_organizationId_responseId_key" ON "Objection"("organizationId", "responseId");

-- CreateIndex
CREATE INDEX "Decision_organizationId_circleId_adoptedAt_idx" ON "Decision"("organizationId", "circleId", "adoptedAt");

-- CreateIndex
CREATE INDEX "Decision_organizationId_reviewOn_idx" ON "Decision"("organizationId", "reviewOn");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_organizationId_id_key" ON "Decision"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_organizationId_proposalId_key" ON "Decision"("organizationId", "proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_organizationId_roundId_key" ON "Decision"("organizationId", "roundId");

-- CreateIndex
CREATE INDEX "Meeting_organizationId_startsAt_idx" ON "Meeting"("organizationId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_organizationId_status_startsAt_idx" ON "Meeting"("organizationId", "status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_organizationId_id_key" ON "Meeting"("organizationId", "id");

-- CreateIndex
CREATE INDEX "MeetingCircle_organizationId_circleId_idx" ON "MeetingCircle"("organizationId", "circleId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingCircle_organizationId_id_key" ON "MeetingCircle"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingCircle_organizationId_meetingId_circleId_key" ON "MeetingCircle"("organizationId", "meetingId", "circleId");

-- CreateIndex
CREATE INDEX "MeetingParticipant_organizationId_userId_idx" ON "MeetingParticipant"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_organizationId_id_key" ON "MeetingParticipant"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingParticipant_organizationId_meetingId_userId_key" ON "MeetingParticipant"("organizationId", "meetingId", "userId");

-- CreateIndex
CREATE INDEX "AgendaItem_organizationId_meetingId_position_idx" ON "AgendaItem"("organizationId", "meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_organizationId_id_key" ON "AgendaItem"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Notification_organizationId_membershipId_createdAt_idx" ON "Notification"("organizationId", "membershipId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_organizationId_membershipId_readAt_idx" ON "Notification"("organizationId", "membershipId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_organizationId_id_key" ON "Notification"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Event_organizationId_occurredAt_idx" ON "Event"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "Event_organizationId_circleId_occurredAt_idx" ON "Event"("organizationId", "circleId", "occurredAt");

-- CreateIndex
CREATE INDEX "Event_organizationId_subjectId_idx" ON "Event"("organizationId", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_organizationId_id_key" ON "Event"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_invitedById_fkey" FOREIGN KEY ("organizationId", "invitedById") REFERENCES "Membership"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_organizationId_parentId_fkey" FOREIGN KEY ("organizationId", "parentId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleProcessSettings" ADD CONSTRAINT "CircleProcessSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleProcessSettings" ADD CONSTRAINT "CircleProcessSettings_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMembership" ADD CONSTRAINT "CircleMembership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMembership" ADD CONSTRAINT "CircleMembership_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CircleMembership" ADD CONSTRAINT "CircleMembership_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accountability" ADD CONSTRAINT "Accountability_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accountability" ADD CONSTRAINT "Accountability_organizationId_roleId_fkey" FOREIGN KEY ("organizationId", "roleId") REFERENCES "Role"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_organizationId_roleId_fkey" FOREIGN KEY ("organizationId", "roleId") REFERENCES "Role"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organizationId_roleId_fkey" FOREIGN KEY ("organizationId", "roleId") REFERENCES "Role"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordChange" ADD CONSTRAINT "RecordChange_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordChange" ADD CONSTRAINT "RecordChange_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordChange" ADD CONSTRAINT "RecordChange_organizationId_roleId_fkey" FOREIGN KEY ("organizationId", "roleId") REFERENCES "Role"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordChange" ADD CONSTRAINT "RecordChange_organizationId_decisionId_fkey" FOREIGN KEY ("organizationId", "decisionId") REFERENCES "Decision"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tension" ADD CONSTRAINT "Tension_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tension" ADD CONSTRAINT "Tension_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tension" ADD CONSTRAINT "Tension_organizationId_roleId_fkey" FOREIGN KEY ("organizationId", "roleId") REFERENCES "Role"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_organizationId_tensionId_fkey" FOREIGN KEY ("organizationId", "tensionId") REFERENCES "Tension"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_organizationId_proposalId_fkey" FOREIGN KEY ("organizationId", "proposalId") REFERENCES "Proposal"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_organizationId_tensionId_fkey" FOREIGN KEY ("organizationId", "tensionId") REFERENCES "Tension"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCircle" ADD CONSTRAINT "ProposalCircle_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCircle" ADD CONSTRAINT "ProposalCircle_organizationId_proposalId_fkey" FOREIGN KEY ("organizationId", "proposalId") REFERENCES "Proposal"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCircle" ADD CONSTRAINT "ProposalCircle_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_organizationId_proposalId_fkey" FOREIGN KEY ("organizationId", "proposalId") REFERENCES "Proposal"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalChange" ADD CONSTRAINT "ProposalChange_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalChange" ADD CONSTRAINT "ProposalChange_organizationId_versionId_fkey" FOREIGN KEY ("organizationId", "versionId") REFERENCES "ProposalVersion"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_organizationId_proposalId_fkey" FOREIGN KEY ("organizationId", "proposalId") REFERENCES "Proposal"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_organizationId_versionId_fkey" FOREIGN KEY ("organizationId", "versionId") REFERENCES "ProposalVersion"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_organizationId_roundId_fkey" FOREIGN KEY ("organizationId", "roundId") REFERENCES "ConsentRound"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_organizationId_roundId_fkey" FOREIGN KEY ("organizationId", "roundId") REFERENCES "ConsentRound"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_organizationId_responseId_fkey" FOREIGN KEY ("organizationId", "responseId") REFERENCES "Response"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_organizationId_integrationVersionId_fkey" FOREIGN KEY ("organizationId", "integrationVersionId") REFERENCES "ProposalVersion"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_organizationId_proposalId_fkey" FOREIGN KEY ("organizationId", "proposalId") REFERENCES "Proposal"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_organizationId_versionId_fkey" FOREIGN KEY ("organizationId", "versionId") REFERENCES "ProposalVersion"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_organizationId_roundId_fkey" FOREIGN KEY ("organizationId", "roundId") REFERENCES "ConsentRound"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCircle" ADD CONSTRAINT "MeetingCircle_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCircle" ADD CONSTRAINT "MeetingCircle_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCircle" ADD CONSTRAINT "MeetingCircle_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_organizationId_tensionId_fkey" FOREIGN KEY ("organizationId", "tensionId") REFERENCES "Tension"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_organizationId_proposalId_fkey" FOREIGN KEY ("organizationId", "proposalId") REFERENCES "Proposal"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organizationId_circleId_fkey" FOREIGN KEY ("organizationId", "circleId") REFERENCES "Circle"("organizationId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;


-- ───────── prisma/constraints.sql (verbatim) ─────────
-- Constraints that Prisma's schema language cannot express. This file is the single source:
-- the migration that introduced each statement carries a verbatim copy, and the drift test
-- (tests/db/migrations-drift.db.test.ts) builds a database from schema.prisma plus this file and
-- compares it with one built from the migrations. To change it, write a new migration too
-- (docs/migrations.md).

-- The general circle is the root: it alone has no parent.
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_general_is_root_check"
  CHECK (("kind" = 'general') = ("parentId" IS NULL));

-- One general circle per organisation.
CREATE UNIQUE INDEX "Circle_one_general_key" ON "Circle" ("organizationId") WHERE "kind" = 'general';

-- Names are unique among the active siblings, whatever their case.
CREATE UNIQUE INDEX "Circle_sibling_name_key" ON "Circle" ("organizationId", "parentId", lower("name"))
  WHERE "archivedAt" IS NULL;
CREATE UNIQUE INDEX "Role_circle_name_key" ON "Role" ("organizationId", "circleId", lower("name"))
  WHERE "archivedAt" IS NULL;

-- A domain is held by one role (or the circle) at a time in a circle.
CREATE UNIQUE INDEX "Domain_circle_name_key" ON "Domain" ("organizationId", "circleId", lower("name"))
  WHERE "archivedAt" IS NULL;

-- Names and texts that must say something.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Circle" ADD CONSTRAINT "Circle_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Role" ADD CONSTRAINT "Role_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Accountability" ADD CONSTRAINT "Accountability_description_check" CHECK (btrim("description") <> '');
ALTER TABLE "Accountability" ADD CONSTRAINT "Accountability_position_check" CHECK ("position" >= 0);
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_title_check" CHECK (btrim("title") <> '');
ALTER TABLE "Tension" ADD CONSTRAINT "Tension_title_check" CHECK (btrim("title") <> '');

-- An objection always carries its reasons.
ALTER TABLE "Response" ADD CONSTRAINT "Response_objection_reason_check"
  CHECK ("kind" <> 'objection' OR btrim("reason") <> '');

-- One current answer per participant and round; earlier answers are superseded, never deleted.
CREATE UNIQUE INDEX "Response_one_current_key" ON "Response" ("organizationId", "roundId", "userId")
  WHERE "supersededAt" IS NULL;

-- One open consent round per proposal.
CREATE UNIQUE INDEX "ConsentRound_one_open_key" ON "ConsentRound" ("organizationId", "proposalId")
  WHERE "status" = 'open';
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_quorum_check"
  CHECK ("quorumPercent" IS NULL OR "quorumPercent" BETWEEN 1 AND 100);
ALTER TABLE "CircleProcessSettings" ADD CONSTRAINT "CircleProcessSettings_quorum_check"
  CHECK ("quorumPercent" IS NULL OR "quorumPercent" BETWEEN 1 AND 100);
ALTER TABLE "CircleProcessSettings" ADD CONSTRAINT "CircleProcessSettings_durations_check"
  CHECK ("defaultDeadlineHours" > 0 AND "reviewPeriodDays" > 0);

-- A closed round has a closing time and a result; an open one has neither.
ALTER TABLE "ConsentRound" ADD CONSTRAINT "ConsentRound_closed_check"
  CHECK (("status" = 'open') = ("closedAt" IS NULL));

-- No circle may become its own ancestor. The advisory lock serialises tree changes of one
-- organisation, so two concurrent moves cannot build a cycle between them.
CREATE FUNCTION "circle_refuse_cycle"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parentId" IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('interpoles.circle-tree:' || NEW."organizationId"::text));
  IF NEW."parentId" = NEW."id" OR EXISTS (
    WITH RECURSIVE ancestors("id", "parentId") AS (
      SELECT c."id", c."parentId" FROM "Circle" c WHERE c."id" = NEW."parentId"
      UNION
      SELECT c."id", c."parentId" FROM "Circle" c JOIN ancestors a ON c."id" = a."parentId"
    )
    SELECT 1 FROM ancestors WHERE ancestors."id" = NEW."id"
  ) THEN
    RAISE EXCEPTION 'circle % would be its own ancestor', NEW."id"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Circle_no_cycle';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Circle_no_cycle"
  BEFORE INSERT OR UPDATE OF "parentId" ON "Circle"
  FOR EACH ROW EXECUTE FUNCTION "circle_refuse_cycle"();
