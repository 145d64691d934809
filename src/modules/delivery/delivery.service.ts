import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { memberCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
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
    const target = { globalId: input.memberId, mayActFor: deliveryPolicies.update };
    // Under the member lock: a contact change (the postal address) cannot slip between the check and the write.
    return memberCommand(ctx, { operation: "updateInvoiceDelivery", errors: deliveryErrors, member: target }, async ({ tx, member: { id: memberId }, audit }) => {
      const member = (await repo.memberById(tx, memberId))!;
      if (!invoiceDeliveryFor({ ...member, hasInternetAccess: input.hasInternetAccess }).ok) {
        return fail(deliveryErrors.error("POSTAL_ADDRESS_INVALID", ["input", "hasInternetAccess"]));
      }
      const row = await repo.setInternetAccess(tx, memberId, input.hasInternetAccess, ctx.clock.now());
      await audit({ targetIds: [memberId], details: { hasInternetAccess: input.hasInternetAccess, previous: member.hasInternetAccess } });
      return ok(toInvoiceDelivery(row));
    });
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
