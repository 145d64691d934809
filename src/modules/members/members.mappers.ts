import { memberNodeIds, nodeIds } from "../../shared/relay.js";
import type { DelegateRow, MemberRow, PayerRow, StaffUserRow } from "./members.repository.js";
import { Delegate, LegalEntity, Member, Payer, PostalAddress, StaffUser } from "./members.types.js";

/** MEM-3: an honorary member rejoins without the entry fee twice. */
export const MAX_FREE_REJOINS = 2;

/** The one place rows become GraphQL objects: internal columns never leak by accident. */
export function toMember(row: MemberRow): Member {
  return Object.assign(new Member(), {
    ...nodeIds("Member", row.id),
    status: row.status,
    lastName: row.lastName,
    firstName: row.firstName,
    birthDate: row.birthDate,
    nationality: row.nationality,
    email: row.email,
    phone: row.phone,
    postalAddress: Object.assign(new PostalAddress(), {
      line1: row.addressLine1,
      line2: row.addressLine2,
      postalCode: row.postalCode,
      commune: row.commune,
    }),
    legalEntity: row.companyName && row.siren ? Object.assign(new LegalEntity(), { companyName: row.companyName, siren: row.siren }) : null,
    honorary: row.honorary,
    freeRejoinsRemaining: MAX_FREE_REJOINS - row.freeRejoinsUsed,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export function toDelegate(row: DelegateRow): Delegate {
  return Object.assign(new Delegate(), {
    ...memberNodeIds("Delegate", row),
    lastName: row.lastName,
    firstName: row.firstName,
    email: row.email,
    phone: row.phone,
    since: row.createdAt,
    notifiedVia: row.notifiedVia,
    registeredByRole: row.registeredByRole,
    registeredByRawId: row.registeredById,
    revokedAt: row.revokedAt,
  });
}

export function toPayer(row: PayerRow): Payer {
  return Object.assign(new Payer(), {
    ...memberNodeIds("Payer", row),
    kind: row.kind,
    displayName: row.displayName,
    email: row.email,
    billingAddress: row.billingAddress,
  });
}

export function toStaffUser(row: StaffUserRow): StaffUser {
  return Object.assign(new StaffUser(), {
    ...nodeIds("StaffUser", row.id),
    role: row.role,
    displayName: row.displayName,
    email: row.email,
  });
}
