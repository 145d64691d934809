import { describe, expect, it } from "vitest";
import { addresses, delegates, internetLines, members, optionSubscriptions, payers, staffUsers } from "../../db/schema/index.js";
import { seedDemo } from "../../src/demo/seed.js";
import { useTestDatabase } from "../support/db.js";

describe("demo dataset", () => {
  const db = useTestDatabase();

  it("seeding twice writes nothing the second time, and every role has a principal", async () => {
    const counts = async () =>
      Promise.all([members, delegates, payers, staffUsers, addresses, internetLines, optionSubscriptions].map(async (t) => (await db.current.db.select().from(t)).length));
    await seedDemo(db.current.db);
    const first = await counts();
    await seedDemo(db.current.db);
    expect(await counts()).toEqual(first);
    const roles = new Set((await db.current.db.select().from(staffUsers)).map((s) => s.role));
    expect([...roles].sort()).toEqual(["BILLING", "COACH", "COMMITTEE", "CONCIERGE_PARTNER", "DESK_AGENT", "PRIVACY_OFFICER", "TECHNICIAN"]);
    expect(first.slice(0, 3).every((n) => n > 0)).toBe(true);
  });
});
