import { eq } from "drizzle-orm";
import { dunningCases, invoiceDisputes, invoices } from "../../../db/schema/index.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, anOption } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aGuarantee, anInvoice, guaranteeGid, invoiceGid } from "./collections.support.js";

/** A member with the option and an invoice overdue since 12 October 2026 (samples run on 26 November). */
async function aDebtor(db: Database) {
  const cast = await aCast(db);
  await anOption(db, cast.member.id);
  const invoice = await anInvoice(db, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" });
  return { cast, invoice };
}

async function aCase(db: Database, memberId: string, values: Partial<typeof dunningCases.$inferInsert>) {
  await db.db.insert(dunningCases).values({ memberId, firstNoticeAt: new Date("2026-11-02T10:00:00Z"), ...values });
}

const guaranteeMutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { userErrors { code rule } } }`;

const step = (name: string) => `mutation($input: DunningStepInput!) { ${name}(input: $input) { userErrors { code rule } } }`;

export const samples: MutationSamples = {
  async recordPayment(db) {
    const { cast, invoice } = await aDebtor(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code rule } } }`,
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 9000, outcome: "SUCCEEDED", reference: `PRLV-SAMPLE-${invoice.id}`, receivedOn: "2026-11-20" } },
    };
  },
  async issueCreditNote(db) {
    const { cast, invoice } = await aDebtor(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { userErrors { code rule } } }`,
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 1000, reason: "Geste commercial" } },
    };
  },
  async disputeInvoice(db) {
    const { cast, invoice } = await aDebtor(db);
    return {
      actor: cast.as.member,
      query: `mutation($input: DisputeInvoiceInput!) { disputeInvoice(input: $input) { userErrors { code rule } } }`,
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 1000, reason: "Mois non dû" } },
    };
  },
  async resolveInvoiceDispute(db) {
    const { cast, invoice } = await aDebtor(db);
    const [dispute] = await db.db
      .insert(invoiceDisputes)
      .values({ invoiceId: invoice.id, contestedCents: 1000, reason: "x", openedAt: new Date("2026-11-20T10:00:00Z"), openedByRole: "MEMBER", openedById: cast.member.id })
      .returning();
    await db.db.update(invoices).set({ contestedCents: 1000, status: "DISPUTED" }).where(eq(invoices.id, invoice.id));
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: ResolveDisputeInput!) { resolveInvoiceDispute(input: $input) { userErrors { code rule } } }`,
      variables: { input: { disputeId: toGlobalId("InvoiceDispute", dispute!.id), outcome: "UPHELD", note: "Accordé" } },
    };
  },
  async recordLegalInterestRate(db) {
    const { cast } = await aDebtor(db);
    return {
      actor: cast.as.BILLING,
      query: `mutation($input: RecordLegalInterestRateInput!) { recordLegalInterestRate(input: $input) { userErrors { code rule } } }`,
      variables: { input: { effectiveOn: "2031-01-01", rateBp: 300 } },
    };
  },
  async sendFormalNotice(db) {
    const { cast } = await aDebtor(db);
    return { actor: cast.as.BILLING, query: step("sendFormalNotice"), variables: { input: { memberId: cast.memberGid } } };
  },
  async suspendForNonPayment(db) {
    const { cast } = await aDebtor(db);
    await aCase(db, cast.member.id, {});
    return { actor: cast.as.BILLING, query: step("suspendForNonPayment"), variables: { input: { memberId: cast.memberGid } } };
  },
  async sendSecondNotice(db) {
    const { cast } = await aDebtor(db);
    await aCase(db, cast.member.id, { suspendedAt: new Date("2026-11-10T10:00:00Z") });
    return { actor: cast.as.BILLING, query: step("sendSecondNotice"), variables: { input: { memberId: cast.memberGid } } };
  },
  async terminateForNonPayment(db) {
    const { cast } = await aDebtor(db);
    await aCase(db, cast.member.id, { suspendedAt: new Date("2026-11-10T10:00:00Z"), secondNoticeAt: new Date("2026-11-11T10:00:00Z") });
    return { actor: cast.as.BILLING, query: step("terminateForNonPayment"), variables: { input: { memberId: cast.memberGid } } };
  },
  async requestFinancialGuarantee(db) {
    const { cast } = await aDebtor(db);
    return {
      actor: cast.as.BILLING,
      query: guaranteeMutation("requestFinancialGuarantee", "RequestFinancialGuaranteeInput"),
      variables: { input: { memberId: cast.memberGid, amountCents: 30000, dueOn: "2026-12-10", reason: "Incidents de paiement répétés" } },
    };
  },
  async recordFinancialGuaranteePayment(db) {
    const { cast } = await aDebtor(db);
    const guarantee = await aGuarantee(db, cast.member.id);
    return {
      actor: cast.as.BILLING,
      query: guaranteeMutation("recordFinancialGuaranteePayment", "RecordFinancialGuaranteePaymentInput"),
      variables: { input: { guaranteeId: guaranteeGid(guarantee), paidOn: "2026-11-20", method: "TRANSFER", reference: `VIR-SAMPLE-${guarantee.id}` } },
    };
  },
  async useFinancialGuarantee(db) {
    const { cast, invoice } = await aDebtor(db);
    const guarantee = await aGuarantee(db, cast.member.id, { status: "PAID" });
    return {
      actor: cast.as.BILLING,
      query: guaranteeMutation("useFinancialGuarantee", "UseFinancialGuaranteeInput"),
      variables: { input: { guaranteeId: guaranteeGid(guarantee), invoiceId: invoiceGid(invoice), amountCents: 9000 } },
    };
  },
  async releaseFinancialGuarantee(db) {
    const { cast } = await aDebtor(db);
    const guarantee = await aGuarantee(db, cast.member.id, { status: "PAID", usedCents: 9000 });
    return {
      actor: cast.as.BILLING,
      query: guaranteeMutation("releaseFinancialGuarantee", "CloseFinancialGuaranteeInput"),
      variables: { input: { guaranteeId: guaranteeGid(guarantee), note: "Fin de la relation, solde restitué" } },
    };
  },
  async cancelFinancialGuarantee(db) {
    const { cast } = await aDebtor(db);
    const guarantee = await aGuarantee(db, cast.member.id);
    return {
      actor: cast.as.BILLING,
      query: guaranteeMutation("cancelFinancialGuarantee", "CloseFinancialGuaranteeInput"),
      variables: { input: { guaranteeId: guaranteeGid(guarantee), note: "Demande retirée" } },
    };
  },
};
