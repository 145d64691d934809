import { and, or } from "graphql-shield";
import type { ModulePermissions } from "../../authz/compose.js";
import { rule } from "../../authz/rule.js";
import { canReadMemberOwned, isAuthenticated, isDelegate, isDeskAgent, isMember, isPayer, isPrivacyOfficer } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import type { Member } from "../members/index.js";
import { privacyPolicies } from "./privacy.policies.js";

const canReadPrivacy = canReadMemberOwned("canReadPrivacy", privacyPolicies.read);
const canReadMemberPrivacy = rule("canReadMemberPrivacy", { cache: "no_cache" })((parent: Member, _args, ctx: Context) =>
  privacyPolicies.read(ctx.actor, parent.rawId) ? true : forbidden(),
);
const privacyOfficer = and(isAuthenticated, isPrivacyOfficer);

/**
 * GDP-1. The delegate and payers reach filePrivacyRequest and liftProcessingLimit so that they get
 * the rule's userError (MEM-5 / GDP-1), never a bare FORBIDDEN; they read nothing here.
 */
export const privacyPermissions: ModulePermissions = {
  Query: {
    privacyRequests: privacyOfficer,
  },
  Mutation: {
    filePrivacyRequest: and(isAuthenticated, or(isMember, isDelegate, isPayer, isDeskAgent, isPrivacyOfficer)),
    extendPrivacyRequestDeadline: privacyOfficer,
    answerPrivacyRequest: privacyOfficer,
    rejectPrivacyRequest: privacyOfficer,
    liftProcessingLimit: and(isAuthenticated, or(isMember, isDelegate, isPrivacyOfficer)),
  },
  types: {
    // Member's "*" rule lets the delegate reach Member: these fields have their own rule.
    Member: { privacyRequests: and(isAuthenticated, canReadMemberPrivacy), processingLimits: and(isAuthenticated, canReadMemberPrivacy) },
    PrivacyRequest: { "*": canReadPrivacy, retentionLedger: and(canReadPrivacy, isPrivacyOfficer) },
    ProcessingLimit: canReadPrivacy,
    PrivacyRequestSubject: canReadPrivacy,
    IdentityProof: canReadPrivacy,
  },
};
