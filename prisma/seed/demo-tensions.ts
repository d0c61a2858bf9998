// The tensions of the demo (governance and operational, one Interpôles, one still a private
// draft) and a draft proposal still being written by its author.
import type { TensionKind, TensionStatus } from "../../lib/generated/prisma/enums.ts";
import { daysAgo, pick, type SeedContext } from "./demo-kit.ts";

type TensionSeed = {
  key: string; circle: string; role?: string; author: string; title: string; whatIs: string; whatCouldBe: string;
  example?: string; kind: TensionKind; status: TensionStatus; isInterpoles?: boolean; daysAgo: number;
};

const TENSIONS: TensionSeed[] = [
  { key: "dechets", circle: "cafe", author: "malik", kind: "governance", status: "resolved", daysAgo: 60,
    title: "Personne ne s’occupe du tri et des invendus au café",
    whatIs: "Les bacs de tri débordent et les invendus partent à la poubelle le samedi soir.",
    whatCouldBe: "Un rôle suit le tri, le compost et les dons d’invendus.", example: "Samedi dernier, six kilos de pain jetés." },
  { key: "salles", circle: "general", author: "bastien", kind: "governance", status: "processing", isInterpoles: true, daysAgo: 20,
    title: "Les salles sont réservées par plusieurs pôles en même temps",
    whatIs: "Le coworking, l’atelier et la programmation tiennent chacun leur propre planning des salles.",
    whatCouldBe: "Un seul planning, tenu par un seul rôle, pour toutes les salles du bâtiment.",
    example: "Le 12, une répétition de théâtre et une formation se sont retrouvées dans la même salle." },
  { key: "perceuse", circle: "atelier", role: "outillage", author: "malik", kind: "operational", status: "open", daysAgo: 3,
    title: "La perceuse à colonne fait un bruit anormal",
    whatIs: "Un grincement fort au démarrage depuis la semaine dernière.", whatCouldBe: "Une machine vérifiée avant la prochaine permanence." },
  { key: "budget-mediation", circle: "culture", role: "mediation", author: "solene", kind: "governance", status: "open", daysAgo: 12,
    title: "La médiation culturelle n’a pas de budget identifié",
    whatIs: "Chaque atelier avec les écoles demande une validation au cas par cas.",
    whatCouldBe: "Une enveloppe annuelle que le rôle Médiation culturelle gère seul." },
  { key: "parts", circle: "finances", role: "vie-coop", author: "camille", kind: "operational", status: "open", daysAgo: 8,
    title: "Des sociétaires n’ont pas encore libéré leur part",
    whatIs: "Onze souscriptions de l’automne sont toujours en attente de paiement.", whatCouldBe: "Toutes les parts libérées avant l’assemblée générale." },
  { key: "samedi", circle: "cafe", author: "jonas", kind: "governance", status: "draft", daysAgo: 1,
    title: "Horaires du café le samedi",
    whatIs: "Le café ferme à 15 h alors que le repair café finit à 18 h.", whatCouldBe: "" },
];

export async function seedTensions(ctx: SeedContext): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, circle, role, author, daysAgo: age, ...tension } of TENSIONS) {
    const created = await ctx.tx.tension.create({
      data: {
        organizationId: ctx.organizationId, circleId: pick(ctx.circleIds, circle), roleId: role ? pick(ctx.roleIds, role) : null,
        authorId: pick(ctx.userIds, author), createdAt: daysAgo(age, ctx.now), ...tension,
      },
      select: { id: true },
    });
    ids.set(key, created.id);
  }
  return ids;
}

export async function seedDraftProposal(ctx: SeedContext, tensionIds: Map<string, string>): Promise<string> {
  const { tx, organizationId } = ctx;
  const authorId = pick(ctx.userIds, "solene");
  const createdAt = daysAgo(2, ctx.now);
  const proposal = await tx.proposal.create({
    data: { organizationId, circleId: pick(ctx.circleIds, "culture"), tensionId: pick(tensionIds, "budget-mediation"), authorId, createdAt },
    select: { id: true },
  });
  const version = await tx.proposalVersion.create({
    data: {
      organizationId, proposalId: proposal.id, number: 1, authorId, createdAt,
      title: "Confier un budget annuel à la Médiation culturelle",
      reasons: "Les ateliers avec les écoles se préparent trois mois à l’avance ; attendre une validation à chaque fois les retarde.",
    },
    select: { id: true },
  });
  await tx.proposalChange.create({
    data: {
      organizationId, versionId: version.id, position: 0, kind: "domain.add",
      payload: { circleId: pick(ctx.circleIds, "culture"), roleId: pick(ctx.roleIds, "mediation"), name: "Budget de la médiation culturelle",
        description: "Une enveloppe annuelle votée avec le budget de la coopérative." },
    },
  });
  return proposal.id;
}
