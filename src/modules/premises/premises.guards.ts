import { policies } from "../../authz/policies.js";
import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { resolveMemberTarget } from "../../shared/member-target.js";
import { idOfType } from "../../shared/relay.js";
import { premisesErrors, type PremisesErrorCode } from "./premises.errors.js";
import { premisesRepository as repo, type AddressRow, type LineRow, type LockedMember } from "./premises.repository.js";

/** Who may change which member's premises, and the checks every premises transaction starts with. */

/** MEMBER and DELEGATE act on their own member (naming another is refused); the desk must name one. */
export function resolveTargetMember(ctx: Context, memberGlobalId: string | null | undefined): Result<string, PremisesErrorCode> {
  const target = resolveMemberTarget(ctx.actor, memberGlobalId, policies.managePremises);
  return target.ok ? ok(target.memberId) : fail(premisesErrors.error(target.problem, ["input", "memberId"]));
}

/** An address the actor may change, by global id: read outside the transaction only to learn its member. */
export async function findManageableAddress(ctx: Context, globalId: string, field: string[]): Promise<Result<AddressRow, PremisesErrorCode>> {
  const id = idOfType(globalId, "Address");
  const row = id ? await repo.addressById(ctx.db, id) : undefined;
  if (!row || row.removedAt || !policies.managePremises(ctx.actor, row.memberId)) return fail(premisesErrors.error("ADDRESS_NOT_FOUND", field));
  return ok(row);
}

export async function findManageableLine(ctx: Context, globalId: string, field: string[]): Promise<Result<LineRow, PremisesErrorCode>> {
  const id = idOfType(globalId, "InternetLine");
  const row = id ? await repo.lineById(ctx.db, id) : undefined;
  if (!row || row.removedAt || !policies.managePremises(ctx.actor, row.memberId)) return fail(premisesErrors.error("LINE_NOT_FOUND", field));
  return ok(row);
}

const CLOSED_STATUSES: readonly LockedMember["status"][] = ["REJECTED", "TERMINATED"];

/**
 * Locks the member row (the one lock order of the module: member first) and checks the member
 * exists; when adding, also that the membership is not closed.
 */
export async function lockMemberFor(
  tx: Queryable,
  memberId: string,
  purpose: "adding" | "changing",
): Promise<Result<LockedMember, PremisesErrorCode>> {
  const member = await repo.lockMember(tx, memberId);
  if (!member) return fail(premisesErrors.error("MEMBER_NOT_FOUND", ["input", "memberId"]));
  if (purpose === "adding" && CLOSED_STATUSES.includes(member.status)) return fail(premisesErrors.error("MEMBERSHIP_CLOSED", ["input"]));
  return ok(member);
}

/** Trims a free-text field; an error when it is empty (if required) or too long. */
export function text(
  raw: string | null | undefined,
  max: number,
  field: string[],
  errors: DomainError<PremisesErrorCode>[],
  required = false,
): string | null {
  const value = raw?.trim() ?? "";
  if ((required && value.length === 0) || value.length > max) {
    errors.push(premisesErrors.error("INVALID_TEXT", field, { max }));
    return null;
  }
  return value.length ? value : null;
}
