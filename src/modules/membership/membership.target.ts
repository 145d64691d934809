import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import type { Tx } from "../../shared/db.js";
import type { MemberRow } from "../members/index.js";
import { membershipRepository as repo } from "./membership.repository.js";

/** Where a refusal about the member acted on points. */
export const MEMBER_FIELD = ["input", "memberId"];

/**
 * MEM-5: the delegate never terminates, rejoins, designates delegates or payers. Checked first, as a
 * userError that names the rule (shield lets them through, since a shield refusal cannot carry a
 * rule id); the member is then resolved by `memberCommand` (`policies.actAsMember`).
 */
export function isDelegate(ctx: Context): boolean {
  return ctx.actor.kind === "member-scoped" && ctx.actor.role === "DELEGATE";
}

/** `memberCommand`'s member for those acts: MEMBER acts on their own member; the desk names one (AUT-2). */
export function actingForThemself(memberGlobalId: string | null | undefined) {
  return { globalId: memberGlobalId, mayActFor: policies.actAsMember };
}

/** The whole member row (honorary, debt recovery, address), which `memberCommand` has already locked. */
export async function lockedRow(tx: Tx, memberId: string): Promise<MemberRow> {
  const row = await repo.lockMember(tx, memberId);
  if (!row) throw new Error(`member ${memberId} vanished while locked`);
  return row;
}
