import type { Actor } from "../../authz/actor.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { fail, forbidden, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { airboxErrors, type AirboxErrorCode } from "./airbox.errors.js";
import type { AirboxDeviceInput } from "./airbox.inputs.js";
import { airboxRepository as repo, type AirboxRow } from "./airbox.repository.js";
import type { Queryable } from "../../shared/db.js";
import { optionsRepository } from "../options/index.js";
import { normaliseIccid, normaliseSerial } from "./airbox.rules.js";

export type Err = DomainError<AirboxErrorCode>;

const isDesk = (actor: Actor) => actor.kind === "staff" && actor.role === "DESK_AGENT";

/**
 * AUT-3: does this technician serve the member? The one relation of links the desk created
 * (membersServedBy: an intervention he performs, an Airbox repair or incident, a Univers Pro
 * request or brick assigned to him), through the request's DataLoader: one statement per
 * technician, whatever the size of the list being read.
 */
function technicianServes(ctx: Context, memberId: string): Promise<boolean> {
  const { actor } = ctx;
  if (actor.kind !== "staff" || actor.role !== "TECHNICIAN") return Promise.resolve(false);
  return ctx.loaders.quotes.servedByTechnician.load(`${actor.subjectId}|${memberId}`);
}

/**
 * Who may do what with Airboxes (AIR-1..3, AUT-2/AUT-3). Assigning a technician is the desk's act;
 * a technician acts only on the cases the desk assigned to him and reads only the members he serves.
 */
export const airboxPolicies = {
  /** The member, their delegate and the desk; a technician only the members he serves (serial and ICCID are personal data). */
  async read(ctx: Context, memberId: string): Promise<boolean> {
    return policies.readMember(ctx.actor, memberId) || technicianServes(ctx, memberId);
  },
  /** AIR-2/AIR-3: incidents and faults are declared to the Desk by the member, their delegate, or the desk itself. */
  declare(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** The roles that may call the staff mutations at all (shield); the case or member check follows in the service. */
  serve(actor: Actor): boolean {
    return actor.kind === "staff" && (actor.role === "DESK_AGENT" || actor.role === "TECHNICIAN");
  },
  /** AIR-3 remote diagnosis, technician slots, and assigning an incident: the desk's acts. */
  dispatch(actor: Actor): boolean {
    return isDesk(actor);
  },
  /** AUT-3: an incident or a repair: the desk, or the technician the desk assigned to it. */
  actOnCase(actor: Actor, technicianId: string | null): boolean {
    if (isDesk(actor)) return true;
    return actor.kind === "staff" && actor.role === "TECHNICIAN" && technicianId !== null && technicianId === actor.subjectId;
  },
  /** AUT-3: the Airbox itself (AIR-1 handover, AIR-2 inadequate use): the desk, or a technician who serves the member. */
  async actOnMember(ctx: Context, memberId: string): Promise<boolean> {
    return isDesk(ctx.actor) || technicianServes(ctx, memberId);
  },
};

/** The member a declaration is for: MEMBER/DELEGATE their own; the desk names one. */
export function declaringMember(ctx: Context, memberGlobalId: string | null | undefined): Result<string, AirboxErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberGlobalId, airboxPolicies.declare);
  return t.ok ? ok(t.memberId) : fail(airboxErrors.error(t.problem, ["input", "memberId"]));
}

/** Second barrier behind the shield rule of the staff mutations. */
export function requireServingStaff(ctx: Context): void {
  if (!airboxPolicies.serve(ctx.actor)) throw forbidden();
}

/** Second barrier behind the shield rule of the desk-only mutations. */
export function requireDispatcher(ctx: Context): void {
  if (!airboxPolicies.dispatch(ctx.actor)) throw forbidden();
}

/** The technician the desk names: an active StaffUser with the TECHNICIAN role, or null. */
export async function namedTechnician(ctx: Context, globalId: string): Promise<string | null> {
  const id = idOfType(globalId, "StaffUser");
  const staff = id ? await ctx.loaders.members.staffUserById.load(id) : null;
  return staff && staff.role === "TECHNICIAN" && staff.disabledAt === null ? staff.id : null;
}

export function actorId(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw forbidden();
  return ctx.actor.subjectId;
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

export function text(raw: string | null | undefined, max: number, field: string[], errors: Err[], required = false): string | null {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > max) {
    errors.push(airboxErrors.error("INVALID_TEXT", field, { max }));
    return null;
  }
  return value.length ? value : null;
}

/**
 * AIR-2/AIR-3 and OPT-3: the Airbox backup is a service of the option. Checked under the member
 * lock: an ACTIVE member whose option is in force, or the refusal.
 */
export async function servedMember(tx: Queryable, memberId: string, now: Date): Promise<Err | null> {
  const locked = await repo.lockMember(tx, memberId);
  if (!locked) return airboxErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]);
  if (locked.status !== "ACTIVE" || !(await optionsRepository.inForce(tx, memberId, now))) return airboxErrors.error("NOT_SERVED", ["input"]);
  if (await isServiceSuspended(tx, memberId)) return airboxErrors.error("SERVICE_SUSPENDED", ["input"]);
  return null;
}
