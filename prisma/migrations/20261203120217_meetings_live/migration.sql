-- CreateEnum
CREATE TYPE "MeetingStage" AS ENUM ('check_in', 'agenda', 'items', 'closing');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "endedAt" TIMESTAMPTZ(3),
ADD COLUMN     "speakerId" UUID,
ADD COLUMN     "stage" "MeetingStage" NOT NULL DEFAULT 'check_in',
ADD COLUMN     "startedAt" TIMESTAMPTZ(3),
ADD COLUMN     "timerEndsAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "MeetingEvent" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingEvent_meetingId_id_idx" ON "MeetingEvent"("meetingId", "id");

-- CreateIndex
CREATE INDEX "AgendaItem_organizationId_proposalId_idx" ON "AgendaItem"("organizationId", "proposalId");

-- AddForeignKey
ALTER TABLE "MeetingEvent" ADD CONSTRAINT "MeetingEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingEvent" ADD CONSTRAINT "MeetingEvent_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

