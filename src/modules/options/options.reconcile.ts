import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import type { Queryable } from "../../shared/db.js";
import { optionsRepository as repo, type OptionRow } from "./options.repository.js";

/**
 * OPT-3: the option ends by itself the moment the member has no eligible Orange internet line
 * left, or no active membership. Call it inside the transaction that removed a line or an address,
 * or ended the membership, after that change: the end commits with it, or not at all.
 * Returns the subscription it ended, if any.
 */
export async function reconcileOption(tx: Queryable, ctx: Pick<Context, "actor" | "clock" | "requestId">, memberId: string): Promise<OptionRow | null> {
  const now = ctx.clock.now();
  const option = await repo.inForce(tx, memberId, now);
  if (!option) return null;
  const status = await repo.memberStatus(tx, memberId);
  const reason = status !== "ACTIVE" ? ("MEMBERSHIP_ENDED" as const) : (await repo.countEligibleLines(tx, memberId)) === 0 ? ("NO_ELIGIBLE_LINE" as const) : null;
  if (!reason) return null;
  const ended = await repo.end(tx, option.id, {
    endsAt: now,
    endReason: reason,
    endDetail: option.endReason ? `ended early; a termination was pending (${option.endReason})` : null,
  });
  await recordAudit(tx, ctx, {
    operation: "optionEndedAutomatically",
    onBehalfOfMemberId: memberId,
    targetIds: [option.id],
    details: { reason },
  });
  return ended;
}
