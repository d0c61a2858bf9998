// Liveness and readiness for load balancers and `npm start`: the app answers and reaches
// PostgreSQL. Public on purpose; it reveals nothing but "up".
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database_unavailable" }, { status: 503 });
  }
}
