import { and } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isPrivacyOfficer } from "../../authz/rules.js";

const privacyOfficer = and(isAuthenticated, isPrivacyOfficer);

/** GDP-3: erasure is the privacy officer's; its outcome is read by nobody else. The export is an HTTP route (src/http.ts). */
export const personalDataPermissions: ModulePermissions = {
  Query: {},
  Mutation: {
    erasePersonalData: privacyOfficer,
  },
  types: {
    PersonalDataErasure: privacyOfficer,
    RetainedRecord: privacyOfficer,
  },
};
