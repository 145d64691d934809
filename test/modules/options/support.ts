import { addresses, internetLines, optionSubscriptions } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";

/** Premises rows written directly: these tests are about the option, not about how premises are recorded. */
export async function givePremises(
  db: Database,
  memberId: string,
  options: { fiber?: boolean; line?: Partial<typeof internetLines.$inferInsert> | null } = {},
) {
  const [address] = await db.db
    .insert(addresses)
    .values({
      memberId,
      kind: "MAIN",
      line1: "12 rue de Rivoli",
      postalCode: "75004",
      commune: "Paris",
      fiberEligible: options.fiber ?? true,
      adslEligible: false,
      createdAt: new Date("2026-01-01T00:00:00Z"),
    })
    .returning();
  let line: typeof internetLines.$inferSelect | undefined;
  if (options.line !== null) {
    [line] = await db.db
      .insert(internetLines)
      .values({
        memberId,
        addressId: address!.id,
        operator: "ORANGE",
        offer: "RESIDENTIAL_INTERNET",
        technology: "FIBER",
        createdAt: new Date("2026-01-01T00:00:00Z"),
        ...options.line,
      })
      .returning();
  }
  return { address: address!, line };
}

export async function giveOption(db: Database, memberId: string, acceptedAt = new Date("2026-06-01T08:00:00Z")) {
  const [row] = await db.db.insert(optionSubscriptions).values({ memberId, acceptedAt, createdAt: acceptedAt }).returning();
  return row!;
}
