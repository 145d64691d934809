import { and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, isDeskAgent } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { equipmentPolicies } from "./equipment.policies.js";
import type { EquipmentPurchase } from "./equipment.types.js";

/** Reads the parent: never the contextual cache. */
const canReadEquipmentPurchase = rule("canReadEquipmentPurchase", { cache: "no_cache" })((parent: EquipmentPurchase, _args, ctx: Context) =>
  equipmentPolicies.read(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

/** Member.equipmentPurchases is covered by Member's rule (member, delegate, desk). */
export const equipmentPermissions: ModulePermissions = {
  Query: {
    memberEquipmentPurchases: and(isAuthenticated, or(isBilling, isDeskAgent)),
  },
  Mutation: {
    recordEquipmentPurchase: and(isAuthenticated, or(isDeskAgent, isBilling)),
  },
  types: {
    EquipmentPurchase: canReadEquipmentPurchase,
  },
};
