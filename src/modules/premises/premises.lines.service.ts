import type { Context } from "../../context.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { memberCommand, textField } from "../../shared/mutation.js";
import { reconcileOption } from "../options/index.js";
import { premisesErrors, type PremisesErrorCode } from "./premises.errors.js";
import { findManageableAddress, findManageableLine } from "./premises.service.js";
import type { AddInternetLineInput, RemoveInternetLineInput } from "./premises.inputs.js";
import { toInternetLine } from "./premises.mappers.js";
import { premisesRepository as repo } from "./premises.repository.js";
import { PREMISES_LIMITS, ineligibilityReason, isSamePerson } from "./premises.rules.js";
import type { InternetLine } from "./premises.types.js";

const REFERENCE_MAX = 40;
const NAME_MAX = 100;
const text = textField<PremisesErrorCode>(premisesErrors);

export interface RemovedLine {
  line: InternetLine;
  optionEnded: boolean;
}

export const linesService = {
  /**
   * LIN-1..3: a line at one of the member's active addresses, in the member's name, at most 2 per
   * address. LIN-2 incompatible lines are recorded, never eligible.
   */
  async add(ctx: Context, input: AddInternetLineInput): Promise<Result<InternetLine, PremisesErrorCode>> {
    const addressField = ["input", "addressId"];
    const found = await findManageableAddress(ctx, input.addressId, addressField);
    if (!found.ok) return found;
    const { id: addressId, memberId } = found.value;

    const errors: DomainError<PremisesErrorCode>[] = [];
    const reference = text(input.reference, REFERENCE_MAX, ["input", "reference"], errors);
    const holder = {
      lastName: text(input.holder.lastName, NAME_MAX, ["input", "holder", "lastName"], errors, true) ?? "",
      firstName: text(input.holder.firstName, NAME_MAX, ["input", "holder", "firstName"], errors, true) ?? "",
    };
    if (errors.length) return fail(...errors);

    // Member first (the module's one lock order), then count the address's lines and insert.
    const options = { operation: "addInternetLine", errors: premisesErrors, member: { id: memberId }, requires: { open: "MEMBERSHIP_CLOSED" } } as const;
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      const address = await repo.addressById(tx, addressId);
      if (!address || address.removedAt) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", addressField));
      if (!isSamePerson(holder, member)) {
        return fail(premisesErrors.error("HOLDER_NOT_MEMBER", ["input", "holder"], { memberName: `${member.firstName} ${member.lastName}` }));
      }
      if ((await repo.countActiveLines(tx, addressId)) >= PREMISES_LIMITS.linesPerAddress) {
        return fail(premisesErrors.error("LINES_PER_ADDRESS_LIMIT", addressField, { limit: PREMISES_LIMITS.linesPerAddress }));
      }
      const row = await repo.insertLine(tx, {
        memberId,
        addressId,
        operator: input.operator,
        offer: input.offer,
        technology: input.technology,
        reference,
        createdAt: ctx.clock.now(),
      });
      await audit({
        targetIds: [row.id, addressId],
        details: { operator: row.operator, offer: row.offer, technology: row.technology, ineligibilityReason: ineligibilityReason(row) },
      });
      return ok(toInternetLine(row));
    });
  },

  /** OPT-3: when this was the member's last eligible line, the option ends in the same transaction. */
  async remove(ctx: Context, input: RemoveInternetLineInput): Promise<Result<RemovedLine, PremisesErrorCode>> {
    const field = ["input", "lineId"];
    const found = await findManageableLine(ctx, input.lineId, field);
    if (!found.ok) return found;
    const { id, memberId, addressId } = found.value;

    return memberCommand(ctx, { operation: "removeInternetLine", errors: premisesErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const current = await repo.lineById(tx, id);
      if (!current || current.removedAt) return fail(premisesErrors.error("LINE_NOT_FOUND", field));
      const line = await repo.removeLine(tx, id, ctx.clock.now());
      await audit({ targetIds: [id, addressId], details: { eligible: ineligibilityReason(line) === null } });
      const ended = await reconcileOption(tx, ctx, memberId);
      return ok({ line: toInternetLine(line), optionEnded: ended !== null });
    });
  },
};
