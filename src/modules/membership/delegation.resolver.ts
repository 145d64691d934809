import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { BillableItemKind } from "../invoicing/index.js";
import type { ItemKind } from "./membership.repository.js";
import type { Context } from "../../context.js";
import { Payer } from "../members/index.js";
import { delegationService } from "./delegation.service.js";
import { DesignateDelegateInput, DesignatePayerInput, RevokeDelegateInput, RevokePayerInput } from "./membership.inputs.js";
import { DesignateDelegatePayload, PayerPayload, RevokeDelegatePayload } from "./membership.payloads.js";

@Resolver()
export class DelegationResolver {
  @Mutation(() => DesignateDelegatePayload, {
    description: "MEM-4: designate (or replace) the member's delegate (the MEMBER in the app, or the desk with how it was notified). Never the delegate (MEM-5).",
  })
  async designateDelegate(
    @Ctx() ctx: Context,
    @Arg("input", () => DesignateDelegateInput, { description: "The member (desk only), the delegate's identity and contact, and how the Desk was notified." })
    input: DesignateDelegateInput,
  ) {
    return DesignateDelegatePayload.from(ctx, await delegationService.designateDelegate(ctx, input));
  }

  @Mutation(() => RevokeDelegatePayload, { description: "MEM-4: end the delegate's designation (the MEMBER, or the desk). Never the delegate (MEM-5)." })
  async revokeDelegate(
    @Ctx() ctx: Context,
    @Arg("input", () => RevokeDelegateInput, { description: "The member (desk only) whose delegate is revoked." }) input: RevokeDelegateInput,
  ) {
    return RevokeDelegatePayload.from(ctx, await delegationService.revokeDelegate(ctx, input));
  }

  @Mutation(() => PayerPayload, { description: "BIL-6: designate a third-party payer (the MEMBER, or the desk). Never the delegate (MEM-5)." })
  async designatePayer(
    @Ctx() ctx: Context,
    @Arg("input", () => DesignatePayerInput, { description: "The member (desk only), the payer's identity and billing address, and the item kinds they take over." })
    input: DesignatePayerInput,
  ) {
    return PayerPayload.from(ctx, await delegationService.designatePayer(ctx, input));
  }

  @Mutation(() => PayerPayload, { description: "BIL-6: end a third-party payer's designation (the MEMBER, or the desk). Never the delegate (MEM-5)." })
  async revokePayer(@Ctx() ctx: Context, @Arg("input", () => RevokePayerInput, { description: "The payer to revoke." }) input: RevokePayerInput) {
    return PayerPayload.from(ctx, await delegationService.revokePayer(ctx, input));
  }
}

/** BIL-6: what a payer takes over. Payer's own rule (canReadPayer) guards the field. */
@Resolver(() => Payer)
export class PayerItemKindsResolver {
  @FieldResolver(() => [BillableItemKind], { nullable: true, description: "BIL-6: the item kinds this payer takes over; null: everything." })
  async itemKinds(@Root() payer: Payer, @Ctx() ctx: Context): Promise<ItemKind[] | null> {
    const rows = await ctx.loaders.membership.itemKindsByPayerId.load(payer.rawId);
    return rows.length ? rows.map((r) => r.itemKind) : null;
  }
}
