import { describe, expect, it } from "vitest";
import { violations } from "./check-structure.ts";

describe("structure check", () => {
  it("accepts a 'use server' file exporting async functions and types", () => {
    const source = `"use server";\nimport x from "y";\nexport type State = {};\nexport async function save() {}\n`;
    expect(violations("lib/a/actions.ts", source)).toEqual([]);
  });

  it("refuses anything else exported from a 'use server' file", () => {
    const source = `// comment first\n"use server";\nexport const limit = 3;\nexport function sync() {}\n`;
    expect(violations("lib/a/actions.ts", source)).toHaveLength(2);
  });

  it("refuses a client component that imports the database or server modules", () => {
    expect(violations("components/a.tsx", `"use client";\nimport { db } from "@/lib/server/db";\n`)).toHaveLength(1);
    expect(violations("components/b.tsx", `"use client";\nimport { load } from "@/lib/members/data";\n`)).toHaveLength(1);
    expect(violations("components/c.tsx", `import { db } from "@/lib/server/db";\n`)).toEqual([]);
  });

  it("refuses the Prisma client in routes", () => {
    expect(violations("app/o/page.tsx", `import { PrismaClient } from "@/lib/generated/prisma/client";\n`)).toHaveLength(1);
  });
});
