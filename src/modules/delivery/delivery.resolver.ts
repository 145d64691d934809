import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { deliveryErrors } from "./delivery.errors.js";
import { UpdateInvoiceDeliveryInput } from "./delivery.inputs.js";
import { deliveryService } from "./delivery.service.js";
import { InvoiceDelivery } from "./delivery.types.js";

export const UpdateInvoiceDeliveryPayload = Payload("UpdateInvoiceDelivery", userErrorType("InvoiceDelivery", deliveryErrors), {
  invoiceDelivery: { type: () => InvoiceDelivery, description: "The delivery after the change; null when refused." },
});

@Resolver()
export class DeliveryResolver {
  @Mutation(() => UpdateInvoiceDeliveryPayload, {
    description: "BIL-5: record whether the member has internet access: invoices by email, or by post (a valid postal address is then required). MEMBER, DELEGATE, DESK_AGENT.",
  })
  async updateInvoiceDelivery(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateInvoiceDeliveryInput, { description: "All of `updateInvoiceDelivery`'s arguments, as one `UpdateInvoiceDeliveryInput` (see its fields)." })
    input: UpdateInvoiceDeliveryInput,
  ) {
    return UpdateInvoiceDeliveryPayload.from(ctx, await deliveryService.update(ctx, input));
  }

  @Query(() => InvoiceDelivery, { nullable: true, description: "BIL-5: how a member's invoices are sent (BILLING, DESK_AGENT; members read Member.invoiceDelivery)." })
  memberInvoiceDelivery(
    @Ctx() ctx: Context,
    @Arg("memberId", () => ID, { description: "The Member's global ID; the result is null for an unknown member, or one the caller may not read." }) memberId: string,
  ): Promise<InvoiceDelivery | null> {
    return deliveryService.byMemberGlobalId(ctx, memberId);
  }
}

/** Guarded by Member's own rule (canReadMember: the member, their delegate, the desk). */
@Resolver(() => Member)
export class MemberDeliveryResolver {
  @FieldResolver(() => InvoiceDelivery, { nullable: true, description: "BIL-5: how the member's invoices are sent." })
  invoiceDelivery(@Root() member: Member, @Ctx() ctx: Context): Promise<InvoiceDelivery | null> {
    return deliveryService.forMember(ctx, member.rawId);
  }
}

export const deliveryResolvers = [DeliveryResolver, MemberDeliveryResolver];
