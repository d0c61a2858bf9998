// CSRF on route handlers: Server Actions get Next's Origin check, route handlers get nothing for
// free. Today only next-auth's handler accepts a state-changing method, and it requires its own
// CSRF token (tested in e2e/hostile-limits.spec.ts); every other handler is GET only. A new
// handler exporting POST, PUT, PATCH or DELETE fails here until it checks the request's Origin
// and is listed below with the test that proves it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

const STATE_CHANGING_ALLOWED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's CSRF token (double-submit cookie); e2e/hostile-limits.spec.ts",
};

function routeHandlers(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeHandlers(relative);
    return entry.name === "route.ts" ? [relative] : [];
  });
}

/** The HTTP methods a route module exports (functions, consts, or `export { x as POST }`). */
function methods(source: string): string[] {
  const names = [
    ...[...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)].map((m) => m[1]!),
    ...[...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((part) => part.trim().split(/\s+as\s+/).pop()!)),
  ];
  return names.filter((name) => ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"].includes(name));
}

describe("route handlers", () => {
  const files = routeHandlers("app");

  it("are found, with their methods", () => {
    expect(files).toContain("app/api/health/route.ts");
    expect(methods(readFileSync(path.join(root, "app/api/auth/[...nextauth]/route.ts"), "utf8")).sort()).toEqual(["GET", "POST"]);
  });

  it("change state only where a CSRF defence is listed", () => {
    const changing = files.filter((file) => methods(readFileSync(path.join(root, file), "utf8")).some((m) => !["GET", "HEAD", "OPTIONS"].includes(m)));
    expect(changing.filter((file) => !STATE_CHANGING_ALLOWED[file])).toEqual([]);
  });
});
