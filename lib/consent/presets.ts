// The process settings a circle starts from (CircleProcessSettings). Where the values come from is
// explained in docs/decisions/0005-consent-state-machine.md. `custom` starts from the schema's
// defaults (which are Holacracy's) and is whatever the circle then edits.
import type { ConsentPreset, ProcessSettings } from "./types";

export const PRESETS: Readonly<Record<ConsentPreset, Readonly<ProcessSettings>>> = {
  holacracy: {
    abstentionAllowed: false,
    absenteePolicy: "silence_is_consent",
    quorumPercent: null,
    defaultDeadlineHours: 168,
    reviewPeriodDays: 180,
    objectionTester: "facilitator",
  },
  sociocracy_for_all: {
    abstentionAllowed: true,
    absenteePolicy: "wait_for_all",
    quorumPercent: 50,
    defaultDeadlineHours: 168,
    reviewPeriodDays: 365,
    objectionTester: "facilitator",
  },
  sociocracy_3_0: {
    abstentionAllowed: false,
    absenteePolicy: "input_beforehand",
    quorumPercent: null,
    defaultDeadlineHours: 120,
    reviewPeriodDays: 90,
    objectionTester: "facilitator_or_lead_link",
  },
  custom: {
    abstentionAllowed: false,
    absenteePolicy: "silence_is_consent",
    quorumPercent: null,
    defaultDeadlineHours: 168,
    reviewPeriodDays: 180,
    objectionTester: "facilitator",
  },
};

export function presetSettings(preset: ConsentPreset): ProcessSettings {
  return { ...PRESETS[preset] };
}

/** The named preset these settings equal, or `custom` when the circle changed any value. */
export function matchingPreset(settings: ProcessSettings): ConsentPreset {
  const named = (["holacracy", "sociocracy_for_all", "sociocracy_3_0"] as const).find((p) => sameSettings(PRESETS[p], settings));
  return named ?? "custom";
}

function sameSettings(a: ProcessSettings, b: ProcessSettings): boolean {
  return (
    a.abstentionAllowed === b.abstentionAllowed &&
    a.absenteePolicy === b.absenteePolicy &&
    a.quorumPercent === b.quorumPercent &&
    a.defaultDeadlineHours === b.defaultDeadlineHours &&
    a.reviewPeriodDays === b.reviewPeriodDays &&
    a.objectionTester === b.objectionTester
  );
}

/** Bounds a settings form must enforce; the machine relies on them (e.g. a deadline in the future). */
export const SETTINGS_BOUNDS = {
  quorumPercent: { min: 1, max: 100 },
  defaultDeadlineHours: { min: 1, max: 24 * 60 },
  reviewPeriodDays: { min: 1, max: 3 * 365 },
} as const;
