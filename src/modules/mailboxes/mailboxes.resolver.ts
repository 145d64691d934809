import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { htFromTtc } from "../../shared/money.js";
import type { Context } from "../../context.js";
import { Member } from "../members/index.js";
import { QuoteRequest, quotesService } from "../quotes/index.js";
import { MemberQuotas, Quota } from "../premises/index.js";
import {
  CancelMailboxPackInput,
  CreateMailboxInput,
  DeleteMailboxInput,
  RequestMailboxMigrationInput,
  RequestMailboxSupportInput,
  SubscribeMailboxPackInput,
} from "./mailboxes.inputs.js";
import { MailboxPackPayload, MailboxPayload, RequestMailboxMigrationPayload, RequestMailboxSupportPayload } from "./mailboxes.payloads.js";
import { mailboxReads } from "./mailboxes.reads.js";
import { mailboxRequestsService } from "./mailboxes.requests.service.js";
import { mailboxesService } from "./mailboxes.service.js";
import { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";

@Resolver()
export class MailboxesResolver {
  @Mutation(() => MailboxPackPayload, { description: "MBX-2: subscribe a pack of extra mailboxes (+1, 5 or 10), billed monthly." })
  async subscribeMailboxPack(
    @Ctx() ctx: Context,
    @Arg("input", () => SubscribeMailboxPackInput, { description: "The member (desk only) and the pack: +1, 5 or 10 mailboxes." }) input: SubscribeMailboxPackInput,
  ) {
    return MailboxPackPayload.from(ctx, await mailboxesService.subscribePack(ctx, input));
  }

  @Mutation(() => MailboxPackPayload, { description: "MBX-2: cancel a pack; refused while it would leave more mailboxes than the capacity." })
  async cancelMailboxPack(
    @Ctx() ctx: Context,
    @Arg("input", () => CancelMailboxPackInput, { description: "The pack to cancel; refused while the mailboxes in use would exceed the capacity left." })
    input: CancelMailboxPackInput,
  ) {
    return MailboxPackPayload.from(ctx, await mailboxesService.cancelPack(ctx, input));
  }

  @Mutation(() => MailboxPayload, { description: "MBX-1/MBX-2: create a 60 GB mailbox within the capacity. No password is ever taken or returned (MBX-4)." })
  async createMailbox(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateMailboxInput, { description: "The member (desk only), the address before the @, an optional own domain and display name. No password (MBX-4)." })
    input: CreateMailboxInput,
  ) {
    return MailboxPayload.from(ctx, await mailboxesService.create(ctx, input));
  }

  @Mutation(() => MailboxPayload, { description: "MBX-2: delete a mailbox, freeing its place." })
  async deleteMailbox(@Ctx() ctx: Context, @Arg("input", () => DeleteMailboxInput, { description: "The mailbox to delete." }) input: DeleteMailboxInput) {
    return MailboxPayload.from(ctx, await mailboxesService.delete(ctx, input));
  }

  @Mutation(() => RequestMailboxMigrationPayload, { description: "MBX-3: ask for a mail migration; included up to 5 GB, QUOTE_REQUIRED beyond." })
  async requestMailboxMigration(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestMailboxMigrationInput, { description: "The mailbox, where the mail comes from and its estimated size in megabytes." })
    input: RequestMailboxMigrationInput,
  ) {
    return RequestMailboxMigrationPayload.from(ctx, await mailboxRequestsService.requestMigration(ctx, input));
  }

  @Mutation(() => RequestMailboxSupportPayload, { description: "MBX-5: ask for remote setup or assistance; the answer says when it can happen." })
  async requestMailboxSupport(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestMailboxSupportInput, { description: "The mailbox, setup or assistance, and an optional note." }) input: RequestMailboxSupportInput,
  ) {
    return RequestMailboxSupportPayload.from(ctx, await mailboxRequestsService.requestSupport(ctx, input));
  }
}

/** Mailbox fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberMailboxesResolver {
  @FieldResolver(() => [Mailbox], { description: "MBX-1: live mailboxes, oldest first." })
  mailboxes(@Root() member: Member, @Ctx() ctx: Context): Promise<Mailbox[]> {
    return mailboxReads.mailboxes(ctx, member.rawId);
  }

  @FieldResolver(() => [MailboxPack], { description: "MBX-2: mailbox packs in force." })
  mailboxPacks(@Root() member: Member, @Ctx() ctx: Context): Promise<MailboxPack[]> {
    return mailboxReads.packs(ctx, member.rawId);
  }
}

@Resolver(() => Mailbox)
export class MailboxResolver {
  @FieldResolver(() => [MailboxMigration], { description: "MBX-3: migration requests, oldest first." })
  migrations(@Root() mailbox: Mailbox, @Ctx() ctx: Context): Promise<MailboxMigration[]> {
    return mailboxReads.migrations(ctx, mailbox);
  }

  @FieldResolver(() => [MailboxSupportRequest], { description: "MBX-5: setup and assistance requests, oldest first." })
  supportRequests(@Root() mailbox: Mailbox, @Ctx() ctx: Context): Promise<MailboxSupportRequest[]> {
    return mailboxReads.supportRequests(ctx, mailbox);
  }
}

/** § 10 / BIL-10: prices come from the tariff table (one query per request), never from a constant. */
@Resolver(() => MailboxPack)
export class MailboxPackResolver {
  @FieldResolver(() => Int, { description: "§ 10: monthly price, TTC, in euro cents, from the tariff table in force today (on its cancellation day once cancelled)." })
  monthlyPriceTtcCents(@Root() pack: MailboxPack, @Ctx() ctx: Context): Promise<number> {
    return mailboxReads.packMonthlyPrice(ctx, pack);
  }

  @FieldResolver(() => Int, { description: "§ 10: monthly price, HT (TTC / 1.2 rounded half up), in euro cents." })
  async monthlyPriceHtCents(@Root() pack: MailboxPack, @Ctx() ctx: Context): Promise<number> {
    return htFromTtc(await mailboxReads.packMonthlyPrice(ctx, pack));
  }
}

@Resolver(() => MailboxMigration)
export class MailboxMigrationResolver {
  @FieldResolver(() => QuoteRequest, { nullable: true, description: "MBX-3/QUO-1: beyond 5 GB, the migration's quote request in the shared workflow." })
  quoteRequest(@Root() migration: MailboxMigration, @Ctx() ctx: Context): Promise<QuoteRequest | null> {
    return quotesService.linkedRequest(ctx, migration.quoteRequestRawId);
  }
}

@Resolver(() => MemberQuotas)
export class MailboxQuotasResolver {
  @FieldResolver(() => Quota, { description: "MBX-2: live mailboxes out of 1 + the packs in force." })
  mailboxes(@Root() quotas: MemberQuotas, @Ctx() ctx: Context): Promise<Quota> {
    return mailboxReads.quota(ctx, quotas);
  }
}

export const mailboxesResolvers = [MailboxesResolver, MemberMailboxesResolver, MailboxResolver, MailboxPackResolver, MailboxMigrationResolver, MailboxQuotasResolver];
