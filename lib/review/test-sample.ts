// A small review, written by hostile hands, for the formatters' unit tests. Not used by the app.
import type { ReviewCircle } from "./data";
import type { ExportLabels } from "./export-labels";

export const LABELS: ExportLabels = {
  title: "Redevabilités — La Bobine",
  details: ["Cercle : Pôle Atelier et ses sous-cercles", "Au 1 juin 2026"],
  holders: (list) => `Titulaires : ${list}`,
  noHolder: "aucun·e",
  empty: "Aucune redevabilité ne correspond.",
  columns: { path: "Chemin", circle: "Cercle", role: "Rôle", holders: "Titulaires", position: "N°", accountability: "Redevabilité" },
};

export const SAMPLE: ReviewCircle[] = [
  {
    id: "c1", parentId: null, name: "Cercle général", kind: "general", path: ["Cercle général"], depth: 0,
    roles: [
      {
        id: "r1", name: "#1 *Trésorerie*", coreRole: null,
        holders: [{ membershipId: "m1", name: "Ana [admin]", focus: "budget" }, { membershipId: "m2", name: "Zoé", focus: null }],
        accountabilities: [
          { id: "a1", position: 0, description: "=HYPERLINK(\"http://evil\";\"clic\")" },
          { id: "a2", position: 1, description: "- Tenir les comptes\net <b>surtout</b> &amp; les `factures`" },
          { id: "a3", position: 2, description: "1. Payer, à temps | sans ~~retard~~" },
        ],
      },
    ],
  },
  {
    id: "c2", parentId: "c1", name: "+Pôle \"Atelier\"", kind: "pole", path: ["Cercle général", "+Pôle \"Atelier\""], depth: 1,
    roles: [
      { id: "r2", name: "@Accueil", coreRole: "lead_link", holders: [], accountabilities: [{ id: "a4", position: 0, description: "Accueillir, les bénévoles; tous" }] },
    ],
  },
];
