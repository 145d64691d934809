import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { BillableItemKind } from "../invoicing/index.js";
import type { ItemKind } from "./membership.repository.js";
import type { Context } from "../../context.js";
import { Delegate, Payer } from "../members/index.js";
import { delegationService } from "./delegation.service.js";
import { DesignateDelegateInput, DesignatePayerInput, RevokeDelegateInput, RevokePayerInput } from "./membership.inputs.js";
import { MembershipUserError, payload } from "./membership.resolver.js";

@ObjectType()
export class DesignateDelegatePayload {
  @Field(() => Delegate, { nullable: true })
  delegate!: Delegate | null;

  @Field(() => Delegate, { nullable: true, description: "MEM-4: the delegate this designation replaced (now revoked), if any." })
  replacedDelegate!: Delegate | null;

  @Field(() => [MembershipUserError])
  userErrors!: InstanceType<typeof MembershipUserError>[];
}

@ObjectType()
export class RevokeDelegatePayload {
  @Field(() => Delegate, { nullable: true, description: "The revoked delegate." })
  delegate!: Delegate | null;

  @Field(() => [MembershipUserError])
  userErrors!: InstanceType<typeof MembershipUserError>[];
}

@ObjectType()
export class PayerPayload {
  @Field(() => Payer, { nullable: true })
  payer!: Payer | null;

  @Field(() => [MembershipUserError])
  userErrors!: InstanceType<typeof MembershipUserError>[];
}

@Resolver()
export class DelegationResolver {
  @Mutation(() => DesignateDelegatePayload, {
    description: "MEM-4: designate (or replace) the member's delegate (the MEMBER in the app, or the desk with how it was notified). Never the delegate (MEM-5).",
  })
  async designateDelegate(
    @Ctx() ctx: Context,
    @Arg("input", () => DesignateDelegateInput) input: DesignateDelegateInput,
  ): Promise<DesignateDelegatePayload> {
    return payload(ctx, await delegationService.designateDelegate(ctx, input), (d) => d, { delegate: null, replacedDelegate: null });
  }

  @Mutation(() => RevokeDelegatePayload, { description: "MEM-4: end the delegate's designation (the MEMBER, or the desk). Never the delegate (MEM-5)." })
  async revokeDelegate(@Ctx() ctx: Context, @Arg("input", () => RevokeDelegateInput) input: RevokeDelegateInput): Promise<RevokeDelegatePayload> {
    return payload(ctx, await delegationService.revokeDelegate(ctx, input), (delegate) => ({ delegate }), { delegate: null });
  }

  @Mutation(() => PayerPayload, { description: "BIL-6: designate a third-party payer (the MEMBER, or the desk). Never the delegate (MEM-5)." })
  async designatePayer(@Ctx() ctx: Context, @Arg("input", () => DesignatePayerInput) input: DesignatePayerInput): Promise<PayerPayload> {
    return payload(ctx, await delegationService.designatePayer(ctx, input), (payer) => ({ payer }), { payer: null });
  }

  @Mutation(() => PayerPayload, { description: "BIL-6: end a third-party payer's designation (the MEMBER, or the desk). Never the delegate (MEM-5)." })
  async revokePayer(@Ctx() ctx: Context, @Arg("input", () => RevokePayerInput) input: RevokePayerInput): Promise<PayerPayload> {
    return payload(ctx, await delegationService.revokePayer(ctx, input), (payer) => ({ payer }), { payer: null });
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
