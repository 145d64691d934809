import { policies } from "../../authz/policies.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import type { Node } from "../../shared/relay.js";
import { parisDate } from "../../shared/paris-time.js";
import { Quota, type MemberQuotas } from "../premises/index.js";
import { tariffsService } from "../tariffs/index.js";
import { toMailbox, toMailboxMigration, toMailboxPack, toMailboxSupportRequest } from "./mailboxes.mappers.js";
import { MAILBOX_PACK_TARIFFS, mailboxCapacity } from "./mailboxes.rules.js";
import type { Mailbox, MailboxMigration, MailboxPack, MailboxSupportRequest } from "./mailboxes.types.js";

/** Reads: every list goes through the request's DataLoaders (one query per level, whatever the page size). */
export const mailboxReads = {
  async mailboxes(ctx: Context, memberId: string): Promise<Mailbox[]> {
    if (!policies.readMember(ctx.actor, memberId)) return [];
    return (await ctx.loaders.mailboxes.activeMailboxesByMemberId.load(memberId)).map(toMailbox);
  },

  async packs(ctx: Context, memberId: string): Promise<MailboxPack[]> {
    if (!policies.readMember(ctx.actor, memberId)) return [];
    return (await ctx.loaders.mailboxes.activePacksByMemberId.load(memberId)).map(toMailboxPack);
  },

  async migrations(ctx: Context, mailbox: Mailbox): Promise<MailboxMigration[]> {
    if (!policies.readMember(ctx.actor, mailbox.memberRawId)) return [];
    return (await ctx.loaders.mailboxes.migrationsByMailboxId.load(mailbox.rawId)).map(toMailboxMigration);
  },

  async supportRequests(ctx: Context, mailbox: Mailbox): Promise<MailboxSupportRequest[]> {
    if (!policies.readMember(ctx.actor, mailbox.memberRawId)) return [];
    return (await ctx.loaders.mailboxes.supportRequestsByMailboxId.load(mailbox.rawId)).map(toMailboxSupportRequest);
  },

  /**
   * § 10 / BIL-10: a pack's monthly TTC price from the tariff table: the price in force today
   * (Paris), what this month is billed at; for a cancelled pack, the price on its cancellation day.
   */
  async packMonthlyPrice(ctx: Context, pack: MailboxPack): Promise<number> {
    const today = parisDate(ctx.clock.now());
    const cancelledOn = pack.cancelledAt ? parisDate(pack.cancelledAt) : null;
    return tariffsService.priceOn(ctx, MAILBOX_PACK_TARIFFS[pack.pack].tariffCode, cancelledOn && cancelledOn < today ? cancelledOn : today);
  },

  /** MBX-2: live mailboxes out of 1 + the packs in force. */
  async quota(ctx: Context, quotas: MemberQuotas): Promise<Quota> {
    const loaders = ctx.loaders.mailboxes;
    const [boxes, packs] = await Promise.all([loaders.activeMailboxesByMemberId.load(quotas.memberRawId), loaders.activePacksByMemberId.load(quotas.memberRawId)]);
    const limit = mailboxCapacity(packs);
    return Object.assign(new Quota(), { used: boxes.length, limit, remaining: Math.max(0, limit - boxes.length) });
  },

  /** `node(id:)` for the module's types: null when unknown or not visible (no existence leak). */
  async node(ctx: Context, type: string, id: string): Promise<Node | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const loaders = ctx.loaders.mailboxes;
    const visible = <R extends { memberId: string }>(row: R | null): row is R => row !== null && policies.readMember(ctx.actor, row.memberId);
    switch (type) {
      case "Mailbox": {
        const row = await loaders.mailboxById.load(id);
        return visible(row) ? toMailbox(row) : null;
      }
      case "MailboxPack": {
        const row = await loaders.packById.load(id);
        return visible(row) ? toMailboxPack(row) : null;
      }
      case "MailboxMigration": {
        const row = await loaders.migrationById.load(id);
        return visible(row) ? toMailboxMigration(row) : null;
      }
      case "MailboxSupportRequest": {
        const row = await loaders.supportRequestById.load(id);
        return visible(row) ? toMailboxSupportRequest(row) : null;
      }
      default:
        return null;
    }
  },
};

export const MAILBOX_NODE_TYPES = ["Mailbox", "MailboxPack", "MailboxMigration", "MailboxSupportRequest"] as const;
