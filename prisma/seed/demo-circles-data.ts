// The circles of the demo cooperative « La Bobine », a fictional SCIC that runs a tiers-lieu in a
// former spinning mill: a café-canteen, a repair workshop, a coworking space and a cultural
// programme. Plain data; demo-structure.ts writes it.
import type { CircleKind, ConsentPreset, CoreRole } from "../../lib/generated/prisma/enums.ts";

export const DEMO_ORGANIZATION = { slug: "la-bobine", name: "La Bobine, tiers-lieu coopératif" };

export type CircleSeed = {
  key: string;
  parent: string | null;
  kind: CircleKind;
  name: string;
  purpose: string;
  settings?: { preset: ConsentPreset; abstentionAllowed?: boolean; quorumPercent?: number; reviewPeriodDays?: number };
  policies?: { title: string; body: string }[];
};

export const CIRCLES: CircleSeed[] = [
  {
    key: "general", parent: null, kind: "general", name: "Cercle général",
    purpose: "Faire de l’ancienne filature un lieu où le quartier répare, travaille, mange et crée ensemble.",
    policies: [
      { title: "Clés du bâtiment", body: "Chaque pôle dispose de deux jeux de clés. Un jeu supplémentaire se demande au premier lien du cercle général, qui tient la liste des personnes qui en ont un." },
      { title: "Réunion Interpôles", body: "Une réunion Interpôles a lieu le premier mardi de chaque mois. Tout pôle peut y inscrire une tension qui touche au moins un autre pôle." },
    ],
  },
  {
    key: "cafe", parent: "general", kind: "pole", name: "Pôle Café-cantine",
    purpose: "Nourrir le quartier avec une cuisine de saison, locale et à prix doux.",
    policies: [{ title: "Repas des bénévoles", body: "Toute personne bénévole présente plus de trois heures dans la journée a droit à un repas du midi offert." }],
  },
  {
    key: "atelier", parent: "general", kind: "pole", name: "Pôle Atelier",
    purpose: "Prolonger la vie des objets et transmettre les savoir-faire de réparation.",
    settings: { preset: "sociocracy_for_all", abstentionAllowed: true },
    policies: [{ title: "Accès aux machines", body: "Les machines-outils ne s’utilisent qu’après une formation donnée par le rôle Référent·e outillage, et jamais seul·e dans l’atelier." }],
  },
  {
    key: "coworking", parent: "general", kind: "pole", name: "Pôle Coworking",
    purpose: "Offrir aux indépendant·es du quartier un lieu de travail abordable et une communauté d’entraide.",
    settings: { preset: "sociocracy_3_0", quorumPercent: 50 },
    policies: [{ title: "Salles prêtées aux autres pôles", body: "Les autres pôles peuvent réserver les salles de réunion du coworking le soir et le week-end, sans frais, en passant par le planning des salles." }],
  },
  {
    key: "culture", parent: "general", kind: "pole", name: "Pôle Programmation culturelle",
    purpose: "Faire de la filature une scène ouverte aux artistes et aux habitant·es du territoire.",
    settings: { preset: "holacracy", reviewPeriodDays: 365 },
  },
  {
    key: "finances", parent: "general", kind: "support_function", name: "Finances et administration",
    purpose: "Garder la coopérative solvable, en règle et lisible pour ses sociétaires.",
    policies: [{ title: "Engagement de dépenses", body: "Un rôle peut engager seul une dépense de moins de 500 € prévue à son budget. Au-delà, il demande l’avis du rôle Trésorerie avant d’agir." }],
  },
  {
    key: "appro", parent: "cafe", kind: "support_function", name: "Approvisionnement",
    purpose: "Que la cuisine ne manque de rien, acheté au plus près.",
  },
  {
    key: "repaircafe", parent: "atelier", kind: "project", name: "Repair café mensuel",
    purpose: "Un samedi par mois, réparer ensemble plutôt que jeter.",
  },
  {
    key: "festival", parent: "culture", kind: "project", name: "Festival des Bobines",
    purpose: "Un week-end de fête en juin qui fait découvrir la filature à tout le territoire.",
  },
  {
    key: "benevoles", parent: "culture", kind: "group", name: "Collectif des bénévoles",
    purpose: "Que chaque bénévole trouve sa place et ait envie de revenir.",
  },
];

/** The four core roles every circle has; their texts are the same in every circle. */
export const CORE_ROLES: { coreRole: CoreRole; name: string; purpose: string; accountabilities: string[] }[] = [
  {
    coreRole: "lead_link", name: "Premier lien",
    purpose: "Que le cercle serve la raison d’être de son cercle parent.",
    accountabilities: [
      "Affecter les membres du cercle à ses rôles",
      "Définir les priorités du cercle",
      "Répartir les ressources du cercle entre ses rôles",
    ],
  },
  {
    coreRole: "rep_link", name: "Second lien",
    purpose: "Que les tensions du cercle soient entendues dans le cercle parent.",
    accountabilities: [
      "Porter les tensions du cercle dans le cercle parent",
      "Rendre compte au cercle des décisions du cercle parent",
    ],
  },
  {
    coreRole: "facilitator", name: "Facilitation",
    purpose: "Que les réunions du cercle se tiennent selon ses règles de décision.",
    accountabilities: [
      "Animer les réunions de gouvernance et de triage",
      "Tester les objections lors des tours de consentement",
    ],
  },
  {
    coreRole: "secretary", name: "Secrétariat",
    purpose: "Que le registre de gouvernance du cercle soit juste et à jour.",
    accountabilities: [
      "Planifier les réunions du cercle",
      "Rédiger et publier les comptes-rendus",
      "Interpréter la gouvernance du cercle quand on le lui demande",
    ],
  },
];
