import { principalIsCurrent } from "../../authz/principal.js";
import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { memberCommand } from "../../shared/mutation.js";
import { addParisDays } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { equipmentErrors, type EquipmentErrorCode } from "./equipment.errors.js";
import type { RecordEquipmentPurchaseInput } from "./equipment.inputs.js";
import { toEquipmentPurchase } from "./equipment.mappers.js";
import { equipmentPolicies } from "./equipment.policies.js";
import { equipmentRepository as repo } from "./equipment.repository.js";
import type { EquipmentPurchase } from "./equipment.types.js";

export const EQUIPMENT_LIMITS = {
  labelMax: 200,
  quantityMax: 1000,
  /** 100 000 € TTC per unit: a sanity bound. */
  unitTtcMaxCents: 10_000_000,
  /** 1 000 000 € TTC per purchase (quantity × unit): stays far inside an integer column and an invoice. */
  totalTtcMaxCents: 100_000_000,
  /** Interpretation: a sale is recorded at most 60 days after the order (like other late recordings). */
  lookbackDays: 60,
} as const;

type Err = DomainError<EquipmentErrorCode>;

export const equipmentService = {
  /** BIL-1: records equipment sold to an active member; the next monthly invoice bills it once. */
  async record(ctx: Context, input: RecordEquipmentPurchaseInput): Promise<Result<EquipmentPurchase, EquipmentErrorCode>> {
    if (ctx.actor.kind !== "staff" || !equipmentPolicies.record(ctx.actor)) throw forbidden();
    const staffId = ctx.actor.subjectId;
    const memberId = idOfType(input.memberId, "Member");
    const errors: Err[] = [];
    if (!memberId) errors.push(equipmentErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
    const label = input.label.trim();
    if (label.length === 0 || label.length > EQUIPMENT_LIMITS.labelMax) {
      errors.push(equipmentErrors.error("INVALID_LABEL", ["input", "label"], { max: EQUIPMENT_LIMITS.labelMax }));
    }
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > EQUIPMENT_LIMITS.quantityMax) {
      errors.push(equipmentErrors.error("INVALID_QUANTITY", ["input", "quantity"], { max: EQUIPMENT_LIMITS.quantityMax }));
    }
    if (!Number.isInteger(input.unitTtcCents) || input.unitTtcCents < 1 || input.unitTtcCents > EQUIPMENT_LIMITS.unitTtcMaxCents) {
      errors.push(equipmentErrors.error("INVALID_AMOUNT", ["input", "unitTtcCents"], { max: EQUIPMENT_LIMITS.unitTtcMaxCents }));
    } else if (Number.isInteger(input.quantity) && input.quantity * input.unitTtcCents > EQUIPMENT_LIMITS.totalTtcMaxCents) {
      errors.push(equipmentErrors.error("TOTAL_TOO_LARGE", ["input", "quantity"], { max: EQUIPMENT_LIMITS.totalTtcMaxCents }));
    }
    const now = ctx.clock.now();
    const orderedAt = input.orderedAt ?? now;
    if (orderedAt > now) errors.push(equipmentErrors.error("ORDERED_IN_FUTURE", ["input", "orderedAt"]));
    else if (orderedAt < addParisDays(now, -EQUIPMENT_LIMITS.lookbackDays)) {
      errors.push(equipmentErrors.error("ORDER_TOO_OLD", ["input", "orderedAt"], { days: EQUIPMENT_LIMITS.lookbackDays }));
    }
    if (errors.length || !memberId) return fail(...errors);

    // The member row lock orders this with a termination of the membership. BIL-1: "active" is
    // checked here, not declared, because its message names the member's status.
    return memberCommand(ctx, { operation: "recordEquipmentPurchase", errors: equipmentErrors, member: { id: memberId } }, async ({ tx, member, audit }) => {
      if (member.status !== "ACTIVE") return fail(equipmentErrors.error("MEMBER_NOT_ACTIVE", ["input", "memberId"], { status: member.status }));
      const row = await repo.insert(tx, {
        memberId,
        label,
        quantity: input.quantity,
        unitTtcCents: input.unitTtcCents,
        orderedAt,
        recordedByRole: actorRole(ctx.actor),
        recordedById: staffId,
      });
      await audit({ targetIds: [row.id], details: { label, quantity: row.quantity, unitTtcCents: row.unitTtcCents } });
      return ok(toEquipmentPurchase(row));
    });
  },

  /** A member's purchases, oldest first; empty for whoever may not read them (second barrier). */
  async forMember(ctx: Context, memberId: string): Promise<EquipmentPurchase[]> {
    if (!equipmentPolicies.read(ctx.actor, memberId)) return [];
    return (await ctx.loaders.equipment.purchasesByMemberId.load(memberId)).map(toEquipmentPurchase);
  },

  /** BILLING (who cannot reach Member objects) reads a member's purchases by id. */
  async byMemberGlobalId(ctx: Context, memberGlobalId: string): Promise<EquipmentPurchase[]> {
    const memberId = idOfType(memberGlobalId, "Member");
    return memberId ? equipmentService.forMember(ctx, memberId) : [];
  },

  async node(ctx: Context, id: string): Promise<EquipmentPurchase | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const row = await ctx.loaders.equipment.purchaseById.load(id);
    return row && equipmentPolicies.read(ctx.actor, row.memberId) ? toEquipmentPurchase(row) : null;
  },
};
