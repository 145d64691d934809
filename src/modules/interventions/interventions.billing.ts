import type { InterventionChargeLine } from "../../../db/schema/interventions.js";
import type { Queryable } from "../../shared/db.js";
import type { BillingReason, InterventionKindValue } from "./interventions.pricing.js";
import { interventionsRepository as repo } from "./interventions.repository.js";

/** A DONE intervention to invoice, at the price stored when it was booked (or re-priced when it took a freed slot). */
export interface InterventionToBill {
  id: string;
  memberId: string;
  kind: InterventionKindValue;
  startsAt: Date;
  billingReason: BillingReason;
  inBusinessHours: boolean;
  /** The Annexe 1 items as quoted and accepted (TTC cents; out-of-hours rates carry the technician codes). */
  lines: InterventionChargeLine[];
  priceCents: number;
}

/**
 * BIL-1 / INT-3: what the monthly run invoices for interventions — the DONE ones of these members,
 * dated before `doneBefore`, that carry a price (booked beyond the 15 and accepted, or INT-7 coach
 * time) and are not invoiced yet; one statement for the batch. Billing never reclassifies: an
 * intervention booked as included is never returned, and a billable one is billed at the price the
 * member was shown and accepted (tariffs of the booking date). REFUSED ones (INT-4) are never
 * returned. The rows stay locked until the caller's transaction ends (see `lifecycleService.cancel`).
 */
export async function listInterventionsToBill(db: Queryable, params: { memberIds: string[]; doneBefore: Date }): Promise<InterventionToBill[]> {
  if (params.memberIds.length === 0) return [];
  const rows = await repo.toBill(db, params.memberIds, params.doneBefore);
  return rows.map((row) => ({
    id: row.id,
    memberId: row.memberId,
    kind: row.kind,
    startsAt: row.startsAt,
    billingReason: row.billingReason!,
    inBusinessHours: row.inBusinessHours,
    lines: row.chargeLines,
    priceCents: row.priceCents,
  }));
}
