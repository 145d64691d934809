import { transact } from "../../shared/transaction.js";
import { premisesPolicies as policies } from "./premises.policies.js";
import type { Context } from "../../context.js";
import { recordAudit } from "../../shared/audit.js";
import { constraintName, fail, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { reconcileOption } from "../options/index.js";
import { zoneService } from "../zone/index.js";
import { premisesErrors, type PremisesErrorCode } from "./premises.errors.js";
import { findManageableAddress, lockMemberFor, resolveTargetMember } from "./premises.service.js";
import type { AddAddressInput, RemoveAddressInput, UpdateAddressEligibilityInput } from "./premises.inputs.js";
import { toAddress, toInternetLine } from "./premises.mappers.js";
import { premisesRepository as repo, type NewAddress } from "./premises.repository.js";
import { PREMISES_LIMITS, text } from "./premises.rules.js";
import type { Address, InternetLine } from "./premises.types.js";

const LINE_MAX = 120;
const LABEL_MAX = 60;

export interface RemovedAddress {
  address: Address;
  removedLines: InternetLine[];
  optionEnded: boolean;
}

export const addressesService = {
  /** ADR-1 (one main address), ADR-2 (at most 5 extra sites), ZON-2 (inside the zone). */
  async add(ctx: Context, input: AddAddressInput): Promise<Result<Address, PremisesErrorCode>> {
    const target = resolveTargetMember(ctx, input.memberId);
    if (!target.ok) return target;
    const memberId = target.value;
    const fields = await validateAddress(ctx, input);
    if (!fields.ok) return fields;

    try {
      const result = await transact(ctx, async (tx): Promise<Result<Address, PremisesErrorCode>> => {
        // Lock, count, insert: concurrent adds for one member queue on this lock, so the count is exact.
        const member = await lockMemberFor(tx, memberId, "adding");
        if (!member.ok) return member;
        const active = await repo.countActiveAddresses(tx, memberId, input.kind);
        if (input.kind === "MAIN" && active > 0) return fail(premisesErrors.error("MAIN_ADDRESS_EXISTS", ["input", "kind"]));
        if (input.kind === "EXTRA_SITE" && active >= PREMISES_LIMITS.extraSites) {
          return fail(premisesErrors.error("EXTRA_SITES_LIMIT", ["input", "kind"], { limit: PREMISES_LIMITS.extraSites }));
        }
        const row = await repo.insertAddress(tx, { ...fields.value, memberId, kind: input.kind, createdAt: ctx.clock.now() });
        await recordAudit(tx, ctx, {
          operation: "addAddress",
          onBehalfOfMemberId: memberId,
          targetIds: [row.id],
          details: { kind: row.kind, postalCode: row.postalCode, commune: row.commune },
        });
        return ok(toAddress(row));
      });
      if (result.ok) ctx.loaders.premises.activeAddressesByMemberId.clear(memberId);
      return result;
    } catch (error) {
      // The partial unique index is the last guard of ADR-1, should a path ever skip the lock.
      if (sqlState(error) === "23505" && constraintName(error) === "addresses_one_main_per_member") {
        return fail(premisesErrors.error("MAIN_ADDRESS_EXISTS", ["input", "kind"]));
      }
      throw error;
    }
  },

  /** Removes the address and its lines; OPT-3 ends the option in the same transaction if no eligible line is left. */
  async remove(ctx: Context, input: RemoveAddressInput): Promise<Result<RemovedAddress, PremisesErrorCode>> {
    const field = ["input", "addressId"];
    const found = await findManageableAddress(ctx, input.addressId, field);
    if (!found.ok) return found;
    const { id, memberId } = found.value;

    const result = await transact(ctx, async (tx): Promise<Result<RemovedAddress, PremisesErrorCode>> => {
      const member = await lockMemberFor(tx, memberId, "changing");
      if (!member.ok) return member;
      const current = await repo.addressById(tx, id);
      if (!current || current.removedAt) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
      const now = ctx.clock.now();
      const lines = await repo.removeActiveLinesOfAddress(tx, id, now);
      const address = await repo.removeAddress(tx, id, now);
      await recordAudit(tx, ctx, {
        operation: "removeAddress",
        onBehalfOfMemberId: memberId,
        targetIds: [id, ...lines.map((l) => l.id)],
        details: { kind: address.kind, removedLineIds: lines.map((l) => l.id) },
      });
      const ended = await reconcileOption(tx, ctx, memberId);
      return ok({ address: toAddress(address), removedLines: lines.map(toInternetLine), optionEnded: ended !== null });
    });
    if (result.ok) clearAddress(ctx, memberId, id);
    return result;
  },

  /** The desk records Orange's fiber/ADSL eligibility test (OPT-1 needs one of them). */
  async updateEligibility(ctx: Context, input: UpdateAddressEligibilityInput): Promise<Result<Address, PremisesErrorCode>> {
    const field = ["input", "addressId"];
    if (!policies.recordEligibilityTest(ctx.actor)) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
    const found = await findManageableAddress(ctx, input.addressId, field);
    if (!found.ok) return found;
    const changes: { fiberEligible?: boolean; adslEligible?: boolean } = {};
    if (input.fiberEligible != null) changes.fiberEligible = input.fiberEligible;
    if (input.adslEligible != null) changes.adslEligible = input.adslEligible;
    if (Object.keys(changes).length === 0) return fail(premisesErrors.error("NOTHING_TO_UPDATE", ["input"]));
    const { id, memberId } = found.value;

    const result = await transact(ctx, async (tx): Promise<Result<Address, PremisesErrorCode>> => {
      const member = await lockMemberFor(tx, memberId, "changing");
      if (!member.ok) return member;
      const current = await repo.addressById(tx, id);
      if (!current || current.removedAt) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
      const row = await repo.updateAddress(tx, id, changes);
      await recordAudit(tx, ctx, {
        operation: "updateAddressEligibility",
        onBehalfOfMemberId: memberId,
        targetIds: [id],
        details: { ...changes },
      });
      return ok(toAddress(row));
    });
    if (result.ok) clearAddress(ctx, memberId, id);
    return result;
  },
};

function clearAddress(ctx: Context, memberId: string, addressId: string): void {
  const loaders = ctx.loaders.premises;
  loaders.activeAddressesByMemberId.clear(memberId);
  loaders.activeLinesByAddressId.clear(addressId);
  loaders.addressById.clear(addressId);
}

type AddressFields = Pick<NewAddress, "label" | "line1" | "line2" | "postalCode" | "commune" | "fiberEligible" | "adslEligible">;

/** Every problem at once: text fields, then the zone (ZON-2: home services only at an address inside it). */
async function validateAddress(ctx: Context, input: AddAddressInput): Promise<Result<AddressFields, PremisesErrorCode>> {
  const errors: DomainError<PremisesErrorCode>[] = [];
  const label = text(input.label, LABEL_MAX, ["input", "label"], errors);
  const line1 = text(input.line1, LINE_MAX, ["input", "line1"], errors, true);
  const line2 = text(input.line2, LINE_MAX, ["input", "line2"], errors);
  const zone = await zoneService.check(ctx.db, input.postalCode.slice(0, 10), input.commune.slice(0, 100), ["input"]);
  if (!zone.ok) errors.push(...zone.errors.map((e) => premisesErrors.error(e.code, e.field, e.params)));
  if (errors.length || !zone.ok || line1 === null) return fail(...errors);
  return ok({
    label,
    line1,
    line2,
    postalCode: zone.value.postalCode,
    commune: zone.value.commune,
    fiberEligible: input.fiberEligible,
    adslEligible: input.adslEligible,
  });
}
