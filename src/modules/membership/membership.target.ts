import type { Tx } from "../../shared/db.js";
import type { MemberRow } from "../members/index.js";
import { membershipRepository as repo } from "./membership.repository.js";

/** Where a refusal about the member acted on points. */
export const MEMBER_FIELD = ["input", "memberId"];

/** The whole member row (honorary, debt recovery, address), which `memberCommand` has already locked. */
export async function lockedRow(tx: Tx, memberId: string): Promise<MemberRow> {
  const row = await repo.lockMember(tx, memberId);
  if (!row) throw new Error(`member ${memberId} vanished while locked`);
  return row;
}
