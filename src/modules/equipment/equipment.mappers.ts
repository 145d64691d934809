import { splitTtc } from "../../shared/money.js";
import { memberNodeIds } from "../../shared/relay.js";
import type { EquipmentPurchaseRow } from "./equipment.repository.js";
import { EquipmentPurchase } from "./equipment.types.js";

export function toEquipmentPurchase(row: EquipmentPurchaseRow): EquipmentPurchase {
  return Object.assign(new EquipmentPurchase(), {
    ...memberNodeIds("EquipmentPurchase", row),
    label: row.label,
    quantity: row.quantity,
    unitTtcCents: row.unitTtcCents,
    totals: splitTtc(row.quantity * row.unitTtcCents),
    orderedAt: row.orderedAt,
    recordedByRole: row.recordedByRole,
  });
}
