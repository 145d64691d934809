import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { htFromTtc } from "../../shared/money.js";
import { Payload } from "../../shared/payload.js";
import { Connection, PageArgs } from "../../shared/relay.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { conciergeErrors } from "./concierge.errors.js";
import { CancelConciergeRequestInput, ConciergePrivilegeInput, SubmitConciergeRequestInput, UpdateConciergeRequestStatusInput } from "./concierge.inputs.js";
import { privilegeService } from "./concierge.privilege.service.js";
import { conciergeService } from "./concierge.service.js";
import {
  ConciergeCategory,
  ConciergePrivilege,
  ConciergeRequest,
  ConciergeStatus,
  type ConciergeStatusValue,
  ConciergeStatusChange,
  PartnerConciergeRequest,
} from "./concierge.types.js";

const conciergeUserErrors = userErrorType("Concierge", conciergeErrors);

export const { ConnectionType: ConciergeRequestConnection } = Connection(ConciergeRequest, "ConciergeRequest");
export const { ConnectionType: PartnerConciergeRequestConnection } = Connection(PartnerConciergeRequest, "PartnerConciergeRequest");

type Status = ConciergeStatusValue;

export const ConciergeRequestPayload = Payload("ConciergeRequest", conciergeUserErrors, {
  request: { type: () => ConciergeRequest, description: "The request after the change; null when refused." },
});
export const UpdateConciergeRequestStatusPayload = Payload("UpdateConciergeRequestStatus", conciergeUserErrors, {
  request: { type: () => PartnerConciergeRequest, description: "CON-5: the partner's view of the request; null when refused." },
});
export const ConciergePrivilegePayload = Payload("ConciergePrivilege", conciergeUserErrors, {
  privilege: { type: () => ConciergePrivilege, description: "The Privilège option after the change; null when refused." },
});

@Resolver()
export class ConciergeResolver {
  @Query(() => [ConciergeCategory], { description: "CON-1/CON-2: the concierge's predetermined list of categories." })
  conciergeCategories(@Ctx() ctx: Context): Promise<ConciergeCategory[]> {
    return conciergeService.categories(ctx);
  }

  @Query(() => PartnerConciergeRequestConnection, { description: "CON-5: the concierge partner's queue, oldest first (CONCIERGE_PARTNER)." })
  partnerConciergeRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => ConciergeStatus, { nullable: true, description: "Only the requests in this status; all when null." }) status: Status | null,
  ) {
    return conciergeService.partnerRequests(ctx, { ...page, status });
  }

  @Mutation(() => ConciergeRequestPayload, { description: "CON-1/CON-2/CON-4: a concierge request, optionally with a callback." })
  async submitConciergeRequest(
    @Ctx() ctx: Context,
    @Arg("input", () => SubmitConciergeRequestInput, { description: "All of `submitConciergeRequest`'s arguments, as one `SubmitConciergeRequestInput` (see its fields)." })
    input: SubmitConciergeRequestInput,
  ) {
    return ConciergeRequestPayload.from(ctx, await conciergeService.submit(ctx, input));
  }

  @Mutation(() => ConciergeRequestPayload, { description: "CON-6: the member (or delegate, or desk) cancels a request before it is BOOKED." })
  async cancelConciergeRequest(
    @Ctx() ctx: Context,
    @Arg("input", () => CancelConciergeRequestInput, { description: "All of `cancelConciergeRequest`'s arguments, as one `CancelConciergeRequestInput` (see its fields)." })
    input: CancelConciergeRequestInput,
  ) {
    return ConciergeRequestPayload.from(ctx, await conciergeService.cancel(ctx, input));
  }

  @Mutation(() => UpdateConciergeRequestStatusPayload, { description: "CON-5/CON-6: the concierge partner moves a request along." })
  async updateConciergeRequestStatus(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateConciergeRequestStatusInput, {
      description: "All of `updateConciergeRequestStatus`'s arguments, as one `UpdateConciergeRequestStatusInput` (see its fields).",
    })
    input: UpdateConciergeRequestStatusInput,
  ) {
    return UpdateConciergeRequestStatusPayload.from(ctx, await conciergeService.partnerUpdate(ctx, input));
  }

  @Mutation(() => ConciergePrivilegePayload, { description: "CON-2: subscribe the « Privilège » option (100.00 TTC a month)." })
  async subscribeConciergePrivilege(
    @Ctx() ctx: Context,
    @Arg("input", () => ConciergePrivilegeInput, { description: "All of `subscribeConciergePrivilege`'s arguments, as one `ConciergePrivilegeInput` (see its fields)." })
    input: ConciergePrivilegeInput,
  ) {
    return ConciergePrivilegePayload.from(ctx, await privilegeService.subscribe(ctx, input));
  }

  @Mutation(() => ConciergePrivilegePayload, { description: "CON-2: cancel the « Privilège » option, effective the first day of the next month." })
  async cancelConciergePrivilege(
    @Ctx() ctx: Context,
    @Arg("input", () => ConciergePrivilegeInput, { description: "All of `cancelConciergePrivilege`'s arguments, as one `ConciergePrivilegeInput` (see its fields)." })
    input: ConciergePrivilegeInput,
  ) {
    return ConciergePrivilegePayload.from(ctx, await privilegeService.cancel(ctx, input));
  }
}

/** Concierge fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberConciergeResolver {
  @FieldResolver(() => ConciergeRequestConnection, { description: "CON-6: the member's concierge requests, newest first." })
  conciergeRequests(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => ConciergeStatus, { nullable: true, description: "Only the requests in this status; all when null." }) status: Status | null,
  ) {
    return conciergeService.memberRequests(ctx, member.rawId, { ...page, status });
  }

  @FieldResolver(() => ConciergePrivilege, { nullable: true, description: "CON-2: the latest « Privilège » subscription, in force or not." })
  conciergePrivilege(@Root() member: Member, @Ctx() ctx: Context): Promise<ConciergePrivilege | null> {
    return privilegeService.latestFor(ctx, member.rawId);
  }
}

@Resolver(() => ConciergeRequest)
export class ConciergeRequestResolver {
  @FieldResolver(() => ConciergeCategory, { description: "The request's category." })
  category(@Root() request: ConciergeRequest, @Ctx() ctx: Context): Promise<ConciergeCategory> {
    return conciergeService.category(ctx, request.categoryCode);
  }

  @FieldResolver(() => [ConciergeStatusChange], { description: "CON-6: every status change, oldest first." })
  statusHistory(@Root() request: ConciergeRequest, @Ctx() ctx: Context): Promise<ConciergeStatusChange[]> {
    return conciergeService.statusHistory(ctx, request);
  }
}

/** § 10 / BIL-10: the Privilège price comes from the tariff table (one query per request). */
@Resolver(() => ConciergePrivilege)
export class ConciergePrivilegeResolver {
  @FieldResolver(() => Int, { description: "§ 10: monthly price, TTC, in euro cents, from the tariff table in force today (its last day once ended)." })
  monthlyPriceTtcCents(@Root() privilege: ConciergePrivilege, @Ctx() ctx: Context): Promise<number> {
    return privilegeService.monthlyPrice(ctx, privilege);
  }

  @FieldResolver(() => Int, { description: "§ 10: monthly price, HT (TTC / 1.2 rounded half up), in euro cents." })
  async monthlyPriceHtCents(@Root() privilege: ConciergePrivilege, @Ctx() ctx: Context): Promise<number> {
    return htFromTtc(await privilegeService.monthlyPrice(ctx, privilege));
  }
}

@Resolver(() => PartnerConciergeRequest)
export class PartnerConciergeRequestResolver {
  @FieldResolver(() => ConciergeCategory, { description: "The request's category." })
  category(@Root() request: PartnerConciergeRequest, @Ctx() ctx: Context): Promise<ConciergeCategory> {
    return conciergeService.category(ctx, request.categoryCode);
  }
}

export const conciergeResolvers = [ConciergeResolver, MemberConciergeResolver, ConciergeRequestResolver, ConciergePrivilegeResolver, PartnerConciergeRequestResolver];
