import { Field, ID as ID_SCALAR, Int, ObjectType } from "type-graphql";
import { QUOTE_PURPOSES } from "../../../db/schema/quotes.js";
import { Amounts, deprecatedAmountFields } from "../../shared/amounts.js";
import { Connection, Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { graphqlEnum } from "../../shared/enums.js";

export type QuotePurposeValue = (typeof QUOTE_PURPOSES)[number];
export const QuotePurpose = graphqlEnum(QUOTE_PURPOSES, {
  name: "QuotePurpose",
  description:
    "QUO-1: what is sold on quote. FIBER_INSTALLATION (with an Orange fiber offer), MAIL_MIGRATION (beyond 5 GB, opened by requestMailboxMigration), " +
    "MAIL_EXPERT_ON_SITE, OFFICE_ASSISTANCE_VISIT (beyond one a year), EQUIPMENT_STUDY (outside the connectivity list), " +
    "PRO_SERVICE (opened when the study is recorded), PRO_MAINTENANCE (opened by subscribeProBrick).",
  valuesConfig: {
    FIBER_INSTALLATION: { description: "QUO-1: network connection and equipment installation with an Orange fiber offer (art. 4.1)." },
    MAIL_MIGRATION: { description: "QUO-1/MBX-3: mail migration beyond 5 GB; opened by requestMailboxMigration." },
    MAIL_EXPERT_ON_SITE: { description: "QUO-1: an on-site mail expert (art. 4.6.3)." },
    OFFICE_ASSISTANCE_VISIT: { description: "QUO-1/BUR-3: an office-assistance visit beyond the one included each year." },
    EQUIPMENT_STUDY: { description: "QUO-1/INT-7: the study of equipment outside the connectivity list." },
    PRO_SERVICE: { description: "QUO-1: a Univers Pro service (art. 4.12); opened when the study is recorded." },
    PRO_MAINTENANCE: { description: "QUO-1: Univers Pro maintenance (art. 4.12); opened by subscribeProBrick." },
  },
});

export const QUOTE_VIEW_STATUSES = ["ISSUED", "EXPIRED", "ACCEPTED", "DECLINED", "REPLACED"] as const;
export type QuoteViewStatus = (typeof QUOTE_VIEW_STATUSES)[number];
export const QuoteStatus = graphqlEnum(QUOTE_VIEW_STATUSES, {
  name: "QuoteStatus",
  description:
    "QUO-2/QUO-3: ISSUED (may be accepted until validUntil), EXPIRED (issued, validity past), ACCEPTED (billed on the next invoice), DECLINED, REPLACED (a newer quote replaced it).",
  valuesConfig: {
    ISSUED: { description: "QUO-2: issued; may be accepted or declined until validUntil." },
    EXPIRED: { description: "QUO-2: issued but validUntil is past: it can no longer be accepted and bills nothing." },
    ACCEPTED: { description: "QUO-3: accepted by the member or delegate; billed on the next invoice." },
    DECLINED: { description: "QUO-3: declined; bills nothing." },
    REPLACED: { description: "QUO-3: a newer quote for the same request replaced it." },
  },
});

export const QUOTE_REQUEST_STATUSES = ["AWAITING_QUOTE", "QUOTED", "ACCEPTED", "DECLINED", "EXPIRED"] as const;
export type QuoteRequestStatusValue = (typeof QUOTE_REQUEST_STATUSES)[number];
export const QuoteRequestStatus = graphqlEnum(QUOTE_REQUEST_STATUSES, {
  name: "QuoteRequestStatus",
  description: "The state of the request's latest quote; AWAITING_QUOTE before the first one.",
  valuesConfig: {
    AWAITING_QUOTE: { description: "No quote issued yet." },
    QUOTED: { description: "The latest quote is ISSUED and awaits the member's decision." },
    ACCEPTED: { description: "The latest quote was accepted." },
    DECLINED: { description: "The latest quote was declined." },
    EXPIRED: { description: "The latest quote expired unanswered." },
  },
});

@ObjectType({ description: "QUO-2: one line of a quote. TTC is the reference; HT = round(TTC / 1.2), VAT = TTC − HT, in euro cents." })
export class QuoteLine {
  @Field(() => Int, { description: "The line's rank in the quote, from 1." })
  position!: number;

  @Field(() => String, { description: "What the line sells, as printed on the quote." })
  label!: string;

  @Field(() => Int, { description: "How many units (1 to 999)." })
  quantity!: number;

  @Field(() => Int, { description: "Unit price TTC, in euro cents (the reference price)." })
  unitTtcCents!: number;

  @Field(() => Amounts, { description: "TTC = quantity × unitTtcCents, with the line's own HT and VAT." })
  amounts!: Amounts;
}
deprecatedAmountFields(QuoteLine, "amounts", { htCents: "htCents", vatCents: "vatCents", ttcCents: "ttcCents" });

@ObjectType({ implements: Node, description: "QUO-2/QUO-3: an issued quote; never changed once issued (a new quote replaces it)." })
export class Quote extends Node {
  rawId!: string;
  memberRawId!: string;
  requestRawId!: string;

  @Field(() => String, { description: "Human reference, e.g. DEV-000042." })
  reference!: string;

  @Field(() => ID_SCALAR, { description: "The member's global ID." })
  memberId!: string;

  @Field(() => QuoteStatus, { description: "QUO-2/QUO-3: where the quote stands today (EXPIRED is computed from validUntil and the API's clock)." })
  status!: QuoteViewStatus;

  @Field(() => DateScalar, { description: "Last Paris day on which it may be accepted." })
  validUntil!: string;

  @Field(() => Amounts, { description: "HT and VAT computed from the total TTC (see the README: the HT may differ from the sum of the lines' HT by a few cents)." })
  totals!: Amounts;

  @Field(() => DateTimeScalar, { description: "When the quote was issued." })
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was accepted or declined." })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "MEMBER, or DELEGATE on behalf of the member." })
  decidedByRole!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "QUO-3: when a newer quote for the same request replaced it; null otherwise." })
  replacedAt!: Date | null;
}
deprecatedAmountFields(Quote, "totals", { htCents: "totalHtCents", vatCents: "totalVatCents", ttcCents: "totalTtcCents" });

@ObjectType({ implements: Node, description: "QUO-2: a request for a quote, answered by one quote at a time (a new one replaces the previous)." })
export class QuoteRequest extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => ID_SCALAR, { description: "The member's global ID." })
  memberId!: string;

  @Field(() => QuotePurpose, { description: "QUO-1: what is asked for." })
  purpose!: QuotePurposeValue;

  @Field(() => String, { description: "The need, in the requester's words." })
  description!: string;

  @Field(() => DateTimeScalar, { description: "When the quote was requested." })
  requestedAt!: Date;

  @Field(() => String, {
    description:
      "The role of who asked (QUO-2): MEMBER, DELEGATE or a staff role; for MAIL_MIGRATION, PRO_SERVICE and PRO_MAINTENANCE, the role of whoever triggered the flow that opened it.",
  })
  requestedByRole!: string;
}

export const { ConnectionType: QuoteConnection } = Connection(Quote, "Quote");
export const { ConnectionType: QuoteRequestConnection } = Connection(QuoteRequest, "QuoteRequest");
