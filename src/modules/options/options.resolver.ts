import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection } from "../../shared/relay.js";
import { Member } from "../members/index.js";
import { PublishAnnouncementInput, RequestOptionTerminationInput, SubscribeOptionInput, TerminateOptionForParnasseInput } from "./options.inputs.js";
import { OptionPayload, PublishAnnouncementPayload } from "./options.payloads.js";
import { optionsService } from "./options.service.js";
import { Announcement, OptionSubscription } from "./options.types.js";

export const { ConnectionType: AnnouncementConnection } = Connection(Announcement, "Announcement");

@Resolver(() => Member)
export class OptionsResolver {
  @Mutation(() => OptionPayload, { description: "OPT-1/OPT-2: subscribe the « Option Intérieur »." })
  async subscribeOption(
    @Ctx() ctx: Context,
    @Arg("input", () => SubscribeOptionInput, { description: "The member (desk only) and when they accepted in writing." }) input: SubscribeOptionInput,
  ) {
    return OptionPayload.from(ctx, await optionsService.subscribe(ctx, input));
  }

  @Mutation(() => OptionPayload, { description: "OPT-4: the member's written termination; effective 10 days after receipt. Never by the delegate." })
  async requestOptionTermination(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestOptionTerminationInput, { description: "The member (desk only), how the written request arrived and when it was received." })
    input: RequestOptionTerminationInput,
  ) {
    return OptionPayload.from(ctx, await optionsService.requestTermination(ctx, input));
  }

  @Mutation(() => OptionPayload, { description: "OPT-5: Parnasse terminates for a breach or non-payment (desk)." })
  async terminateOptionForParnasse(
    @Ctx() ctx: Context,
    @Arg("input", () => TerminateOptionForParnasseInput, { description: "The member, the OPT-5 reason and the detail for the record." }) input: TerminateOptionForParnasseInput,
  ) {
    return OptionPayload.from(ctx, await optionsService.terminateForParnasse(ctx, input));
  }

  @Mutation(() => PublishAnnouncementPayload, { description: "OPT-6: announce a price or characteristic change (1 month ahead) or a removal (3 months)." })
  async publishAnnouncement(
    @Ctx() ctx: Context,
    @Arg("input", () => PublishAnnouncementInput, { description: "What changes, its text, the day it applies, and optionally the one member concerned." })
    input: PublishAnnouncementInput,
  ) {
    return PublishAnnouncementPayload.from(ctx, await optionsService.publishAnnouncement(ctx, input));
  }

  @Query(() => AnnouncementConnection, { description: "OPT-6: announcements concerning the caller's member (desk: all), newest first." })
  announcements(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "How many announcements to return (1 to 100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page; the first page when left out." }) after: string | null,
  ) {
    return optionsService.announcements(ctx, { first, after });
  }

  @FieldResolver(() => OptionSubscription, { nullable: true, description: "The latest « Option Intérieur » subscription, in force or not." })
  option(@Root() member: Member, @Ctx() ctx: Context): Promise<OptionSubscription | null> {
    return optionsService.latestFor(ctx, member.rawId);
  }
}
