import type { DomainError } from "../../shared/errors.js";
import { textField } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { airboxErrors, type AirboxErrorCode } from "./airbox.errors.js";
import type { AirboxDeviceInput } from "./airbox.inputs.js";
import type { AirboxRow } from "./airbox.repository.js";

export type Err = DomainError<AirboxErrorCode>;

/** AIR-1..3: the Airbox backup offer, in one place. */
export const AIRBOX_OFFER = {
  /** AIR-2: shared data activated on the SIM for an incident. */
  simDataAllowanceGb: 200,
  /** AIR-3: the service-hours key of the technician slots (Mon–Fri 08:00–20:00). */
  technicianService: "AIRBOX_TECHNICIAN",
} as const;

/** AIR-1: a serial number as printed on the box: letters, digits and hyphens, upper-cased, spaces dropped. */
export function normaliseSerial(raw: string): string | null {
  if (raw.length > 100) return null;
  const value = raw.replace(/\s+/g, "").toUpperCase();
  return /^[A-Z0-9-]{4,40}$/.test(value) ? value : null;
}

/**
 * AIR-1: a SIM ICCID (ITU-T E.118): "89" (telecom) then digits, 18 to 20 in all, the last one a
 * Luhn check digit. Spaces are dropped.
 */
export function normaliseIccid(raw: string): string | null {
  if (raw.length > 100) return null;
  const value = raw.replace(/\s+/g, "");
  return /^89[0-9]{16,18}$/.test(value) && luhnValid(value) ? value : null;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** AIR-2: after inadequate use, no intervention at all. */
export function inadequateUse(airbox: AirboxRow, field: string[] | null = ["input"]): Err | null {
  return airbox.inadequateUseAt ? airboxErrors.error("INADEQUATE_USE", field, { at: parisDate(airbox.inadequateUseAt) }) : null;
}

/** AIR-1: serial number and ICCID, normalised; every problem at once. */
export function validateDevice(device: AirboxDeviceInput, field: string[], errors: Err[]): { serialNumber: string; simIccid: string } | null {
  const serialNumber = normaliseSerial(device.serialNumber);
  const simIccid = normaliseIccid(device.simIccid);
  if (!serialNumber) errors.push(airboxErrors.error("INVALID_SERIAL", [...field, "serialNumber"]));
  if (!simIccid) errors.push(airboxErrors.error("INVALID_ICCID", [...field, "simIccid"]));
  return serialNumber && simIccid ? { serialNumber, simIccid } : null;
}

/** Trimmed text within `max` characters, or INVALID_TEXT. */
export const text = textField<AirboxErrorCode>(airboxErrors);
