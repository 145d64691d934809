import { actorRole, type Actor } from "../../authz/actor.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { optionsService } from "../options/index.js";
import { proErrors, type ProErrorCode } from "./pro.errors.js";
import type { BrickRow, ServiceRow } from "./pro.repository.js";

const isStaff = (actor: Actor, ...roles: string[]) => actor.kind === "staff" && roles.includes(actor.role);

const isDesk = (actor: Actor) => isStaff(actor, "DESK_AGENT");
const isAssignedTechnician = (actor: Actor, technicianId: string | null) =>
  actor.kind === "staff" && actor.role === "TECHNICIAN" && technicianId !== null && technicianId === actor.subjectId;

/**
 * Who may do what in Univers Pro: pure functions, used by the shield rules and the services alike.
 * AUT-3: the desk assigns the technician to a service request or a brick (assignProService-
 * Technician, assignProBrickTechnician); only that technician, or the desk, records its study or
 * review. Recording never makes a technician serve a member: the desk's assignment does.
 */
export const proPolicies = {
  /** Requests, decisions, brick subscriptions and terminations: the member, their delegate (MEM-4), the desk. */
  actForMember(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** PRO-1/PRO-3: the roles that may call the study and review mutations at all (shield); the assignment check follows. */
  recordStudy(actor: Actor): boolean {
    return isStaff(actor, "DESK_AGENT", "TECHNICIAN");
  },
  /** AUT-3: this study or review: the desk, or the technician the desk assigned to it. */
  recordOnCase(actor: Actor, technicianId: string | null): boolean {
    return isDesk(actor) || isAssignedTechnician(actor, technicianId);
  },
  /** PRO-1: assignments, quotes and installations are the desk's. */
  actForParnasse(actor: Actor): boolean {
    return isDesk(actor);
  },
  /** Whoever reads the member; a technician reads the requests assigned to him. */
  readService(actor: Actor, row: { memberId: string; technicianId: string | null }): boolean {
    return policies.readMember(actor, row.memberId) || isAssignedTechnician(actor, row.technicianId);
  },
  /** Whoever reads the member; a technician reads the bricks assigned to him. */
  readBrick(actor: Actor, row: { memberId: string; technicianId: string | null }): boolean {
    return policies.readMember(actor, row.memberId) || isAssignedTechnician(actor, row.technicianId);
  },
};

/** The technician the desk names: an active StaffUser with the TECHNICIAN role, or null. */
export async function namedTechnician(ctx: Context, globalId: string): Promise<string | null> {
  const id = idOfType(globalId, "StaffUser");
  const staff = id ? await ctx.loaders.members.staffUserById.load(id) : null;
  return staff && staff.role === "TECHNICIAN" && staff.disabledAt === null ? staff.id : null;
}

export function targetMember(ctx: Context, memberId: string | null | undefined): Result<string, ProErrorCode> {
  const t = resolveMemberTarget(ctx.actor, memberId, proPolicies.actForMember);
  return t.ok ? ok(t.memberId) : fail(proErrors.error(t.problem, ["input", "memberId"]));
}

/** PRO-1: Univers Pro is for active members registered with a legal entity, holding the Option Intérieur. */
export async function checkProMember(ctx: Context, memberId: string): Promise<Result<true, ProErrorCode>> {
  const member = await ctx.loaders.members.memberById.load(memberId);
  if (!member) return fail(proErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
  if (member.siren === null) return fail(proErrors.error("NOT_A_LEGAL_ENTITY", ["input", "memberId"]));
  if (member.status !== "ACTIVE") return fail(proErrors.error("MEMBERSHIP_NOT_ACTIVE", ["input", "memberId"]));
  const option = await optionsService.latestFor(ctx, memberId);
  if (!option || option.status === "ENDED") return fail(proErrors.error("OPTION_NOT_IN_FORCE", ["input", "memberId"]));
  if (await isServiceSuspended(ctx.db, memberId)) return fail(proErrors.error("SERVICE_SUSPENDED", ["input", "memberId"]));
  return ok(true);
}

export function text(raw: string, max: number, field: string[], errors: DomainError<ProErrorCode>[]): string {
  const value = raw.trim();
  if (value.length === 0 || value.length > max) errors.push(proErrors.error("INVALID_TEXT", field, { max }));
  return value;
}

export function actorIdOf(ctx: Context): string {
  if (ctx.actor.kind === "anonymous") throw new Error("a Univers Pro change needs an authenticated actor");
  return ctx.actor.subjectId;
}

export const roleOf = (ctx: Context) => actorRole(ctx.actor);

export type { BrickRow, ServiceRow };
