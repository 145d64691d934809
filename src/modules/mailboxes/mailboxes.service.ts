import type { Context } from "../../context.js";
import { constraintName, fail, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
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
/** MBX-2: mailboxes and packs are services of the option (BIL-9: not while suspended). */
const requires = { optionInForce: "OPTION_NOT_IN_FORCE", notSuspended: "SERVICE_SUSPENDED" } as const;
const MEMBER_FIELD = ["input", "memberId"];

export interface PackChange {
  pack: MailboxPack;
  capacity: number;
}

/** MBX-1/MBX-2: packs and mailboxes. Every change locks the member row first (one lock order). */
export const mailboxesService = {
  /** MBX-2: a pack raises the capacity at once; the option must be in force. */
  async subscribePack(ctx: Context, input: SubscribeMailboxPackInput): Promise<Result<PackChange, MailboxErrorCode>> {
    const member = { globalId: input.memberId, mayActFor: manageMailboxes };
    return memberCommand(ctx, { operation: "subscribeMailboxPack", errors: mailboxErrors, member, requires, field: MEMBER_FIELD }, async ({ tx, member, audit }) => {
      const row = await repo.insertPack(tx, {
        memberId: member.id,
        pack: input.pack,
        extraMailboxes: MAILBOX_PACK_TARIFFS[input.pack].extraMailboxes,
        subscribedAt: ctx.clock.now(),
        subscribedBy: actorId(ctx),
      });
      const packs = await repo.activePacksByMemberIds(tx, [member.id]);
      await audit({ targetIds: [row.id], details: { pack: row.pack } });
      return ok({ pack: toMailboxPack(row), capacity: mailboxCapacity(packs) });
    });
  },

  /** MBX-2: refused while the remaining capacity would be below the mailboxes in use. */
  async cancelPack(ctx: Context, input: CancelMailboxPackInput): Promise<Result<PackChange, MailboxErrorCode>> {
    const field = ["input", "packId"];
    const id = idOfType(input.packId, "MailboxPack");
    const found = id ? await ctx.loaders.mailboxes.packById.load(id) : null;
    if (!found || found.cancelledAt || !manageMailboxes(ctx.actor, found.memberId)) return fail(mailboxErrors.error("PACK_NOT_FOUND", field));
    const memberId = found.memberId;
    return memberCommand(ctx, { operation: "cancelMailboxPack", errors: mailboxErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const packs = await repo.activePacksByMemberIds(tx, [memberId]);
      const pack = packs.find((p) => p.id === found.id);
      if (!pack) return fail(mailboxErrors.error("PACK_NOT_FOUND", field));
      const capacity = mailboxCapacity(packs.filter((p) => p.id !== pack.id));
      const used = await repo.countActiveMailboxes(tx, memberId);
      if (used > capacity) return fail(mailboxErrors.error("PACK_IN_USE", field, { used, capacity, excess: used - capacity }));
      const row = await repo.cancelPack(tx, pack.id, ctx.clock.now(), actorId(ctx));
      await audit({ targetIds: [row.id], details: { pack: row.pack, capacity } });
      return ok({ pack: toMailboxPack(row), capacity });
    });
  },

  /** MBX-1/MBX-2: a 60 GB mailbox within the capacity, at a free address. */
  async create(ctx: Context, input: CreateMailboxInput): Promise<Result<Mailbox, MailboxErrorCode>> {
    const errors: Err[] = [];
    const localPart = normaliseLocalPart(input.localPart);
    if (!localPart) errors.push(mailboxErrors.error("INVALID_LOCAL_PART", ["input", "localPart"]));
    const domain = input.customDomain == null ? MAILBOX_OFFER.defaultDomain : normaliseDomain(input.customDomain);
    if (!domain) errors.push(mailboxErrors.error("INVALID_DOMAIN", ["input", "customDomain"]));
    const displayName = text(input.displayName, DISPLAY_NAME_MAX, ["input", "displayName"], errors);
    if (errors.length || !localPart || !domain) return fail(...errors);
    const address = `${localPart}@${domain}`;
    const taken = mailboxErrors.error("ADDRESS_TAKEN", ["input", "localPart"], { address });
    // Another member took the address between our check and our insert: the unique index decides.
    const onDatabaseError = (error: unknown) => (sqlState(error) === "23505" && constraintName(error) === "mailboxes_address_live_key" ? taken : null);
    const member = { globalId: input.memberId, mayActFor: manageMailboxes };
    const options = { operation: "createMailbox", errors: mailboxErrors, member, requires, field: MEMBER_FIELD, onDatabaseError };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      // Under the member lock: concurrent creations for one member queue, so the count is exact.
      const capacity = mailboxCapacity(await repo.activePacksByMemberIds(tx, [member.id]));
      if ((await repo.countActiveMailboxes(tx, member.id)) >= capacity) {
        return fail(mailboxErrors.error("MAILBOX_CAPACITY_REACHED", ["input"], { limit: capacity }));
      }
      if (await repo.liveAddressExists(tx, address)) return fail(taken);
      // MBX-1: a custom domain belongs to the member who first uses it; another member cannot take addresses on it.
      if (domain !== MAILBOX_OFFER.defaultDomain && (await repo.domainUsedByAnotherMember(tx, domain, member.id))) {
        return fail(mailboxErrors.error("DOMAIN_TAKEN", ["input", "customDomain"], { domain }));
      }
      const row = await repo.insertMailbox(tx, {
        memberId: member.id,
        localPart,
        domain,
        address,
        customDomain: domain !== MAILBOX_OFFER.defaultDomain,
        displayName,
        quotaGb: MAILBOX_OFFER.quotaGb,
        createdAt: ctx.clock.now(),
        createdBy: actorId(ctx),
      });
      await audit({ targetIds: [row.id], details: { address } });
      return ok(toMailbox(row));
    });
  },

  /** MBX-2: deleting a mailbox frees its place in the capacity. */
  async delete(ctx: Context, input: DeleteMailboxInput): Promise<Result<Mailbox, MailboxErrorCode>> {
    const field = ["input", "mailboxId"];
    const found = await findManageableMailbox(ctx, input.mailboxId, field);
    if (!found.ok) return found;
    const { id, memberId } = found.value;
    return memberCommand(ctx, { operation: "deleteMailbox", errors: mailboxErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const current = await repo.mailboxById(tx, id);
      if (!current || current.deletedAt) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
      const row = await repo.deleteMailbox(tx, id, ctx.clock.now());
      await audit({ targetIds: [id], details: { address: row.address } });
      return ok(toMailbox(row));
    });
  },
};

/** A live mailbox the actor may manage, by global id (read outside the transaction only to learn its member). */
export async function findManageableMailbox(ctx: Context, globalId: string, field: string[]): Promise<Result<MailboxRow, MailboxErrorCode>> {
  const id = idOfType(globalId, "Mailbox");
  const row = id ? await repo.mailboxById(ctx.db, id) : undefined;
  if (!row || row.deletedAt || !manageMailboxes(ctx.actor, row.memberId)) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
  return ok(row);
}
