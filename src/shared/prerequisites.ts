import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { optionSubscriptions } from "../../db/schema/index.js";
import type { Queryable } from "./db.js";

export type OptionSubscriptionRow = typeof optionSubscriptions.$inferSelect;

/**
 * OPT-2/OPT-3: the member's Option Intérieur subscription in force at `now` (accepted, not ended),
 * the latest if several. The one query every "service of the option" prerequisite asks.
 */
export async function optionInForce(db: Queryable, memberId: string, now: Date): Promise<OptionSubscriptionRow | undefined> {
  const [row] = await db
    .select()
    .from(optionSubscriptions)
    .where(and(eq(optionSubscriptions.memberId, memberId), or(isNull(optionSubscriptions.endsAt), gt(optionSubscriptions.endsAt, now))))
    .orderBy(desc(optionSubscriptions.acceptedAt))
    .limit(1);
  return row;
}
