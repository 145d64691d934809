import { allow, and, or } from "graphql-shield";
import { rule } from "../../authz/rule.js";
import type { ModulePermissions } from "../../authz/compose.js";
import { isAuthenticated, isBilling, isMember, isPayer } from "../../authz/rules.js";
import type { Context } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { collectionsPolicies } from "./collections.policies.js";

type InvoiceOwner = { memberRawId: string; payerRawId: string | null };

/** Objects of an invoice (payments, disputes, late charges): whoever may read the invoice. Reads the parent: never contextual. */
const canReadInvoiceItem = (name: string) =>
  rule(name, { cache: "no_cache" })((parent: InvoiceOwner, _args, ctx: Context) => (collectionsPolicies.readInvoiceItem(ctx.actor, parent) ? true : forbidden()));

const canReadBillingStanding = rule("canReadBillingStanding", { cache: "no_cache" })((parent: InvoiceOwner, _args, ctx: Context) =>
  collectionsPolicies.readStandingOf(ctx.actor, parent) ? true : forbidden(),
);

const canReadDunningCase = rule("canReadDunningCase", { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
  collectionsPolicies.readDunning(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

/** BIL-4: Member.financialGuarantees and the fields that say a guarantee is asked: the member, the delegate, billing, the desk. */
const canReadFinancialGuarantees = rule("canReadFinancialGuarantees", { cache: "no_cache" })((parent: { rawId: string }, _args, ctx: Context) =>
  collectionsPolicies.readGuarantees(ctx.actor, parent.rawId) ? true : forbidden(),
);
const canSeeFinancialGuarantee = rule("canSeeFinancialGuarantee", { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
  collectionsPolicies.readGuarantees(ctx.actor, parent.memberRawId) ? true : forbidden(),
);
/** BIL-4: amounts and payment details of a guarantee: never the delegate. Deny by default: a new field falls here. */
const canReadFinancialGuaranteeDetails = rule("canReadFinancialGuaranteeDetails", { cache: "no_cache" })((parent: { memberRawId: string }, _args, ctx: Context) =>
  collectionsPolicies.readGuaranteeDetails(ctx.actor, parent.memberRawId) ? true : forbidden(),
);

/** Member.billingStanding and Member.dunning are under Member's "*" rule; their types narrow to who may read them. */
export const collectionsPermissions: ModulePermissions = {
  Query: {
    billingStanding: and(isAuthenticated, or(isMember, isPayer, isBilling)),
    legalInterestRates: and(isAuthenticated, isBilling),
    financialGuarantees: and(isAuthenticated, isBilling),
  },
  Mutation: {
    recordPayment: and(isAuthenticated, isBilling),
    issueCreditNote: and(isAuthenticated, isBilling),
    // The service checks the invoice is the actor's (member: own; payer: addressed to them).
    disputeInvoice: and(isAuthenticated, or(isMember, isPayer, isBilling)),
    resolveInvoiceDispute: and(isAuthenticated, isBilling),
    recordLegalInterestRate: and(isAuthenticated, isBilling),
    sendFormalNotice: and(isAuthenticated, isBilling),
    suspendForNonPayment: and(isAuthenticated, isBilling),
    sendSecondNotice: and(isAuthenticated, isBilling),
    terminateForNonPayment: and(isAuthenticated, isBilling),
    requestFinancialGuarantee: and(isAuthenticated, isBilling),
    recordFinancialGuaranteePayment: and(isAuthenticated, isBilling),
    useFinancialGuarantee: and(isAuthenticated, isBilling),
    releaseFinancialGuarantee: and(isAuthenticated, isBilling),
    cancelFinancialGuarantee: and(isAuthenticated, isBilling),
  },
  types: {
    // Invoice (whole-type canReadInvoice), Amounts and BillTo: invoicing.permissions.ts.
    Payment: canReadInvoiceItem("canReadPayment"),
    InvoiceDispute: canReadInvoiceItem("canReadInvoiceDispute"),
    LateCharges: canReadInvoiceItem("canReadLateCharges"),
    // Only reachable through LateCharges.details / .problems, already guarded.
    LateChargePeriod: allow,
    LateChargeProblem: allow,
    BillingStanding: canReadBillingStanding,
    DunningCase: canReadDunningCase,
    LegalInterestRate: isBilling,
    // Member's "*" rule would let payers and other staff reach the field: it has its own rule.
    Member: { financialGuarantees: canReadFinancialGuarantees },
    FinancialGuarantee: {
      "*": canReadFinancialGuaranteeDetails,
      id: canSeeFinancialGuarantee,
      status: canSeeFinancialGuarantee,
      dueOn: canSeeFinancialGuarantee,
      requestedAt: canSeeFinancialGuarantee,
    },
  },
};
