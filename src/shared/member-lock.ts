import { eq } from "drizzle-orm";
import { members } from "../../db/schema/members.js";
import type { Queryable } from "./db.js";

export interface LockedMemberRow {
  id: string;
  status: (typeof members.$inferSelect)["status"];
  lastName: string;
  firstName: string;
  /** GDP-3: when the member's personal data was erased; null while it is held. */
  anonymisedAt: Date | null;
}

/**
 * Locks a member row until the transaction ends: every "at most N per member" rule and every
 * state change of a member's services takes this lock first (one lock order, no deadlocks).
 * `no key update` is the weaker lock the interventions module takes (see its repository).
 */
export async function lockMemberRow(tx: Queryable, memberId: string, strength: "update" | "no key update" = "update"): Promise<LockedMemberRow | undefined> {
  const [row] = await tx
    .select({ id: members.id, status: members.status, lastName: members.lastName, firstName: members.firstName, anonymisedAt: members.anonymisedAt })
    .from(members)
    .where(eq(members.id, memberId))
    .for(strength);
  return row;
}
