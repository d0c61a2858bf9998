// The organisation's address in URLs (/o/<slug>): derived from its name, lower-case ASCII with
// hyphens, so that it reads well and survives every mail client and chat that shares a link.
const MAX_LENGTH = 48;
const FALLBACK = "organisation";

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const ligatures: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l" };

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[œæßøđł]/g, (letter) => ligatures[letter] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, "");
  // A name written only in another script (or in emoji) still gets an address.
  return slug || FALLBACK;
}

/** The first of base, base-2, base-3… that is not taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
