import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Connection, idOfType, type ConnectionShape } from "../../shared/relay.js";
import { Member } from "../members/index.js";
import { InvoiceFilter, RunMonthlyBillingInput } from "./invoicing.inputs.js";
import { RunMonthlyBillingPayload } from "./invoicing.payloads.js";
import { invoiceReads } from "./invoicing.reads.js";
import { billingRunService } from "./invoicing.run.service.js";
import { Invoice, InvoiceLine } from "./invoicing.types.js";

export const { ConnectionType: InvoiceConnection } = Connection(Invoice, "Invoice");

/** The download route of an invoice's PDF (GET, same Bearer token as /graphql). */
export const invoiceDocumentPath = (globalId: string) => `/invoices/${globalId}/pdf`;

@Resolver()
export class InvoicingResolver {
  @Mutation(() => RunMonthlyBillingPayload, {
    description:
      "BIL-1/2/3/5/6/10: bill a month (YYYY-MM, from its first day on): monthly items of the month (first month prorated), " +
      "one-off items dated up to its end not billed yet; invoices split by payer, numbered and issued at once. Idempotent.",
  })
  async runMonthlyBilling(
    @Ctx() ctx: Context,
    @Arg("input", () => RunMonthlyBillingInput, { description: "All of `runMonthlyBilling`'s arguments, as one `RunMonthlyBillingInput` (see its fields)." })
    input: RunMonthlyBillingInput,
  ) {
    return RunMonthlyBillingPayload.from(ctx, await billingRunService.runMonthlyBilling(ctx, input.month));
  }

  @Query(() => InvoiceConnection, { description: "Billing staff: every invoice, newest first, filtered by status, month and member." })
  invoices(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100; outside that range the query is refused with BAD_USER_INPUT (INVALID_PAGE_SIZE)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description:
        "Return the items after this cursor (a previous page's `pageInfo.endCursor`); omit for the first page. A forged cursor is refused with BAD_USER_INPUT (INVALID_CURSOR).",
    })
    after: string | null,
    @Arg("filter", () => InvoiceFilter, { nullable: true, description: "Optional: by status, month and member." }) filter: InvoiceFilter | null,
  ): Promise<ConnectionShape<Invoice>> {
    const memberId = filter?.memberId ? (idOfType(filter.memberId, "Member") ?? "00000000-0000-0000-0000-000000000000") : null;
    return invoiceReads.invoices(ctx, { status: filter?.status ?? null, month: filter?.month ?? null, memberId }, { first, after });
  }

  @Query(() => InvoiceConnection, { description: "PAYER (BIL-6, AUT-2): the invoices addressed to you, newest first." })
  payerInvoices(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100; outside that range the query is refused with BAD_USER_INPUT (INVALID_PAGE_SIZE)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description:
        "Return the items after this cursor (a previous page's `pageInfo.endCursor`); omit for the first page. A forged cursor is refused with BAD_USER_INPUT (INVALID_CURSOR).",
    })
    after: string | null,
  ): Promise<ConnectionShape<Invoice>> {
    return invoiceReads.payerInvoices(ctx, { first, after });
  }
}

@Resolver(() => Invoice)
export class InvoiceFieldsResolver {
  @FieldResolver(() => [InvoiceLine], { description: "Lines in order, labels in the caller's language." })
  lines(@Root() invoice: Invoice, @Ctx() ctx: Context): Promise<InvoiceLine[]> {
    return invoiceReads.lines(ctx, invoice);
  }

  @FieldResolver(() => String, { description: "Path of the PDF document (GET with the same Bearer token); French, English with Accept-Language: en." })
  documentUrl(@Root() invoice: Invoice): string {
    return invoiceDocumentPath(invoice.id);
  }
}

/** Member.invoices; guarded by its own rule (the member and billing staff, never the delegate). */
@Resolver(() => Member)
export class MemberInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, { description: "The member's invoices (including those addressed to their payer), newest first. Never the delegate." })
  invoices(
    @Root() member: Member,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { description: "Page size, 1 to 100; outside that range the query is refused with BAD_USER_INPUT (INVALID_PAGE_SIZE)." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description:
        "Return the items after this cursor (a previous page's `pageInfo.endCursor`); omit for the first page. A forged cursor is refused with BAD_USER_INPUT (INVALID_CURSOR).",
    })
    after: string | null,
  ): Promise<ConnectionShape<Invoice>> {
    return invoiceReads.memberInvoices(ctx, member.rawId, { first, after });
  }
}

export const invoicingResolvers = [InvoicingResolver, InvoiceFieldsResolver, MemberInvoicesResolver];
