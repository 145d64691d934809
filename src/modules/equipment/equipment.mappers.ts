import { splitTtc } from "../../shared/money.js";
import { toGlobalId } from "../../shared/relay.js";
import type { EquipmentPurchaseRow } from "./equipment.repository.js";
import { EquipmentPurchase } from "./equipment.types.js";

export function toEquipmentPurchase(row: EquipmentPurchaseRow): EquipmentPurchase {
  const total = splitTtc(row.quantity * row.unitTtcCents);
  return Object.assign(new EquipmentPurchase(), {
    id: toGlobalId("EquipmentPurchase", row.id),
    rawId: row.id,
    memberRawId: row.memberId,
    label: row.label,
    quantity: row.quantity,
    unitTtcCents: row.unitTtcCents,
    totalTtcCents: total.ttcCents,
    totalHtCents: total.htCents,
    totalVatCents: total.vatCents,
    orderedAt: row.orderedAt,
    recordedByRole: row.recordedByRole,
  });
}
