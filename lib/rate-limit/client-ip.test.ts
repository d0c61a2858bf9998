import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("takes the last entry (appended by Next's server) when no proxy is trusted", () => {
    expect(clientIpFrom("203.0.113.9", false)).toBe("203.0.113.9");
    // A client that sends its own X-Forwarded-For cannot choose the address we limit.
    expect(clientIpFrom("1.2.3.4, 203.0.113.9", false)).toBe("203.0.113.9");
  });

  it("takes the entry before the proxy's when the proxy is trusted", () => {
    expect(clientIpFrom("1.2.3.4, 198.51.100.7, 10.0.0.2", true)).toBe("198.51.100.7");
    expect(clientIpFrom("198.51.100.7,10.0.0.2", true)).toBe("198.51.100.7");
  });

  it("falls back to the only entry, then to a shared bucket", () => {
    expect(clientIpFrom("10.0.0.2", true)).toBe("10.0.0.2");
    expect(clientIpFrom(null, false)).toBe("unknown");
    expect(clientIpFrom(" , ", true)).toBe("unknown");
  });
});
