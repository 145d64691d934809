import type { Context } from "../context.js";
import { forbidden, unauthenticated } from "../shared/errors.js";
import type { Delegate, Member, Payer, StaffUser } from "../modules/members/index.js";
import type { Membership } from "../modules/membership/index.js";
import type { Role } from "./actor.js";
import { policies } from "./policies.js";
import { principalIsCurrent } from "./principal.js";
import { rule } from "./rule.js";

/*
 * Shield rules, named by what they check. Names are unique: two rules with one name share cache
 * entries. Rules that read the parent object never use the "contextual" cache (STACK.md: a
 * contextual rule is evaluated once per request whatever the parent), they use "no_cache": they
 * are pure functions of data already loaded, cheaper than hashing the parent for "strict".
 */

export const isAuthenticated = rule("isAuthenticated", { cache: "contextual" })(async (_parent, _args, ctx: Context) =>
  (await principalIsCurrent(ctx)) ? true : unauthenticated(),
);

function hasRole(name: string, roles: readonly Role[]) {
  return rule(name, { cache: "contextual" })((_parent, _args, ctx: Context) =>
    ctx.actor.kind !== "anonymous" && roles.includes(ctx.actor.role) ? true : forbidden(),
  );
}

export const isMember = hasRole("isMember", ["MEMBER"]);
export const isDelegate = hasRole("isDelegate", ["DELEGATE"]);
export const isDeskAgent = hasRole("isDeskAgent", ["DESK_AGENT"]);

export const canReadMember = rule("canReadMember", { cache: "no_cache" })((parent: Member, _args, ctx: Context) =>
  policies.readMember(ctx.actor, parent.rawId) ? true : forbidden(),
);

export const canListMemberPayers = rule("canListMemberPayers", { cache: "no_cache" })((parent: Member, _args, ctx: Context) =>
  policies.listMemberPayers(ctx.actor, parent.rawId) ? true : forbidden(),
);

export const canReadDelegate = rule("canReadDelegate", { cache: "no_cache" })((parent: Delegate, _args, ctx: Context) =>
  policies.readDelegate(ctx.actor, { id: parent.rawId, memberId: parent.memberRawId }) ? true : forbidden(),
);

export const canReadPayer = rule("canReadPayer", { cache: "no_cache" })((parent: Payer, _args, ctx: Context) =>
  policies.readPayer(ctx.actor, { id: parent.rawId, memberId: parent.memberRawId }) ? true : forbidden(),
);

export const canReadStaffUser = rule("canReadStaffUser", { cache: "no_cache" })((parent: StaffUser, _args, ctx: Context) =>
  policies.readStaffUser(ctx.actor, parent.rawId) ? true : forbidden(),
);

/** Objects that carry their member's id (addresses, lines, quotas): readable by whoever may read that member. */
function canReadMemberOwned(name: string) {
  return rule(name, { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
    policies.readMember(ctx.actor, parent.memberRawId) ? true : forbidden(),
  );
}

export const canReadAddress = canReadMemberOwned("canReadAddress");
export const canReadInternetLine = canReadMemberOwned("canReadInternetLine");
export const canReadMemberQuotas = canReadMemberOwned("canReadMemberQuotas");
export const canReadAddressLinesQuota = canReadMemberOwned("canReadAddressLinesQuota");
// --- membership (MEM-1..MEM-5) ---

export const isAnonymous = rule("isAnonymous", { cache: "contextual" })((_parent, _args, ctx: Context) =>
  ctx.actor.kind === "anonymous" ? true : forbidden(),
);
export const isCommittee = hasRole("isCommittee", ["COMMITTEE"]);
export const isBilling = hasRole("isBilling", ["BILLING"]);
/** Role-only (no parent): the contextual cache is safe. */
export const canReadCandidacies = hasRole("canReadCandidacies", ["COMMITTEE", "DESK_AGENT"]);

export const canReadMembership = rule("canReadMembership", { cache: "no_cache" })((parent: Membership, _args, ctx: Context) =>
  policies.readMembership(ctx.actor, parent.memberRawId) ? true : forbidden(),
);
