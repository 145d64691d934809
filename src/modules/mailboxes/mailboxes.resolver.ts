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
import { MailboxPackPayload, MailboxPayload, RequestMailboxMigrationPayload, RequestMailboxSupportPayload, toUserErrors } from "./mailboxes.payloads.js";
import { mailboxReads } from "./mailboxes.reads.js";
import { mailboxRequestsService } from "./mailboxes.requests.service.js";
import { mailboxesService, type PackChange } from "./mailboxes.service.js";
import { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";
import type { Result } from "../../shared/errors.js";
import type { MailboxErrorCode } from "./mailboxes.errors.js";

function packPayload(result: Result<PackChange, MailboxErrorCode>, ctx: Context): MailboxPackPayload {
  return result.ok ? { ...result.value, userErrors: [] } : { pack: null, capacity: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

function mailboxPayload(result: Result<Mailbox, MailboxErrorCode>, ctx: Context): MailboxPayload {
  return result.ok ? { mailbox: result.value, userErrors: [] } : { mailbox: null, userErrors: toUserErrors(result.errors, ctx.locale) };
}

@Resolver()
export class MailboxesResolver {
  @Mutation(() => MailboxPackPayload, { description: "MBX-2: subscribe a pack of extra mailboxes (+1, 5 or 10), billed monthly." })
  async subscribeMailboxPack(@Ctx() ctx: Context, @Arg("input", () => SubscribeMailboxPackInput) input: SubscribeMailboxPackInput): Promise<MailboxPackPayload> {
    return packPayload(await mailboxesService.subscribePack(ctx, input), ctx);
  }

  @Mutation(() => MailboxPackPayload, { description: "MBX-2: cancel a pack; refused while it would leave more mailboxes than the capacity." })
  async cancelMailboxPack(@Ctx() ctx: Context, @Arg("input", () => CancelMailboxPackInput) input: CancelMailboxPackInput): Promise<MailboxPackPayload> {
    return packPayload(await mailboxesService.cancelPack(ctx, input), ctx);
  }

  @Mutation(() => MailboxPayload, { description: "MBX-1/MBX-2: create a 60 GB mailbox within the capacity. No password is ever taken or returned (MBX-4)." })
  async createMailbox(@Ctx() ctx: Context, @Arg("input", () => CreateMailboxInput) input: CreateMailboxInput): Promise<MailboxPayload> {
    return mailboxPayload(await mailboxesService.create(ctx, input), ctx);
  }

  @Mutation(() => MailboxPayload, { description: "MBX-2: delete a mailbox, freeing its place." })
  async deleteMailbox(@Ctx() ctx: Context, @Arg("input", () => DeleteMailboxInput) input: DeleteMailboxInput): Promise<MailboxPayload> {
    return mailboxPayload(await mailboxesService.delete(ctx, input), ctx);
  }

  @Mutation(() => RequestMailboxMigrationPayload, { description: "MBX-3: ask for a mail migration; included up to 5 GB, QUOTE_REQUIRED beyond." })
  async requestMailboxMigration(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestMailboxMigrationInput) input: RequestMailboxMigrationInput,
  ): Promise<RequestMailboxMigrationPayload> {
    const result = await mailboxRequestsService.requestMigration(ctx, input);
    return result.ok ? { migration: result.value, userErrors: [] } : { migration: null, userErrors: toUserErrors(result.errors, ctx.locale) };
  }

  @Mutation(() => RequestMailboxSupportPayload, { description: "MBX-5: ask for remote setup or assistance; the answer says when it can happen." })
  async requestMailboxSupport(
    @Ctx() ctx: Context,
    @Arg("input", () => RequestMailboxSupportInput) input: RequestMailboxSupportInput,
  ): Promise<RequestMailboxSupportPayload> {
    const result = await mailboxRequestsService.requestSupport(ctx, input);
    return result.ok ? { request: result.value, userErrors: [] } : { request: null, userErrors: toUserErrors(result.errors, ctx.locale) };
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
