// Hostile strings shared by the hostile-input tests (e2e and unit). Each one, if ever rendered as
// HTML or followed as a link, sets `window.__xss`: a test only has to check that flag stays unset
// and that the string is shown back literally. Short enough for every field (names: 100 chars).
export const XSS_FLAG = "__xss";

export const XSS_CORPUS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '"><iframe src="javascript:window.__xss=1">',
  "[lien](javascript:window.__xss=1)",
  '<a href="data:text/html,<script>window.__xss=1</script>">x</a>',
  "javascript:window.__xss=1",
] as const;

/** A spreadsheet formula that a CSV export must neutralise (leading `'`). */
export const CSV_FORMULA = '=HYPERLINK("http://x")';
