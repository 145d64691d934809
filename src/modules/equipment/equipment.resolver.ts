import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { equipmentErrors } from "./equipment.errors.js";
import { RecordEquipmentPurchaseInput } from "./equipment.inputs.js";
import { equipmentService } from "./equipment.service.js";
import { EquipmentPurchase } from "./equipment.types.js";

export const RecordEquipmentPurchasePayload = Payload("RecordEquipmentPurchase", userErrorType("Equipment", equipmentErrors), {
  purchase: { type: () => EquipmentPurchase, description: "The purchase recorded; null when refused." },
});

@Resolver()
export class EquipmentResolver {
  @Mutation(() => RecordEquipmentPurchasePayload, { description: "BIL-1: record equipment sold to an active member, billed once on the next invoice (DESK_AGENT, BILLING)." })
  async recordEquipmentPurchase(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordEquipmentPurchaseInput, { description: "All of `recordEquipmentPurchase`'s arguments, as one `RecordEquipmentPurchaseInput` (see its fields)." })
    input: RecordEquipmentPurchaseInput,
  ) {
    return RecordEquipmentPurchasePayload.from(ctx, await equipmentService.record(ctx, input));
  }

  @Query(() => [EquipmentPurchase], { description: "BIL-1: a member's equipment purchases, oldest first (BILLING, DESK_AGENT; members read Member.equipmentPurchases)." })
  memberEquipmentPurchases(
    @Ctx() ctx: Context,
    @Arg("memberId", () => ID, { description: "The Member's global ID; an empty list for an unknown member, or one the caller may not read." }) memberId: string,
  ): Promise<EquipmentPurchase[]> {
    return equipmentService.byMemberGlobalId(ctx, memberId);
  }
}

/** Guarded by Member's own rule (canReadMember: the member, their delegate, the desk). */
@Resolver(() => Member)
export class MemberEquipmentResolver {
  @FieldResolver(() => [EquipmentPurchase], { description: "BIL-1: equipment bought through Parnasse, oldest first." })
  equipmentPurchases(@Root() member: Member, @Ctx() ctx: Context): Promise<EquipmentPurchase[]> {
    return equipmentService.forMember(ctx, member.rawId);
  }
}

export const equipmentResolvers = [EquipmentResolver, MemberEquipmentResolver];
