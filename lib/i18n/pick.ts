// Client components receive only the messages they use (the rest stays on the server and out of
// the page payload). Paths are dotted: "common.errorBoundary" keeps just that branch of "common".
type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = isTree(source) ? source[key] : undefined;
    if (source === undefined) throw new Error(`Unknown message path: ${path}`);
    let target = picked;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) {
        target[key] = source;
        return;
      }
      // Copy on the way down so that merging two paths never writes into the shared messages.
      const next = target[key];
      const branch: Tree = isTree(next) ? { ...next } : {};
      target[key] = branch;
      target = branch;
    });
  }
  return picked;
}
