/** Roles of SPEC § 0. ANONYMOUS is the caller without a token. */
export const ROLES = ["MEMBER", "DELEGATE", "PAYER", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose token is bound to one member: the member id in scope is mandatory for them. */
export const MEMBER_SCOPED_ROLES = ["MEMBER", "DELEGATE", "PAYER"] as const satisfies readonly Role[];
export type MemberScopedRole = (typeof MEMBER_SCOPED_ROLES)[number];
export type StaffRole = Exclude<Role, MemberScopedRole>;

export type Actor =
  | { kind: "anonymous" }
  | { kind: "member-scoped"; role: MemberScopedRole; subjectId: string; memberId: string }
  | { kind: "staff"; role: StaffRole; subjectId: string };

export const ANONYMOUS: Actor = { kind: "anonymous" };

export function isMemberScopedRole(role: Role): role is MemberScopedRole {
  return (MEMBER_SCOPED_ROLES as readonly Role[]).includes(role);
}

export function actorRole(actor: Actor): Role | "ANONYMOUS" {
  return actor.kind === "anonymous" ? "ANONYMOUS" : actor.role;
}

/**
 * The member whose own data the actor may read or change: MEMBER and DELEGATE only.
 * A payer is bound to a member but sees none of the member's own data (AUT-2).
 */
export function ownMemberId(actor: Actor): string | null {
  return actor.kind === "member-scoped" && (actor.role === "MEMBER" || actor.role === "DELEGATE") ? actor.memberId : null;
}

/** True when the actor holds one of `roles` (the anonymous caller holds none): the plain predicate behind the role rules. */
export function hasRole(actor: Actor, ...roles: readonly Role[]): boolean {
  return actor.kind !== "anonymous" && roles.includes(actor.role);
}
