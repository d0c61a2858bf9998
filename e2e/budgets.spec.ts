// Sobriety budgets (issue #6): every key screen, opened for the first time by a signed-in member,
// stays within the transferred bytes and requests of SCREEN_BUDGET — measured by the very code
// `npm run bench` uses (support/page-weight.ts), so the two cannot disagree.
import { SCREEN_BUDGET, weighPage } from "./support/page-weight.ts";
import { proposalAt } from "./support/budgets.ts";
import { meetingInRound } from "./support/meetings.ts";
import { expect, test } from "./support/fixtures.ts";
import { createRoleWithAccountabilities } from "./support/proposals.ts";
import { createCircleWithRole, createTension } from "./support/tensions.ts";

test.describe.configure({ timeout: 180_000 });

test("every key screen stays within its byte and request budget", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Alice Sobre" });
  const member = await factory.createUser({ name: "Bruno Membre" });
  const org = await factory.createOrganization(admin);
  await factory.addMember(org, member);
  const role = await createRoleWithAccountabilities(org, "Trésorerie", ["Tenir les comptes", "Préparer le budget"]);
  const circle = await createCircleWithRole(org, "Pôle Atelier", "Accueil de l’atelier");
  await createTension(org, member, "Les comptes rendus arrivent trop tard");
  const inReactions = await proposalAt(org, member, role.id, "reactions", []);
  const inRound = await proposalAt(org, member, role.id, "consent_round", [admin, member]);
  const { meetingId } = await meetingInRound(org, admin, [member, admin], role.id);
  const base = `/o/${org.slug}`;
  const screens = {
    home: base, map: `${base}/circles`, circle: `${base}/circles/${circle.circleId}`, role: `${base}/roles/${role.id}`,
    review: `${base}/review`, tensions: `${base}/tensions`, proposal: `${base}/proposals/${inReactions}`,
    round: `${base}/proposals/${inRound}`, meeting: `${base}/meetings/${meetingId}`,
  };

  await signIn(page, admin);
  const over: string[] = [];
  for (const [name, path] of Object.entries(screens)) {
    const weight = await weighPage(page, path);
    if (weight.status !== 200) over.push(`${name}: status ${weight.status}`);
    if (weight.bytes > SCREEN_BUDGET.bytes) over.push(`${name}: ${weight.bytes} bytes > ${SCREEN_BUDGET.bytes}`);
    // Every request counts: links do not prefetch (components/ui/link.tsx).
    if (weight.requests > SCREEN_BUDGET.requests) over.push(`${name}: ${weight.requests} requests > ${SCREEN_BUDGET.requests}`);
    // A screen that measured nothing would pass any budget: it must have loaded something real.
    if (weight.bytes <= 10_000 || weight.dom <= 20) over.push(`${name}: nothing real measured (${weight.bytes} bytes, DOM ${weight.dom})`);
  }
  expect(over).toEqual([]);
});
