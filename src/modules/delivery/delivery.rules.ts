import type { members } from "../../../db/schema/members.js";
import type { DELIVERY_CHANNELS } from "../../../db/schema/billing.js";
import { checkPostalCode } from "../../shared/contact.js";

export type DeliveryChannelValue = (typeof DELIVERY_CHANNELS)[number];

/** The member fields the delivery choice reads. */
export type DeliveryMember = Pick<typeof members.$inferSelect, "email" | "hasInternetAccess" | "addressLine1" | "addressLine2" | "postalCode" | "commune">;

export type InvoiceDeliveryChoice =
  | { ok: true; channel: DeliveryChannelValue; destination: string }
  | { ok: false; channel: "POST"; rule: "BIL-5"; problem: "POSTAL_ADDRESS_INVALID" };

const POSTAL_CODE = /^[0-9]{5}$/;

/**
 * BIL-5: a postal address a letter can reach: a street line (with at least one letter), a French
 * postal code and its commune as found in the national base (codes-postaux). Interpretation: the zone check (ZON-1) is not repeated here:
 * the address is the member's domicile, already checked when they joined.
 */
export function postalAddressIsValid(m: Pick<DeliveryMember, "addressLine1" | "postalCode" | "commune">): boolean {
  const line1 = m.addressLine1.trim();
  const commune = m.commune.trim();
  return (
    line1.length >= 3 &&
    /\p{L}/u.test(line1) &&
    POSTAL_CODE.test(m.postalCode.trim()) &&
    commune.length >= 1 &&
    /\p{L}/u.test(commune) &&
    checkPostalCode(m.postalCode.trim(), commune).ok
  );
}

/** The address on one line, as on an envelope: `12 rue de Rivoli, Bât. B, 75004 Paris`. */
export function postalAddressLine(m: Pick<DeliveryMember, "addressLine1" | "addressLine2" | "postalCode" | "commune">): string {
  return [m.addressLine1.trim(), m.addressLine2?.trim(), `${m.postalCode.trim()} ${m.commune.trim()}`].filter(Boolean).join(", ");
}

/**
 * BIL-5: where a member's invoices go. By email to the member's address; by post when the member
 * has no internet access, and then only to a valid postal address: otherwise a BIL-5 problem,
 * which the invoice run reports rather than sending an invoice nowhere. Pure: no I/O.
 */
export function invoiceDeliveryFor(member: DeliveryMember): InvoiceDeliveryChoice {
  if (member.hasInternetAccess) return { ok: true, channel: "EMAIL", destination: member.email };
  if (!postalAddressIsValid(member)) return { ok: false, channel: "POST", rule: "BIL-5", problem: "POSTAL_ADDRESS_INVALID" };
  return { ok: true, channel: "POST", destination: postalAddressLine(member) };
}
