import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { deliveryErrors } from "./delivery.errors.js";
import { UpdateInvoiceDeliveryInput } from "./delivery.inputs.js";
import { deliveryService } from "./delivery.service.js";
import { InvoiceDelivery } from "./delivery.types.js";

export const { ModuleUserError: InvoiceDeliveryUserError, toUserErrors } = userErrorType("InvoiceDelivery", deliveryErrors);
type InvoiceDeliveryUserError = InstanceType<typeof InvoiceDeliveryUserError>;

@ObjectType()
export class UpdateInvoiceDeliveryPayload {
  @Field(() => InvoiceDelivery, { nullable: true, description: "The delivery after the change; null when refused." })
  invoiceDelivery!: InvoiceDelivery | null;

  @Field(() => [InvoiceDeliveryUserError])
  userErrors!: InvoiceDeliveryUserError[];
}

@Resolver()
export class DeliveryResolver {
  @Mutation(() => UpdateInvoiceDeliveryPayload, {
    description: "BIL-5: record whether the member has internet access: invoices by email, or by post (a valid postal address is then required). MEMBER, DELEGATE, DESK_AGENT.",
  })
  async updateInvoiceDelivery(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateInvoiceDeliveryInput) input: UpdateInvoiceDeliveryInput,
  ): Promise<UpdateInvoiceDeliveryPayload> {
    const result = await deliveryService.update(ctx, input);
    return result.ok ? { invoiceDelivery: result.value, userErrors: [] } : { invoiceDelivery: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }

  @Query(() => InvoiceDelivery, { nullable: true, description: "BIL-5: how a member's invoices are sent (BILLING, DESK_AGENT; members read Member.invoiceDelivery)." })
  memberInvoiceDelivery(@Ctx() ctx: Context, @Arg("memberId", () => ID) memberId: string): Promise<InvoiceDelivery | null> {
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
