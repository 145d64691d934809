import type { Context } from "../../context.js";
import { constraintName, fail, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { memberCommand, textField } from "../../shared/mutation.js";
import { premisesPolicies as policies } from "./premises.policies.js";
import { reconcileOption } from "../options/index.js";
import { zoneService } from "../zone/index.js";
import { premisesErrors, type PremisesErrorCode } from "./premises.errors.js";
import { findManageableAddress } from "./premises.service.js";
import type { AddAddressInput, RemoveAddressInput, UpdateAddressEligibilityInput } from "./premises.inputs.js";
import { toAddress, toInternetLine } from "./premises.mappers.js";
import { premisesRepository as repo, type NewAddress } from "./premises.repository.js";
import { PREMISES_LIMITS } from "./premises.rules.js";
import type { Address, InternetLine } from "./premises.types.js";

const LINE_MAX = 120;
const LABEL_MAX = 60;
const text = textField<PremisesErrorCode>(premisesErrors);

export interface RemovedAddress {
  address: Address;
  removedLines: InternetLine[];
  optionEnded: boolean;
}

/** The one lock order of the module: member first. Adding needs an open membership (MEM-2); removing and changing do not. */
const OPEN = { open: "MEMBERSHIP_CLOSED", notRestricted: "PROCESSING_RESTRICTED" } as const;
/** GDP-1: staff do not change addresses under the member's restriction of account data. */
const NOT_RESTRICTED = { notRestricted: "PROCESSING_RESTRICTED" } as const;

export const addressesService = {
  /** ADR-1 (one main address), ADR-2 (at most 5 extra sites), ZON-2 (inside the zone). */
  async add(ctx: Context, input: AddAddressInput): Promise<Result<Address, PremisesErrorCode>> {
    const fields = await validateAddress(ctx, input);
    if (!fields.ok) return fields;
    const member = { globalId: input.memberId, mayActFor: policies.manage };
    const options = { operation: "addAddress", errors: premisesErrors, member, requires: OPEN, onDatabaseError: mainAddressExists };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      // Under the member lock: concurrent adds for one member queue, so the count is exact.
      const active = await repo.countActiveAddresses(tx, member.id, input.kind);
      if (input.kind === "MAIN" && active > 0) return fail(premisesErrors.error("MAIN_ADDRESS_EXISTS", ["input", "kind"]));
      if (input.kind === "EXTRA_SITE" && active >= PREMISES_LIMITS.extraSites) {
        return fail(premisesErrors.error("EXTRA_SITES_LIMIT", ["input", "kind"], { limit: PREMISES_LIMITS.extraSites }));
      }
      const row = await repo.insertAddress(tx, { ...fields.value, memberId: member.id, kind: input.kind, createdAt: ctx.clock.now() });
      await audit({ targetIds: [row.id], details: { kind: row.kind, postalCode: row.postalCode, commune: row.commune } });
      return ok(toAddress(row));
    });
  },

  /** Removes the address and its lines; OPT-3 ends the option in the same transaction if no eligible line is left. */
  async remove(ctx: Context, input: RemoveAddressInput): Promise<Result<RemovedAddress, PremisesErrorCode>> {
    const field = ["input", "addressId"];
    const found = await findManageableAddress(ctx, input.addressId, field);
    if (!found.ok) return found;
    const { id, memberId } = found.value;
    return memberCommand(ctx, { operation: "removeAddress", errors: premisesErrors, member: { id: memberId }, requires: NOT_RESTRICTED }, async ({ tx, audit }) => {
      const current = await repo.addressById(tx, id);
      if (!current || current.removedAt) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
      const now = ctx.clock.now();
      const lines = await repo.removeActiveLinesOfAddress(tx, id, now);
      const address = await repo.removeAddress(tx, id, now);
      await audit({ targetIds: [id, ...lines.map((l) => l.id)], details: { kind: address.kind, removedLineIds: lines.map((l) => l.id) } });
      const ended = await reconcileOption(tx, ctx, memberId);
      return ok({ address: toAddress(address), removedLines: lines.map(toInternetLine), optionEnded: ended !== null });
    });
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
    return memberCommand(ctx, { operation: "updateAddressEligibility", errors: premisesErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const current = await repo.addressById(tx, id);
      if (!current || current.removedAt) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
      const row = await repo.updateAddress(tx, id, changes);
      await audit({ targetIds: [id], details: { ...changes } });
      return ok(toAddress(row));
    });
  },
};

/** The partial unique index is the last guard of ADR-1, should a path ever skip the member lock. */
function mainAddressExists(error: unknown) {
  const violated = sqlState(error) === "23505" && constraintName(error) === "addresses_one_main_per_member";
  return violated ? premisesErrors.error("MAIN_ADDRESS_EXISTS", ["input", "kind"]) : null;
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
