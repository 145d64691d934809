import { Field, Int, ObjectType } from "type-graphql";
import { BILLABLE_ITEM_KINDS, type DELIVERY_CHANNELS, INVOICE_KINDS, INVOICE_STATUSES } from "../../../db/schema/billing.js";
import { DeliveryChannel } from "../delivery/index.js";
import { Amounts } from "../../shared/amounts.js";
import { Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export const InvoiceKind = graphqlEnum(INVOICE_KINDS, {
  name: "InvoiceKind",
  description: "An invoice, or a credit note correcting an issued invoice.",
  values: {
    INVOICE: "An invoice (monthly, BIL-1).",
    CREDIT_NOTE: "A credit note: cancels all or part of an issued invoice.",
  },
});

export const InvoiceStatus = graphqlEnum(INVOICE_STATUSES, {
  name: "InvoiceStatus",
  description: "DRAFT → ISSUED → PARTIALLY_PAID → PAID; DISPUTED while part of it is contested (BIL-7).",
  values: {
    DRAFT: "Not issued yet: no number, not due.",
    ISSUED: "Issued (due from its issue date, BIL-3); nothing received yet.",
    PARTIALLY_PAID: "Part of it was received; the rest is due.",
    PAID: "Nothing remains due (paid or credited in full).",
    DISPUTED: "BIL-7: part of it is contested under an open dispute; the uncontested part stays due.",
  },
});

export const BillableItemKind = graphqlEnum(BILLABLE_ITEM_KINDS, {
  name: "BillableItemKind",
  description: "BIL-1/BIL-6: what an invoice line bills; a payer may take over some kinds only.",
  values: {
    OPTION: "The Option Intérieur, monthly.",
    EXTRA_SITE: "ADR-2: a « Site supplémentaire » (additional address), monthly.",
    MAILBOX_PACK: "MBX-2: mailbox options (« +1 mailbox », « pack 5 », « pack 10 »), monthly.",
    PRIVILEGE: "CON-2: the Conciergerie John Paul « Privilège » option, monthly.",
    INTERVENTION: "INT-3/INT-7: billable interventions and coach hours.",
    EQUIPMENT: "Equipment purchases.",
    QUOTE: "QUO-3: an accepted quote.",
  },
});

@ObjectType({ description: "A line of an invoice or credit note." })
export class InvoiceLine {
  rawId!: string;

  @Field(() => Int, { description: "The line's rank on the invoice, from 1." })
  position!: number;

  @Field(() => String, { description: "What the line bills (BIL-1); CREDIT on a credit note." })
  itemKind!: string;

  @Field(() => String, { description: "In the caller's language (French by default)." })
  label!: string;

  @Field(() => Int, { description: "How many units the line bills." })
  quantity!: number;

  @Field(() => Int, { description: "The unit price, TTC euro cents." })
  unitTtcCents!: number;

  @Field(() => Amounts, { description: "The line's total: HT, VAT and TTC, in euro cents." })
  amounts!: Amounts;

  @Field(() => DateScalar, { nullable: true, description: "First day billed (Paris date), for monthly items." })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day billed (Paris date), for monthly items." })
  periodEnd!: string | null;
}

@ObjectType({ description: "Who an invoice is addressed to: the member, or the third-party payer (BIL-6). A snapshot taken when it was issued." })
export class BillTo {
  @Field(() => String, { description: "The name the invoice is addressed to." })
  name!: string;

  @Field(() => String, { description: "Billing postal address." })
  address!: string;

  @Field(() => String, { nullable: true, description: "The bill-to party's email address as when issued; null when none was recorded." })
  email!: string | null;
}

@ObjectType({ implements: Node, description: "BIL-1..BIL-7: a monthly invoice or a credit note. Seen by its member, its payer and billing staff; never by a delegate." })
export class Invoice extends Node {
  rawId!: string;
  memberRawId!: string;
  payerRawId!: string | null;
  correctsInvoiceRawId!: string | null;

  @Field(() => InvoiceKind, { description: "An invoice, or a credit note." })
  kind!: (typeof INVOICE_KINDS)[number];

  @Field(() => String, { nullable: true, description: "Sequential number without gaps, given when issued (null while a draft)." })
  number!: string | null;

  @Field(() => InvoiceStatus, { description: "Where the invoice's payment stands." })
  status!: (typeof INVOICE_STATUSES)[number];

  @Field(() => DateScalar, { nullable: true, description: "The month billed (its first day) for a monthly invoice." })
  billingMonth!: string | null;

  @Field(() => String, { description: "The member the invoice concerns, as when issued: the member stays liable (BIL-6)." })
  memberName!: string;

  @Field(() => String, {
    description: "The member's billing address as when issued (AUT-2: a payer sees the member's name and billing address on the invoices addressed to them).",
  })
  memberAddress!: string;

  @Field(() => BillTo, { description: "BIL-6: who the invoice is addressed to: the member, or the third-party payer." })
  billTo!: BillTo;

  @Field(() => DeliveryChannel, { description: "BIL-5: how it was sent: by email, or by post." })
  deliveryChannel!: (typeof DELIVERY_CHANNELS)[number];

  @Field(() => Amounts, { description: "HT, VAT and TTC totals, in euro cents." })
  totals!: Amounts;

  @Field(() => Int, { description: "Received so far (successful payments)." })
  paidCents!: number;

  @Field(() => Int, { description: "Cancelled by credit notes." })
  creditedCents!: number;

  @Field(() => Int, { description: "BIL-7: contested under an open dispute: suspended, not due." })
  contestedCents!: number;

  @Field(() => Int, { description: "Due now: TTC − paid − credited − contested (never below 0)." })
  balanceDueCents!: number;

  @Field(() => DateScalar, { nullable: true, description: "The issue date (Paris); null while a draft." })
  issuedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "BIL-3: issue date + 10 days." })
  dueOn!: string | null;

  @Field(() => DateTimeScalar, { description: "When the invoice (or its draft) was created." })
  createdAt!: Date;
}
