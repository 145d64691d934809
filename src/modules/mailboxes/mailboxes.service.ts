import type { Context } from "../../context.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { recordAudit } from "../../shared/audit.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { mailboxErrors, type MailboxErrorCode } from "./mailboxes.errors.js";
import type { CancelMailboxPackInput, CreateMailboxInput, DeleteMailboxInput, SubscribeMailboxPackInput } from "./mailboxes.inputs.js";
import { toMailbox, toMailboxPack } from "./mailboxes.mappers.js";
import { manageMailboxes } from "./mailboxes.policies.js";
import { mailboxesRepository as repo, type MailboxRow } from "./mailboxes.repository.js";
import { MAILBOX_OFFER, MAILBOX_PACK_TARIFFS, mailboxCapacity, normaliseDomain, normaliseLocalPart, text } from "./mailboxes.rules.js";
import type { Mailbox, MailboxPack } from "./mailboxes.types.js";

type Err = DomainError<MailboxErrorCode>;
const DISPLAY_NAME_MAX = 100;

export interface PackChange {
  pack: MailboxPack;
  capacity: number;
}

/** MBX-1/MBX-2: packs and mailboxes. Every change locks the member row first (one lock order). */
export const mailboxesService = {
  /** MBX-2: a pack raises the capacity at once; the option must be in force. */
  async subscribePack(ctx: Context, input: SubscribeMailboxPackInput): Promise<Result<PackChange, MailboxErrorCode>> {
    const member = targetMember(ctx, input.memberId);
    if (!member.ok) return member;
    const memberId = member.value;
    const now = ctx.clock.now();
    const result = await ctx.db.transaction(async (tx): Promise<Result<PackChange, MailboxErrorCode>> => {
      if (!(await repo.lockMember(tx, memberId))) return fail(mailboxErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
      if (!(await repo.optionInForce(tx, memberId, now))) return fail(mailboxErrors.error("OPTION_NOT_IN_FORCE", ["input", "memberId"]));
      if (await isServiceSuspended(tx, memberId)) return fail(mailboxErrors.error("SERVICE_SUSPENDED", ["input", "memberId"]));
      const row = await repo.insertPack(tx, {
        memberId,
        pack: input.pack,
        extraMailboxes: MAILBOX_PACK_TARIFFS[input.pack].extraMailboxes,
        subscribedAt: now,
        subscribedBy: actorId(ctx),
      });
      const packs = await repo.activePacksByMemberIds(tx, [memberId]);
      await recordAudit(tx, ctx, { operation: "subscribeMailboxPack", onBehalfOfMemberId: memberId, targetIds: [row.id], details: { pack: row.pack } });
      return ok({ pack: toMailboxPack(row), capacity: mailboxCapacity(packs) });
    });
    if (result.ok) ctx.loaders.mailboxes.activePacksByMemberId.clear(memberId);
    return result;
  },

  /** MBX-2: refused while the remaining capacity would be below the mailboxes in use. */
  async cancelPack(ctx: Context, input: CancelMailboxPackInput): Promise<Result<PackChange, MailboxErrorCode>> {
    const field = ["input", "packId"];
    const id = idOfType(input.packId, "MailboxPack");
    const found = id ? await ctx.loaders.mailboxes.packById.load(id) : null;
    if (!found || found.cancelledAt || !manageMailboxes(ctx.actor, found.memberId)) return fail(mailboxErrors.error("PACK_NOT_FOUND", field));
    const memberId = found.memberId;
    const now = ctx.clock.now();
    const result = await ctx.db.transaction(async (tx): Promise<Result<PackChange, MailboxErrorCode>> => {
      await repo.lockMember(tx, memberId);
      const packs = await repo.activePacksByMemberIds(tx, [memberId]);
      const pack = packs.find((p) => p.id === found.id);
      if (!pack) return fail(mailboxErrors.error("PACK_NOT_FOUND", field));
      const capacity = mailboxCapacity(packs.filter((p) => p.id !== pack.id));
      const used = await repo.countActiveMailboxes(tx, memberId);
      if (used > capacity) return fail(mailboxErrors.error("PACK_IN_USE", field, { used, capacity, excess: used - capacity }));
      const row = await repo.cancelPack(tx, pack.id, now, actorId(ctx));
      await recordAudit(tx, ctx, { operation: "cancelMailboxPack", onBehalfOfMemberId: memberId, targetIds: [row.id], details: { pack: row.pack, capacity } });
      return ok({ pack: toMailboxPack(row), capacity });
    });
    if (result.ok) {
      ctx.loaders.mailboxes.activePacksByMemberId.clear(memberId);
      ctx.loaders.mailboxes.packById.clear(found.id);
    }
    return result;
  },

  /** MBX-1/MBX-2: a 60 GB mailbox within the capacity, at a free address. */
  async create(ctx: Context, input: CreateMailboxInput): Promise<Result<Mailbox, MailboxErrorCode>> {
    const member = targetMember(ctx, input.memberId);
    if (!member.ok) return member;
    const memberId = member.value;
    const errors: Err[] = [];
    const localPart = normaliseLocalPart(input.localPart);
    if (!localPart) errors.push(mailboxErrors.error("INVALID_LOCAL_PART", ["input", "localPart"]));
    const domain = input.customDomain == null ? MAILBOX_OFFER.defaultDomain : normaliseDomain(input.customDomain);
    if (!domain) errors.push(mailboxErrors.error("INVALID_DOMAIN", ["input", "customDomain"]));
    const displayName = text(input.displayName, DISPLAY_NAME_MAX, ["input", "displayName"], errors);
    if (errors.length || !localPart || !domain) return fail(...errors);
    const address = `${localPart}@${domain}`;
    const taken = () => fail(mailboxErrors.error("ADDRESS_TAKEN", ["input", "localPart"], { address }));
    const now = ctx.clock.now();

    try {
      const result = await ctx.db.transaction(async (tx): Promise<Result<Mailbox, MailboxErrorCode>> => {
        // Lock, count, insert: concurrent creations for one member queue here, so the count is exact.
        if (!(await repo.lockMember(tx, memberId))) return fail(mailboxErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
        if (!(await repo.optionInForce(tx, memberId, now))) return fail(mailboxErrors.error("OPTION_NOT_IN_FORCE", ["input", "memberId"]));
      if (await isServiceSuspended(tx, memberId)) return fail(mailboxErrors.error("SERVICE_SUSPENDED", ["input", "memberId"]));
        const capacity = mailboxCapacity(await repo.activePacksByMemberIds(tx, [memberId]));
        if ((await repo.countActiveMailboxes(tx, memberId)) >= capacity) {
          return fail(mailboxErrors.error("MAILBOX_CAPACITY_REACHED", ["input"], { limit: capacity }));
        }
        if (await repo.liveAddressExists(tx, address)) return taken();
        // MBX-1: a custom domain belongs to the member who first uses it; another member cannot take addresses on it.
        if (domain !== MAILBOX_OFFER.defaultDomain && (await repo.domainUsedByAnotherMember(tx, domain, memberId))) {
          return fail(mailboxErrors.error("DOMAIN_TAKEN", ["input", "customDomain"], { domain }));
        }
        const row = await repo.insertMailbox(tx, {
          memberId,
          localPart,
          domain,
          address,
          customDomain: domain !== MAILBOX_OFFER.defaultDomain,
          displayName,
          quotaGb: MAILBOX_OFFER.quotaGb,
          createdAt: now,
          createdBy: actorId(ctx),
        });
        await recordAudit(tx, ctx, { operation: "createMailbox", onBehalfOfMemberId: memberId, targetIds: [row.id], details: { address } });
        return ok(toMailbox(row));
      });
      if (result.ok) ctx.loaders.mailboxes.activeMailboxesByMemberId.clear(memberId);
      return result;
    } catch (error) {
      // Another member took the address between our check and our insert: the unique index decides.
      if (sqlState(error) === "23505" && constraintName(error) === "mailboxes_address_live_key") return taken();
      throw error;
    }
  },

  /** MBX-2: deleting a mailbox frees its place in the capacity. */
  async delete(ctx: Context, input: DeleteMailboxInput): Promise<Result<Mailbox, MailboxErrorCode>> {
    const field = ["input", "mailboxId"];
    const found = await findManageableMailbox(ctx, input.mailboxId, field);
    if (!found.ok) return found;
    const { id, memberId } = found.value;
    const result = await ctx.db.transaction(async (tx): Promise<Result<Mailbox, MailboxErrorCode>> => {
      await repo.lockMember(tx, memberId);
      const current = await repo.mailboxById(tx, id);
      if (!current || current.deletedAt) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
      const row = await repo.deleteMailbox(tx, id, ctx.clock.now());
      await recordAudit(tx, ctx, { operation: "deleteMailbox", onBehalfOfMemberId: memberId, targetIds: [id], details: { address: row.address } });
      return ok(toMailbox(row));
    });
    if (result.ok) {
      ctx.loaders.mailboxes.activeMailboxesByMemberId.clear(memberId);
      ctx.loaders.mailboxes.mailboxById.clear(id);
    }
    return result;
  },
};

export function targetMember(ctx: Context, memberGlobalId: string | null | undefined): Result<string, MailboxErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberGlobalId, manageMailboxes);
  return t.ok ? ok(t.memberId) : fail(mailboxErrors.error(t.problem, ["input", "memberId"]));
}

/** A live mailbox the actor may manage, by global id (read outside the transaction only to learn its member). */
export async function findManageableMailbox(ctx: Context, globalId: string, field: string[]): Promise<Result<MailboxRow, MailboxErrorCode>> {
  const id = idOfType(globalId, "Mailbox");
  const row = id ? await repo.mailboxById(ctx.db, id) : undefined;
  if (!row || row.deletedAt || !manageMailboxes(ctx.actor, row.memberId)) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
  return ok(row);
}

/** The person acting, recorded on the rows they write. Shield lets no anonymous caller this far. */
export function actorId(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw forbidden();
  return ctx.actor.subjectId;
}
