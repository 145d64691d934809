import { and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isCoach, isDelegate, isDeskAgent, isMember } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { canSeeMemberServices } from "./devices.policies.js";

/**
 * Objects that carry their member's id, readable by whoever reads the member and by the member's
 * coach. They read the parent: never the contextual cache. The coach check may query (batched by
 * the coaching loader); the project's `rule` reports an outage as one, not as a refusal.
 */
function canSeeMemberOwned(name: string) {
  return rule(name, { cache: "no_cache" })(async (parent: { memberRawId: string }, _args, ctx: Context) =>
    (await canSeeMemberServices(ctx, parent.memberRawId)) ? true : forbidden(),
  );
}

const memberDelegateOrDesk = and(isAuthenticated, or(isMember, isDelegate, isDeskAgent));
const coach = and(isAuthenticated, isCoach);

/** Member.devices and Member.vipLines are covered by Member's "*" rule (members.permissions.ts); MemberQuotas.devices by MemberQuotas'. */
export const devicesPermissions: ModulePermissions = {
  Query: {
    coachedMembers: coach,
  },
  Mutation: {
    designateDevice: memberDelegateOrDesk,
    removeDevice: memberDelegateOrDesk,
    activateDevice: coach,
    declareVipLine: coach,
    withdrawVipLine: coach,
  },
  types: {
    Device: canSeeMemberOwned("canReadDevice"),
    VipLine: canSeeMemberOwned("canReadVipLine"),
    CoachedMember: canSeeMemberOwned("canReadCoachedMember"),
  },
};
