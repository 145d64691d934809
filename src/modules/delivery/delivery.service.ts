import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { lockMemberRow } from "../../shared/member-lock.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { transact } from "../../shared/transaction.js";
import { deliveryErrors, type DeliveryErrorCode } from "./delivery.errors.js";
import type { UpdateInvoiceDeliveryInput } from "./delivery.inputs.js";
import { toInvoiceDelivery } from "./delivery.mappers.js";
import { deliveryPolicies } from "./delivery.policies.js";
import { deliveryRepository as repo } from "./delivery.repository.js";
import { invoiceDeliveryFor } from "./delivery.rules.js";
import type { InvoiceDelivery } from "./delivery.types.js";

export const deliveryService = {
  /** BIL-5: records whether the member has internet access; without it, a valid postal address is required. */
  async update(ctx: Context, input: UpdateInvoiceDeliveryInput): Promise<Result<InvoiceDelivery, DeliveryErrorCode>> {
    const target = resolveMemberTarget(ctx.actor, input.memberId, deliveryPolicies.update);
    if (!target.ok) return fail(deliveryErrors.error(target.problem, ["input", "memberId"]));
    const memberId = target.memberId;
    const result = await transact(ctx, async (tx): Promise<Result<InvoiceDelivery, DeliveryErrorCode>> => {
      // Locked: a contact change (the postal address) cannot slip between the check and the write.
      if (!(await lockMemberRow(tx, memberId))) return fail(deliveryErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      const member = (await repo.memberById(tx, memberId))!;
      if (!invoiceDeliveryFor({ ...member, hasInternetAccess: input.hasInternetAccess }).ok) {
        return fail(deliveryErrors.error("POSTAL_ADDRESS_INVALID", ["input", "hasInternetAccess"]));
      }
      const row = await repo.setInternetAccess(tx, memberId, input.hasInternetAccess, ctx.clock.now());
      await recordAudit(tx, ctx, {
        operation: "updateInvoiceDelivery",
        onBehalfOfMemberId: memberId,
        targetIds: [memberId],
        details: { hasInternetAccess: input.hasInternetAccess, previous: member.hasInternetAccess },
      });
      return ok(toInvoiceDelivery(row));
    });
    if (result.ok) ctx.loaders.members.memberById.clear(memberId);
    return result;
  },

  /** The current channel; null for whoever may not read it (second barrier). */
  async forMember(ctx: Context, memberId: string): Promise<InvoiceDelivery | null> {
    if (!deliveryPolicies.read(ctx.actor, memberId)) return null;
    const row = await ctx.loaders.members.memberById.load(memberId);
    return row && toInvoiceDelivery(row);
  },

  /** BILLING (who cannot reach Member objects) reads it by member id. */
  async byMemberGlobalId(ctx: Context, memberGlobalId: string): Promise<InvoiceDelivery | null> {
    const memberId = idOfType(memberGlobalId, "Member");
    return memberId ? deliveryService.forMember(ctx, memberId) : null;
  },
};
