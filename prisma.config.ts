// Prisma 7 configuration: the schema, its migrations and the database URL live here.
// `prisma migrate` needs a schema engine this offline machine cannot download: migrations are
// applied by our own runner (npm run db:migrate, see docs/migrations.md).
import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/interpoles" },
});
