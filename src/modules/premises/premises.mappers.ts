import { memberNodeIds } from "../../shared/relay.js";
import type { AddressRow, LineRow } from "./premises.repository.js";
import { ineligibilityReason } from "./premises.rules.js";
import { Address, InternetLine } from "./premises.types.js";

/** The one place rows become GraphQL objects. */
export function toAddress(row: AddressRow): Address {
  return Object.assign(new Address(), {
    ...memberNodeIds("Address", row),
    kind: row.kind,
    label: row.label,
    line1: row.line1,
    line2: row.line2,
    postalCode: row.postalCode,
    commune: row.commune,
    fiberEligible: row.fiberEligible,
    adslEligible: row.adslEligible,
    createdAt: row.createdAt,
    removedAt: row.removedAt,
  });
}

export function toInternetLine(row: LineRow): InternetLine {
  const reason = ineligibilityReason(row);
  return Object.assign(new InternetLine(), {
    ...memberNodeIds("InternetLine", row),
    addressRawId: row.addressId,
    operator: row.operator,
    offer: row.offer,
    technology: row.technology,
    reference: row.reference,
    eligible: reason === null,
    ineligibilityReason: reason,
    createdAt: row.createdAt,
    removedAt: row.removedAt,
  });
}
