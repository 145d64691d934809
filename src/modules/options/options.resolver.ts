import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { Result } from "../../shared/errors.js";
import { Connection } from "../../shared/relay.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member } from "../members/index.js";
import { optionErrors, type OptionErrorCode } from "./options.errors.js";
import { PublishAnnouncementInput, RequestOptionTerminationInput, SubscribeOptionInput, TerminateOptionForParnasseInput } from "./options.inputs.js";
import { optionsService } from "./options.service.js";
import { Announcement, OptionSubscription } from "./options.types.js";

export const { ModuleUserError: OptionUserError, toUserErrors } = userErrorType("Option", optionErrors);
type OptionUserError = InstanceType<typeof OptionUserError>;

export const { ConnectionType: AnnouncementConnection } = Connection(Announcement, "Announcement");

@ObjectType({ description: "The option after the change; null when refused." })
export class OptionPayload {
  @Field(() => OptionSubscription, { nullable: true })
  option!: OptionSubscription | null;

  @Field(() => [OptionUserError])
  userErrors!: OptionUserError[];
}

@ObjectType()
export class PublishAnnouncementPayload {
  @Field(() => Announcement, { nullable: true })
  announcement!: Announcement | null;

  @Field(() => [OptionUserError])
  userErrors!: OptionUserError[];
}

const toPayload = (result: Result<OptionSubscription, OptionErrorCode>, ctx: Context): OptionPayload =>
  result.ok ? { option: result.value, userErrors: [] } : { option: null, userErrors: toUserErrors(result.errors, ctx.locale) };

@Resolver(() => Member)
export class OptionsResolver {
  @Mutation(() => OptionPayload, { description: "OPT-1/OPT-2: subscribe the « Option Intérieur »." })
  async subscribeOption(@Ctx() ctx: Context, @Arg("input", () => SubscribeOptionInput) input: SubscribeOptionInput): Promise<OptionPayload> {
    return toPayload(await optionsService.subscribe(ctx, input), ctx);
  }

  @Mutation(() => OptionPayload, { description: "OPT-4: the member's written termination; effective 10 days after receipt. Never by the delegate." })
  async requestOptionTermination(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestOptionTerminationInput) input: RequestOptionTerminationInput,
  ): Promise<OptionPayload> {
    return toPayload(await optionsService.requestTermination(ctx, input), ctx);
  }

  @Mutation(() => OptionPayload, { description: "OPT-5: Parnasse terminates for a breach or non-payment (desk)." })
  async terminateOptionForParnasse(
    @Ctx() ctx: Context,
    @Arg("input", () => TerminateOptionForParnasseInput) input: TerminateOptionForParnasseInput,
  ): Promise<OptionPayload> {
    return toPayload(await optionsService.terminateForParnasse(ctx, input), ctx);
  }

  @Mutation(() => PublishAnnouncementPayload, { description: "OPT-6: announce a price or characteristic change (1 month ahead) or a removal (3 months)." })
  async publishAnnouncement(
    @Ctx() ctx: Context,
    @Arg("input", () => PublishAnnouncementInput) input: PublishAnnouncementInput,
  ): Promise<PublishAnnouncementPayload> {
    const result = await optionsService.publishAnnouncement(ctx, input);
    return result.ok ? { announcement: result.value, userErrors: [] } : { announcement: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }

  @Query(() => AnnouncementConnection, { description: "OPT-6: announcements concerning the caller's member (desk: all), newest first." })
  announcements(
    @Ctx() ctx: Context,
    @Arg("first", () => Int) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return optionsService.announcements(ctx, { first, after });
  }

  @FieldResolver(() => OptionSubscription, { nullable: true, description: "The latest « Option Intérieur » subscription, in force or not." })
  option(@Root() member: Member, @Ctx() ctx: Context): Promise<OptionSubscription | null> {
    return optionsService.latestFor(ctx, member.rawId);
  }
}
