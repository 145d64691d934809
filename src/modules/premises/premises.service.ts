import { policies } from "../../authz/policies.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { idOfType } from "../../shared/relay.js";
import { premisesErrors, type PremisesErrorCode } from "./premises.errors.js";
import { toAddress, toInternetLine } from "./premises.mappers.js";
import { premisesPolicies } from "./premises.policies.js";
import { premisesRepository as repo, type AddressRow, type LineRow } from "./premises.repository.js";
import { PREMISES_LIMITS } from "./premises.rules.js";
import { Address, AddressLinesQuota, InternetLine, MemberQuotas, Quota } from "./premises.types.js";

/** An address's active lines, in creation order, from its member's (one load per member). */
async function linesOf(ctx: Context, memberId: string, addressId: string): Promise<LineRow[]> {
  const rows = await ctx.loaders.premises.activeLinesByMemberId.load(memberId);
  return rows.filter((row) => row.addressId === addressId);
}

/** Reads: every list goes through the request's DataLoaders (one query per level, whatever the page size). */
export const premisesService = {
  /** ADR-1/ADR-2: the member's active addresses, main first. */
  async addresses(ctx: Context, memberId: string, options: { withLines?: boolean } = {}): Promise<Address[]> {
    if (!policies.readMember(ctx.actor, memberId)) return [];
    // The lines are asked for too: read them with the addresses (same turn, one statement); `lines` awaits the same load.
    if (options.withLines) ctx.loaders.premises.activeLinesByMemberId.load(memberId).catch(() => undefined);
    const rows = await ctx.loaders.premises.activeAddressesByMemberId.load(memberId);
    return rows.map(toAddress);
  },

  async lines(ctx: Context, address: Address): Promise<InternetLine[]> {
    if (!policies.readMember(ctx.actor, address.memberRawId)) return [];
    return (await linesOf(ctx, address.memberRawId, address.rawId)).map(toInternetLine);
  },

  async addressOfLine(ctx: Context, line: InternetLine): Promise<Address> {
    const row = await ctx.loaders.premises.addressById.load(line.addressRawId);
    if (!row) throw new Error(`address ${line.addressRawId} of line ${line.rawId} is missing`);
    return toAddress(row);
  },

  quotas(memberId: string): MemberQuotas {
    return Object.assign(new MemberQuotas(), { memberRawId: memberId });
  },

  /** ADR-2: active extra sites out of 5. */
  async extraSitesQuota(ctx: Context, quotas: MemberQuotas): Promise<Quota> {
    const rows = await ctx.loaders.premises.activeAddressesByMemberId.load(quotas.memberRawId);
    return quota(new Quota(), rows.filter((r) => r.kind === "EXTRA_SITE").length, PREMISES_LIMITS.extraSites);
  },

  /** LIN-3: active lines (eligible or not) out of 2, for each active address. */
  async linesPerAddressQuota(ctx: Context, quotas: MemberQuotas): Promise<AddressLinesQuota[]> {
    const loaders = ctx.loaders.premises;
    const [addresses, memberLines] = await Promise.all([loaders.activeAddressesByMemberId.load(quotas.memberRawId), loaders.activeLinesByMemberId.load(quotas.memberRawId)]);
    const lines = addresses.map((a) => memberLines.filter((line) => line.addressId === a.id));
    return addresses.map((address, i) =>
      Object.assign(quota(new AddressLinesQuota(), lines[i]!.length, PREMISES_LIMITS.linesPerAddress), {
        memberRawId: quotas.memberRawId,
        address: toAddress(address),
      }),
    );
  },

  /** `node(id:)` for an Address: null when unknown or not visible (no existence leak). */
  async addressNode(ctx: Context, id: string): Promise<Address | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.premises.addressById.load(id);
    return row && policies.readMember(ctx.actor, row.memberId) ? toAddress(row) : null;
  },

  async lineNode(ctx: Context, id: string): Promise<InternetLine | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.premises.lineById.load(id);
    return row && policies.readMember(ctx.actor, row.memberId) ? toInternetLine(row) : null;
  },
};

function quota<T extends Quota>(target: T, used: number, limit: number): T {
  return Object.assign(target, { used, limit, remaining: Math.max(0, limit - used) });
}

/** An address the actor may change, by global id: read outside the transaction only to learn its member. */
export async function findManageableAddress(ctx: Context, globalId: string, field: string[]): Promise<Result<AddressRow, PremisesErrorCode>> {
  const id = idOfType(globalId, "Address");
  const row = id ? await repo.addressById(ctx.db, id) : undefined;
  if (!row || row.removedAt || !premisesPolicies.manage(ctx.actor, row.memberId)) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
  return ok(row);
}

export async function findManageableLine(ctx: Context, globalId: string, field: string[]): Promise<Result<LineRow, PremisesErrorCode>> {
  const id = idOfType(globalId, "InternetLine");
  const row = id ? await repo.lineById(ctx.db, id) : undefined;
  if (!row || row.removedAt || !premisesPolicies.manage(ctx.actor, row.memberId)) return fail(premisesErrors.error("LINE_NOT_FOUND", field));
  return ok(row);
}
