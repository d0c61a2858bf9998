// Searching role names without minding case or accents ("evenement" finds « Événements »). The
// database folds names with translate() + lower() (no extension needed: unaccent is not
// installed), and the query is folded the same way here before it becomes a LIKE pattern.
const ACCENTED = "àáâãäåāçćčèéêëēėęìíîïīñńòóôõöōùúûüūýÿžÀÁÂÃÄÅĀÇĆČÈÉÊËĒĖĘÌÍÎÏĪÑŃÒÓÔÕÖŌÙÚÛÜŪÝŸŽ";
// Each of these letters decomposes (NFD) into a plain letter and combining marks.
const PLAIN = [...ACCENTED].map((char) => char.normalize("NFD").replace(/\p{M}/gu, "")).join("");

/** The two arguments of SQL translate() that strip the accents of Latin letters. */
export const SQL_FOLD = { from: ACCENTED, to: PLAIN } as const;

const table = new Map([...ACCENTED].map((char, index) => [char, PLAIN[index]!]));

/** Lower-case, without accents, trimmed and with inner spaces collapsed. */
export function foldForSearch(text: string): string {
  return [...text.trim().replace(/\s+/g, " ")].map((char) => table.get(char) ?? char).join("").toLowerCase();
}

/** A LIKE pattern matching names that contain `query`; null when there is nothing to search. */
export function containsPattern(query: string | undefined): string | null {
  const folded = foldForSearch(query ?? "").slice(0, 100);
  if (folded === "") return null;
  // The query is data, not a pattern: its own % and _ match themselves.
  return `%${folded.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
