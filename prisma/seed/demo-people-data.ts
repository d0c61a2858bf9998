// The eight people of the demo cooperative, their circles and the roles they fill. Role keys are
// those of demo-roles-data.ts, or `<circleKey>:<coreRole>` for core roles.
import type { OrgPermission } from "../../lib/generated/prisma/enums.ts";

/** One shared password for every demo account: long, and in no list of common passwords. */
export const DEMO_PASSWORD = "Filature-en-commun-7";
export const DEMO_EMAIL_DOMAIN = "demo.interpoles.test";

export type AssignmentSeed = {
  role: string;
  focus?: string;
  termEndsInDays?: number;
  startedDaysAgo?: number;
  /** A past assignment: kept for the record's history. */
  endedDaysAgo?: number;
};

export type PersonSeed = {
  key: string;
  name: string;
  permission: OrgPermission;
  circles: string[];
  assignments: AssignmentSeed[];
};

export const PEOPLE: PersonSeed[] = [
  { key: "camille", name: "Camille Roussel", permission: "admin", circles: ["general", "finances", "cafe"],
    assignments: [{ role: "general:lead_link" }, { role: "collectivites" }, { role: "tresorerie", focus: "Clôture des comptes annuels", termEndsInDays: 120 }] },
  { key: "jonas", name: "Jonas Lefèvre", permission: "member", circles: ["general", "cafe", "appro"],
    assignments: [{ role: "cafe:lead_link" }, { role: "cuisine" }, { role: "achats", focus: "Légumes et produits laitiers" },
      { role: "appro:lead_link" }, { role: "stocks", startedDaysAgo: 200, endedDaysAgo: 45 }] },
  { key: "aicha", name: "Aïcha Benali", permission: "member", circles: ["general", "atelier", "repaircafe"],
    assignments: [{ role: "atelier:lead_link" }, { role: "outillage" }, { role: "repaircafe:lead_link" }, { role: "animation-repair" },
      { role: "general:facilitator", termEndsInDays: 18 }] },
  { key: "bastien", name: "Bastien Morel", permission: "member", circles: ["general", "coworking"],
    assignments: [{ role: "coworking:lead_link" }, { role: "accueil-cowork" }, { role: "informatique", focus: "Remplacement des bornes wifi" },
      { role: "communication", startedDaysAgo: 200, endedDaysAgo: 60 }, { role: "coworking:facilitator" }] },
  { key: "lena", name: "Léna Garnier", permission: "member", circles: ["general", "culture", "festival", "benevoles"],
    assignments: [{ role: "culture:lead_link" }, { role: "programmation" }, { role: "festival:lead_link" },
      { role: "coordination-festival", focus: "Édition de juin", termEndsInDays: 150 }, { role: "general:secretary", termEndsInDays: 200 }] },
  { key: "malik", name: "Malik Diallo", permission: "member", circles: ["cafe", "appro", "atelier", "culture"],
    assignments: [{ role: "salle" }, { role: "stocks", startedDaysAgo: 45 }, { role: "velos", focus: "Permanences du samedi" }, { role: "securite" },
      { role: "regie" }, { role: "atelier:facilitator" }, { role: "cafe:rep_link" }] },
  { key: "solene", name: "Solène Perrin", permission: "member", circles: ["general", "finances", "culture", "benevoles"],
    assignments: [{ role: "finances:lead_link" }, { role: "paie" }, { role: "vie-coop" }, { role: "mediation" }, { role: "coordination-benevoles" },
      { role: "communication", startedDaysAgo: 60 }, { role: "culture:rep_link" }, { role: "culture:secretary" }] },
  // An observer sees everything and answers nothing: no circle, no role.
  { key: "hugo", name: "Hugo Marchal", permission: "observer", circles: [], assignments: [] },
];

export function demoEmail(key: string): string {
  return `${key}@${DEMO_EMAIL_DOMAIN}`;
}
