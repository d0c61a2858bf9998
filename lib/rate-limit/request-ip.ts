// The current request's client IP (see client-ip.ts for which X-Forwarded-For entry is trusted).
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/server/env";
import { clientIpFrom } from "./client-ip";

export async function requestIp(): Promise<string> {
  return clientIpFrom((await headers()).get("x-forwarded-for"), env().TRUST_PROXY);
}
