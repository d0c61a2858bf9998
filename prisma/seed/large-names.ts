// Names and texts of the large organisation, assembled from large-words.ts. Uniqueness is kept
// where the database demands it (circle names among siblings, role and domain names in a
// circle): each generator remembers every name it ever gave in its scope, archived or renamed.
import type { Rng } from "./large-random.ts";
import * as W from "./large-words.ts";

const ROMAN = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** The first candidate not yet used in `taken` (case-insensitive), with a numeral if need be. */
function unique(rng: Rng, taken: Set<string>, candidate: () => string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = candidate();
    if (!taken.has(name.toLowerCase())) return remember(taken, name);
  }
  const base = candidate();
  for (const numeral of ROMAN) if (!taken.has(`${base} ${numeral}`.toLowerCase())) return remember(taken, `${base} ${numeral}`);
  return remember(taken, `${base} ${rng.uuid(new Date(0)).slice(-6)}`);
}

function remember(taken: Set<string>, name: string): string {
  taken.add(name.toLowerCase());
  return name;
}

export class Names {
  /** Circle names are kept unique in the whole organisation: clearer on the map and in search. */
  private readonly circleNames = new Set<string>();
  private readonly roleNames = new Map<string, Set<string>>();
  private readonly domainNames = new Map<string, Set<string>>();

  constructor(private readonly rng: Rng) {}

  circle(kind: string): string {
    const r = this.rng;
    const candidate = {
      pole: () => `Pôle ${r.pick(W.AREAS)}`,
      project: () => `${r.pick(W.PROJECT_WORDS)} ${r.pick(W.PLACES)}`,
      support_function: () => (r.chance(0.5) ? r.pick(W.SUPPORT_FUNCTIONS) : `${r.pick(W.SUPPORT_FUNCTIONS)} ${r.pick(W.PLACES)}`),
      group: () => `${r.pick(W.GROUP_WORDS)} ${r.pick(W.GROUP_TOPICS)}`,
    }[kind];
    if (!candidate) throw new Error(`large seed: no names for circles of kind ${kind}`);
    return unique(r, this.circleNames, candidate);
  }

  /** Reserves a name given elsewhere (the general circle's, the core roles'). */
  reserveRole(circleId: string, name: string): void {
    remember(this.scope(this.roleNames, circleId), name);
  }

  role(circleId: string): string {
    const r = this.rng;
    return unique(r, this.scope(this.roleNames, circleId), () => `${r.pick(W.ROLE_NOUNS)} ${r.pick(W.ROLE_QUALIFIERS)}`.trim());
  }

  /** A new name for a renamed role: a qualifier added or changed, as circles refine a role. */
  renamedRole(circleId: string, name: string): string {
    const r = this.rng;
    const noun = W.ROLE_NOUNS.find((n) => name.startsWith(n)) ?? name;
    return unique(r, this.scope(this.roleNames, circleId), () => `${noun} ${r.pick(W.ROLE_QUALIFIERS.filter(Boolean))}`);
  }

  domain(circleId: string): string {
    const r = this.rng;
    return unique(r, this.scope(this.domainNames, circleId), () => r.pick(W.DOMAIN_NAMES));
  }

  accountability(): string {
    const r = this.rng;
    return `${r.pick(W.VERBS)} ${r.pick(W.OBJECTS)} ${r.pick(W.COMPLEMENTS)}`.trim();
  }

  purpose(): string {
    return `${this.rng.pick(W.PURPOSE_STARTS)} ${this.rng.pick(W.PURPOSE_SUBJECTS)}.`;
  }

  policy(): { title: string; body: string } {
    const title = this.rng.pick(W.POLICY_TITLES);
    return { title, body: `${title} : ${this.accountability().toLowerCase()} sans demander l’accord du cercle, dans la limite de ${this.rng.int(1, 20) * 50} €.` };
  }

  person(): string {
    return `${this.rng.pick(W.FIRST_NAMES)} ${this.rng.pick(W.LAST_NAMES)}`;
  }

  focus(): string {
    return this.rng.pick(W.FOCUSES);
  }

  private scope(map: Map<string, Set<string>>, key: string): Set<string> {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    return set;
  }
}
