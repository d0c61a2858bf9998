import { describe, expect, it } from "vitest";
import { neutraliseFormula, reviewToCsv } from "./export-csv";
import { LABELS, SAMPLE } from "./test-sample";

describe("neutraliseFormula", () => {
  it("prefixes cells that a spreadsheet would read as a formula", () => {
    for (const cell of ["=1+1", "+33 6", "-2", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["Accueil", "a=b", " =1", ""]) expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe("reviewToCsv", () => {
  const csv = reviewToCsv(SAMPLE, LABELS);

  it("starts with a UTF-8 byte order mark and ends rows with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("\r\n");
  });

  it("writes a header and one row per accountability, formulas neutralised, quotes and separators kept", () => {
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Chemin,Cercle,Rôle,Titulaires,N°,Redevabilité",
      'Cercle général,Cercle général,#1 *Trésorerie*,Ana [admin] (budget); Zoé,1,"\'=HYPERLINK(""http://evil"";""clic"")"',
      'Cercle général,Cercle général,#1 *Trésorerie*,Ana [admin] (budget); Zoé,2,"\'- Tenir les comptes\net <b>surtout</b> &amp; les `factures`"',
      'Cercle général,Cercle général,#1 *Trésorerie*,Ana [admin] (budget); Zoé,3,"1. Payer, à temps | sans ~~retard~~"',
      '"Cercle général › +Pôle ""Atelier""","\'+Pôle ""Atelier""",\'@Accueil,,1,"Accueillir, les bénévoles; tous"',
      "",
    ]);
  });

  it("writes only the header when nothing matches", () => {
    expect(reviewToCsv([], LABELS)).toBe("\ufeffChemin,Cercle,Rôle,Titulaires,N°,Redevabilité\r\n");
  });
});
