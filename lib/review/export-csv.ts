// The review as CSV, for spreadsheets: one row per accountability (circle path, circle, role,
// holders, its number in the role, its text). UTF-8 with a byte order mark, which Excel and
// LibreOffice need to read accents right. A cell a member wrote that starts like a formula
// (=, +, -, @, or a tab / carriage return that some spreadsheets skip before one) is prefixed
// with an apostrophe, so that opening the file never runs it (CSV injection).
import { stringify } from "csv-stringify/sync";
import type { ReviewCircle } from "./data";
import { holderText, PATH_SEPARATOR, type ExportLabels } from "./export-labels";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A user-written cell made inert for spreadsheet apps. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function reviewToCsv(circles: readonly ReviewCircle[], labels: ExportLabels): string {
  const { columns } = labels;
  const rows: (string | number)[][] = [];
  for (const circle of circles) {
    for (const role of circle.roles) {
      const holders = role.holders.map(holderText).join("; ");
      for (const accountability of role.accountabilities) {
        rows.push([
          neutraliseFormula(circle.path.join(PATH_SEPARATOR)),
          neutraliseFormula(circle.name),
          neutraliseFormula(role.name),
          neutraliseFormula(holders),
          // Positions are kept contiguous from 0 by the record; people count from 1.
          accountability.position + 1,
          neutraliseFormula(accountability.description),
        ]);
      }
    }
  }
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [columns.path, columns.circle, columns.role, columns.holders, columns.position, columns.accountability],
    record_delimiter: "windows",
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone line feed,
    // which spreadsheets read as a new row: quote any line break.
    quoted_match: /[\r\n]/,
  });
}
