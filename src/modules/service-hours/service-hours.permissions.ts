import { allow } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";

/** Published opening hours: public, like on the contract. */
export const serviceHoursPermissions: ModulePermissions = {
  Query: { serviceAvailability: allow },
  Mutation: {},
  types: { ServiceAvailability: allow, ServiceHoursSpan: allow },
};
