import { normaliseEmail, normaliseFrenchPhone } from "../../shared/contact.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { isAdultOn, isCalendarDate } from "./membership.dates.js";
import { membershipErrors, type MembershipErrorCode } from "./membership.errors.js";
import type { SubmitCandidacyInput } from "./membership.inputs.js";

/** Input checks of the membership module: pure functions, every problem reported at once. */

export const NAME_MAX = 100;
export const ADDRESS_LINE_MAX = 120;
export const COMPANY_NAME_MAX = 200;
export const REASON_MAX = 2000;
export const PAYER_FIELD_MAX = 300;

type Errors = DomainError<MembershipErrorCode>[];

/** MEM-1: a SIREN is 9 digits whose Luhn sum is a multiple of 10. */
export function isValidSiren(siren: string): boolean {
  if (!/^[0-9]{9}$/.test(siren)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function checkName(value: string, field: string[], errors: Errors): string {
  const name = value.trim();
  if (name.length === 0 || name.length > NAME_MAX) errors.push(membershipErrors.error("INVALID_NAME", field, { max: NAME_MAX }));
  return name;
}

export function checkEmail(value: string, field: string[], errors: Errors): string {
  const email = normaliseEmail(value);
  if (!email) errors.push(membershipErrors.error("INVALID_EMAIL", field));
  return email ?? "";
}

export function checkPhone(value: string, field: string[], errors: Errors): string {
  const phone = normaliseFrenchPhone(value);
  if (!phone) errors.push(membershipErrors.error("INVALID_PHONE", field));
  return phone ?? "";
}

/** A free-text value of 1..max characters, trimmed. */
export function checkText(value: string | null | undefined, max: number, onError: () => void): string | null {
  const text = value?.trim() ?? "";
  if (text.length === 0 || text.length > max) {
    onError();
    return null;
  }
  return text;
}

export interface CandidateData {
  lastName: string;
  firstName: string;
  birthDate: string;
  nationality: string | null;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string | null;
  companyName: string | null;
  siren: string | null;
}

/** MEM-1 identification data, except the address's zone check (which needs the database). */
export function validateCandidate(input: SubmitCandidacyInput, today: string): Result<CandidateData, MembershipErrorCode> {
  const errors: Errors = [];
  const lastName = checkName(input.lastName, ["input", "lastName"], errors);
  const firstName = checkName(input.firstName, ["input", "firstName"], errors);
  if (!isCalendarDate(input.birthDate) || input.birthDate < "1900-01-01" || input.birthDate > today) {
    errors.push(membershipErrors.error("INVALID_BIRTH_DATE", ["input", "birthDate"]));
  } else if (!isAdultOn(input.birthDate, today)) {
    errors.push(membershipErrors.error("NOT_AN_ADULT", ["input", "birthDate"]));
  }
  const nationality = input.nationality?.trim().toUpperCase() || null;
  if (nationality && !/^[A-Z]{2}$/.test(nationality)) errors.push(membershipErrors.error("INVALID_NATIONALITY", ["input", "nationality"]));
  const email = checkEmail(input.email, ["input", "email"], errors);
  const phone = checkPhone(input.phone, ["input", "phone"], errors);
  const addressLine1 = input.postalAddress.line1.trim();
  const addressLine2 = input.postalAddress.line2?.trim() || null;
  if (addressLine1.length === 0 || addressLine1.length > ADDRESS_LINE_MAX) {
    errors.push(membershipErrors.error("INVALID_ADDRESS_LINE", ["input", "postalAddress", "line1"], { max: ADDRESS_LINE_MAX }));
  }
  if (addressLine2 && addressLine2.length > ADDRESS_LINE_MAX) {
    errors.push(membershipErrors.error("INVALID_ADDRESS_LINE", ["input", "postalAddress", "line2"], { max: ADDRESS_LINE_MAX }));
  }
  let companyName: string | null = null;
  let siren: string | null = null;
  if (input.legalEntity) {
    companyName = checkText(input.legalEntity.companyName, COMPANY_NAME_MAX, () =>
      errors.push(membershipErrors.error("INVALID_COMPANY_NAME", ["input", "legalEntity", "companyName"], { max: COMPANY_NAME_MAX })),
    );
    siren = input.legalEntity.siren.replace(/\s+/g, "");
    if (!isValidSiren(siren)) errors.push(membershipErrors.error("INVALID_SIREN", ["input", "legalEntity", "siren"]));
  }
  if (errors.length) return fail(...errors);
  return ok({ lastName, firstName, birthDate: input.birthDate, nationality, email, phone, addressLine1, addressLine2, companyName, siren });
}
