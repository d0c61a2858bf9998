// Every kind of response carries the headers of lib/server/security-headers.ts (set for all
// paths in next.config.ts): pages signed out and in, an API route, a 404. None names the server.
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./support/fixtures.ts";

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const directives = csp.split(";").map((part) => part.trim());
  expect(directives, `${label}: CSP`).toEqual(expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]));
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["strict-transport-security"], label).toMatch(/^max-age=\d{7,}/);
  expect(headers["x-powered-by"], `${label}: X-Powered-By`).toBeUndefined();
}

test("public pages, the health check and a 404 send the security headers", async ({ request }) => {
  for (const [path, status] of [["/", 200], ["/signin", 200], ["/api/health", 200], ["/no-such-page-e2e", 404]] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
});

test("an organisation's pages, signed in, send the security headers", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  await signIn(page, user);
  for (const path of [`/o/${org.slug}`, `/o/${org.slug}/members`, `/o/${org.slug}/no-such-page`]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(path.endsWith("no-such-page") ? 404 : 200);
    expectSecurityHeaders(response, path);
  }
  // The browser's own navigation, too (what the person actually receives).
  const navigation = await page.goto(`/o/${org.slug}`);
  const headers = await navigation!.allHeaders();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
});
