// The words of the exports, translated by the caller (the route handler), so that the formatters
// stay pure and testable without next-intl.
export type ExportLabels = {
  /** e.g. "Redevabilités — La Bobine". */
  title: string;
  /** One line per active filter and the date, e.g. "Cercle : Pôle Atelier et ses sous-cercles". */
  details: string[];
  /** The holders' line, e.g. (list) => `Titulaires : ${list}`. */
  holders: (list: string) => string;
  noHolder: string;
  empty: string;
  columns: { path: string; circle: string; role: string; holders: string; position: string; accountability: string };
};

/** A circle's path as one line of text. */
export const PATH_SEPARATOR = " › ";

/** "Name (focus)", the way a holder is written in the text exports. */
export function holderText(holder: { name: string; focus: string | null }): string {
  return holder.focus ? `${holder.name} (${holder.focus})` : holder.name;
}
