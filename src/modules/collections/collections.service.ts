import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { parisDate } from "../../shared/paris-time.js";
import { recordAudit } from "../../shared/audit.js";
import { lockMemberRow } from "../../shared/member-lock.js";
import { collectionsRepository as repo } from "./collections.repository.js";

/**
 * BIL-9: "paying the debt closes the case": after a payment, a credit note or a dispute (BIL-7: a
 * contested amount is suspended, not overdue), inside its
 * transaction, an open case of the member is closed once nothing overdue and undisputed remains.
 */
export async function closeDunningIfSettled(tx: Queryable, ctx: Context, memberId: string): Promise<void> {
  // Serialises with the dunning steps (which lock the member row FOR UPDATE), so a notice never
  // opens a case on a debt this transaction settles. NO KEY UPDATE: it does not conflict with the
  // key-share lock an invoice insert of the monthly run takes on the member row (no deadlock).
  await lockMemberRow(tx, memberId, "no key update");
  const open = await repo.openCase(tx, memberId);
  if (!open) return;
  const now = ctx.clock.now();
  const { overdueCents } = await repo.memberBalance(tx, memberId, parisDate(now));
  if (overdueCents > 0) return;
  await repo.updateCase(tx, open.id, { closedAt: now, closedReason: "SETTLED" });
  await recordAudit(tx, ctx, { operation: "dunningCaseClosed", onBehalfOfMemberId: memberId, targetIds: [open.id], details: { reason: "SETTLED" } });
}
