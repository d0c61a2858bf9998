import { describe, expect, it } from "vitest";
import { navigableHref, type Click } from "./navigable-href";

const plain: Click = { defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
const here = { href: "https://coop.example/o/acme/circles?focus=1", origin: "https://coop.example", pathname: "/o/acme/circles", search: "?focus=1" };
const link = (href: string, extra: { target?: string; download?: boolean } = {}) => ({ href, target: extra.target ?? "", download: extra.download ?? false });

describe("navigableHref", () => {
  it("takes over a plain click on a link of the app, keeping its query and hash", () => {
    expect(navigableHref(plain, link("https://coop.example/o/acme/roles?page=2#list"), here)).toBe("/o/acme/roles?page=2#list");
    expect(navigableHref(plain, link("/o/acme/circles/42"), here)).toBe("/o/acme/circles/42");
    expect(navigableHref(plain, link("https://coop.example/o/acme", { target: "_self" }), here)).toBe("/o/acme");
  });

  it("leaves new tabs and windows, and clicks already handled, to the browser", () => {
    for (const click of [{ button: 1 }, { metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { defaultPrevented: true }]) {
      expect(navigableHref({ ...plain, ...click }, link("/o/acme/roles"), here)).toBeNull();
    }
  });

  it("leaves other sites, downloads, other targets, the API and anchors of this page to the browser", () => {
    expect(navigableHref(plain, link("https://elsewhere.example/o/acme"), here)).toBeNull();
    expect(navigableHref(plain, link("/o/acme/review/export?format=csv", { download: true }), here)).toBeNull();
    expect(navigableHref(plain, link("/o/acme/roles", { target: "_blank" }), here)).toBeNull();
    expect(navigableHref(plain, link("/api/health"), here)).toBeNull();
    expect(navigableHref(plain, link("/o/acme/circles?focus=1#main"), here)).toBeNull();
    expect(navigableHref(plain, null, here)).toBeNull();
  });

  it("navigates to the same path with another query, even with a hash", () => {
    expect(navigableHref(plain, link("/o/acme/circles?focus=2#main"), here)).toBe("/o/acme/circles?focus=2#main");
  });
});
