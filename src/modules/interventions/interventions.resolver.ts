import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { Connection, PageArgs } from "../../shared/relay.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { MemberQuotas } from "../premises/index.js";
import { assistanceService } from "./assistance.service.js";
import { bookingService } from "./booking.service.js";
import { interventionErrors } from "./interventions.errors.js";
import {
  BookHomeInterventionInput,
  InterventionIdInput,
  InterventionQuoteInput,
  OpenAssistanceRequestInput,
  RecordRemoteAssistanceOutcomeInput,
  RefuseInterventionInput,
} from "./interventions.inputs.js";
import { AssistanceRequest, AssistanceTopic, Intervention, InterventionQuote, InterventionSite, InterventionsQuota, type AssistanceTopicValue } from "./interventions.types.js";
import { lifecycleService } from "./lifecycle.service.js";
import { interventionReads } from "./reads.service.js";

const interventionUserErrors = userErrorType("Intervention", interventionErrors);

export const { ConnectionType: InterventionConnection } = Connection(Intervention, "Intervention");

export const AssistanceRequestPayload = Payload("AssistanceRequest", interventionUserErrors, {
  assistanceRequest: { type: () => AssistanceRequest, description: "The request after the change; null when refused." },
});
export const InterventionPayload = Payload("Intervention", interventionUserErrors, {
  intervention: { type: () => Intervention, description: "The intervention after the change; null when refused." },
});
export const InterventionQuotePayload = Payload("InterventionQuote", interventionUserErrors, {
  quote: { type: () => InterventionQuote, description: "Null when the slot cannot be quoted (see userErrors)." },
});

@Resolver()
export class InterventionsResolver {
  @Mutation(() => AssistanceRequestPayload, { description: "INT-1: open a remote assistance request (24/7; TV/VOD within its hours, INT-5)." })
  async openAssistanceRequest(
    @Ctx() ctx: Context,
    @Arg("input", () => OpenAssistanceRequestInput, { description: "All of `openAssistanceRequest`'s arguments, as one `OpenAssistanceRequestInput` (see its fields)." })
    input: OpenAssistanceRequestInput,
  ) {
    return AssistanceRequestPayload.from(ctx, await assistanceService.open(ctx, input));
  }

  @Mutation(() => AssistanceRequestPayload, { description: "INT-1: the Desk records how the remote assistance ended (once)." })
  async recordRemoteAssistanceOutcome(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordRemoteAssistanceOutcomeInput, {
      description: "All of `recordRemoteAssistanceOutcome`'s arguments, as one `RecordRemoteAssistanceOutcomeInput` (see its fields).",
    })
    input: RecordRemoteAssistanceOutcomeInput,
  ) {
    return AssistanceRequestPayload.from(ctx, await assistanceService.recordOutcome(ctx, input));
  }

  @Query(() => InterventionQuotePayload, { description: "INT-3: the price of a home intervention, to show before booking (Annexe 1)." })
  async interventionQuote(
    @Ctx() ctx: Context,
    @Arg("input", () => InterventionQuoteInput, { description: "All of `interventionQuote`'s arguments, as one `InterventionQuoteInput` (see its fields)." })
    input: InterventionQuoteInput,
  ) {
    return InterventionQuotePayload.from(ctx, await bookingService.quote(ctx, input));
  }

  @Mutation(() => InterventionPayload, { description: "INT-2/INT-3: the Desk books a home intervention after a failed remote assistance." })
  async bookHomeIntervention(
    @Ctx() ctx: Context,
    @Arg("input", () => BookHomeInterventionInput, { description: "All of `bookHomeIntervention`'s arguments, as one `BookHomeInterventionInput` (see its fields)." })
    input: BookHomeInterventionInput,
  ) {
    return InterventionPayload.from(ctx, await bookingService.book(ctx, input));
  }

  @Mutation(() => InterventionPayload, { description: "INT-6: the member confirms their data is backed up." })
  async confirmInterventionBackup(
    @Ctx() ctx: Context,
    @Arg("input", () => InterventionIdInput, { description: "All of `confirmInterventionBackup`'s arguments, as one `InterventionIdInput` (see its fields)." })
    input: InterventionIdInput,
  ) {
    return InterventionPayload.from(ctx, await lifecycleService.confirmBackup(ctx, input));
  }

  @Mutation(() => InterventionPayload, { description: "INT-6: the technician or coach starts; refused until the backup is confirmed." })
  async startIntervention(
    @Ctx() ctx: Context,
    @Arg("input", () => InterventionIdInput, { description: "All of `startIntervention`'s arguments, as one `InterventionIdInput` (see its fields)." }) input: InterventionIdInput,
  ) {
    return InterventionPayload.from(ctx, await lifecycleService.start(ctx, input));
  }

  @Mutation(() => InterventionPayload, { description: "The technician or coach marks a started intervention done." })
  async completeIntervention(
    @Ctx() ctx: Context,
    @Arg("input", () => InterventionIdInput, { description: "All of `completeIntervention`'s arguments, as one `InterventionIdInput` (see its fields)." })
    input: InterventionIdInput,
  ) {
    return InterventionPayload.from(ctx, await lifecycleService.complete(ctx, input));
  }

  @Mutation(() => InterventionPayload, { description: "INT-4: the technician, coach or desk records a refusal and its reason." })
  async refuseIntervention(
    @Ctx() ctx: Context,
    @Arg("input", () => RefuseInterventionInput, { description: "All of `refuseIntervention`'s arguments, as one `RefuseInterventionInput` (see its fields)." })
    input: RefuseInterventionInput,
  ) {
    return InterventionPayload.from(ctx, await lifecycleService.refuse(ctx, input));
  }

  @Mutation(() => InterventionPayload, { description: "INT-3: the Desk cancels a booked intervention; it no longer counts." })
  async cancelIntervention(
    @Ctx() ctx: Context,
    @Arg("input", () => InterventionIdInput, { description: "All of `cancelIntervention`'s arguments, as one `InterventionIdInput` (see its fields)." }) input: InterventionIdInput,
  ) {
    return InterventionPayload.from(ctx, await lifecycleService.cancel(ctx, input));
  }

  @Query(() => InterventionConnection, {
    description: "Staff list, most recent first: the desk sees all; a technician their own; a coach the visits of members they coach.",
  })
  interventions(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return interventionReads.forStaff(ctx, page);
  }
}

/** Guarded by Member's own rule (canReadMember): the member, their delegate, the desk. */
@Resolver(() => Member)
export class MemberInterventionsResolver {
  @FieldResolver(() => InterventionConnection, { description: "INT-2: the member's home interventions, most recent first." })
  interventions(@Root() member: Member, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return interventionReads.ofMember(ctx, member.rawId, page);
  }
}

@Resolver(() => Intervention)
export class InterventionFieldsResolver {
  @FieldResolver(() => InterventionSite, { description: "ZON-2: the member's declared address where it takes place." })
  site(@Root() intervention: Intervention, @Ctx() ctx: Context): Promise<InterventionSite> {
    return interventionReads.site(ctx, intervention);
  }

  @FieldResolver(() => AssistanceTopic, { description: "INT-5: the equipment or app concerned." })
  async topic(@Root() intervention: Intervention, @Ctx() ctx: Context): Promise<AssistanceTopicValue> {
    return (await interventionReads.request(ctx, intervention)).topic;
  }

  @FieldResolver(() => Boolean, { description: "INT-5: the equipment was installed by Parnasse." })
  async installedByParnasse(@Root() intervention: Intervention, @Ctx() ctx: Context): Promise<boolean> {
    return (await interventionReads.request(ctx, intervention)).installedByParnasse;
  }

  @FieldResolver(() => String, { description: "The problem, as described in the assistance request." })
  async problem(@Root() intervention: Intervention, @Ctx() ctx: Context): Promise<string> {
    return (await interventionReads.request(ctx, intervention)).description;
  }

  @FieldResolver(() => String, { nullable: true, description: "The technician's or coach's name." })
  performerName(@Root() intervention: Intervention, @Ctx() ctx: Context): Promise<string | null> {
    return interventionReads.performerName(ctx, intervention);
  }
}

@Resolver(() => MemberQuotas)
export class InterventionsQuotaResolver {
  @FieldResolver(() => InterventionsQuota, { nullable: true, description: "INT-3: interventions used out of 15 this contract year; null without the option." })
  interventions(@Root() quotas: MemberQuotas, @Ctx() ctx: Context): Promise<InterventionsQuota | null> {
    return interventionReads.quota(ctx, quotas);
  }
}

export const interventionsResolvers = [InterventionsResolver, MemberInterventionsResolver, InterventionFieldsResolver, InterventionsQuotaResolver];
