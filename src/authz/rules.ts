import type { Context } from "../context.js";
import { forbidden, unauthenticated } from "../shared/errors.js";
import { hasRole, type Actor, type Role } from "./actor.js";
import { policies } from "./policies.js";
import { principalIsCurrent } from "./principal.js";
import { rule } from "./rule.js";

/*
 * The shield rules every module shares, named by what they check. Names are unique: two rules with
 * one name share cache entries. Rules that read the parent object never use the "contextual" cache
 * (STACK.md: a contextual rule is evaluated once per request whatever the parent), they use
 * "no_cache": they are pure functions of data already loaded, cheaper than hashing the parent for
 * "strict". A module's own object rules live in its `<area>.permissions.ts`, its policies in
 * `<area>.policies.ts`.
 */

export const isAuthenticated = rule("isAuthenticated", { cache: "contextual" })(async (_parent, _args, ctx: Context) =>
  (await principalIsCurrent(ctx)) ? true : unauthenticated(),
);

export const isAnonymous = rule("isAnonymous", { cache: "contextual" })((_parent, _args, ctx: Context) => (ctx.actor.kind === "anonymous" ? true : forbidden()));

/** A rule on the actor's role only (no parent): the contextual cache is safe. One per role below; a module names its own for a set of roles. */
export function roleRule(name: string, roles: readonly Role[]) {
  return rule(name, { cache: "contextual" })((_parent, _args, ctx: Context) => (hasRole(ctx.actor, ...roles) ? true : forbidden()));
}

export const isMember = roleRule("isMember", ["MEMBER"]);
export const isDelegate = roleRule("isDelegate", ["DELEGATE"]);
export const isPayer = roleRule("isPayer", ["PAYER"]);
export const isDeskAgent = roleRule("isDeskAgent", ["DESK_AGENT"]);
export const isCoach = roleRule("isCoach", ["COACH"]);
export const isTechnician = roleRule("isTechnician", ["TECHNICIAN"]);
export const isCommittee = roleRule("isCommittee", ["COMMITTEE"]);
export const isBilling = roleRule("isBilling", ["BILLING"]);
export const isConciergePartner = roleRule("isConciergePartner", ["CONCIERGE_PARTNER"]);
/** The « Délégué à la Protection des Données » of the contract: handles data-subject requests (GDP-1..4). */
export const isPrivacyOfficer = roleRule("isPrivacyOfficer", ["PRIVACY_OFFICER"]);

/**
 * Objects that carry their member's id (addresses, mailboxes, quotas…): readable by whoever may
 * read that member, or by whoever the module's own policy names (the one its services use).
 */
export function canReadMemberOwned(name: string, allowed: (actor: Actor, memberId: string) => boolean = policies.readMember) {
  return rule(name, { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) => (allowed(ctx.actor, parent.memberRawId) ? true : forbidden()));
}
