import { Field, ID as ID_SCALAR, Int, ObjectType, registerEnumType } from "type-graphql";
import { QUOTE_PURPOSES } from "../../../db/schema/index.js";
import { Amounts } from "../../shared/amounts.js";
import { Connection, Node } from "../../shared/relay.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export type QuotePurposeValue = (typeof QUOTE_PURPOSES)[number];
export const QuotePurpose = enumOf(QUOTE_PURPOSES);
registerEnumType(QuotePurpose, {
  name: "QuotePurpose",
  description:
    "QUO-1: what is sold on quote. FIBER_INSTALLATION (with an Orange fiber offer), MAIL_MIGRATION (beyond 5 GB, opened by requestMailboxMigration), " +
    "MAIL_EXPERT_ON_SITE, OFFICE_ASSISTANCE_VISIT (beyond one a year), EQUIPMENT_STUDY (outside the connectivity list), " +
    "PRO_SERVICE (opened when the study is recorded), PRO_MAINTENANCE (opened by subscribeProBrick).",
});

export const QUOTE_VIEW_STATUSES = ["ISSUED", "EXPIRED", "ACCEPTED", "DECLINED", "REPLACED"] as const;
export type QuoteViewStatus = (typeof QUOTE_VIEW_STATUSES)[number];
export const QuoteStatus = enumOf(QUOTE_VIEW_STATUSES);
registerEnumType(QuoteStatus, {
  name: "QuoteStatus",
  description: "QUO-2/QUO-3: ISSUED (may be accepted until validUntil), EXPIRED (issued, validity past), ACCEPTED (billed on the next invoice), DECLINED, REPLACED (a newer quote replaced it).",
});

export const QUOTE_REQUEST_STATUSES = ["AWAITING_QUOTE", "QUOTED", "ACCEPTED", "DECLINED", "EXPIRED"] as const;
export type QuoteRequestStatusValue = (typeof QUOTE_REQUEST_STATUSES)[number];
export const QuoteRequestStatus = enumOf(QUOTE_REQUEST_STATUSES);
registerEnumType(QuoteRequestStatus, { name: "QuoteRequestStatus", description: "The state of the request's latest quote; AWAITING_QUOTE before the first one." });

@ObjectType({ description: "QUO-2: one line of a quote. TTC is the reference; HT = round(TTC / 1.2), VAT = TTC − HT, in euro cents." })
export class QuoteLine {
  @Field(() => Int)
  position!: number;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int)
  unitTtcCents!: number;

  @Field(() => Amounts, { description: "TTC = quantity × unitTtcCents, with the line's own HT and VAT." })
  amounts!: Amounts;

  @Field(() => Int, { description: "quantity × unitTtcCents", deprecationReason: "Use `amounts { ttcCents }`; removed in 0.3.0." })
  get ttcCents(): number {
    return this.amounts.ttcCents;
  }

  @Field(() => Int, { deprecationReason: "Use `amounts { htCents }`; removed in 0.3.0." })
  get htCents(): number {
    return this.amounts.htCents;
  }

  @Field(() => Int, { deprecationReason: "Use `amounts { vatCents }`; removed in 0.3.0." })
  get vatCents(): number {
    return this.amounts.vatCents;
  }
}

@ObjectType({ implements: Node, description: "QUO-2/QUO-3: an issued quote; never changed once issued (a new quote replaces it)." })
export class Quote extends Node {
  rawId!: string;
  memberRawId!: string;
  requestRawId!: string;

  @Field(() => String, { description: "Human reference, e.g. DEV-000042." })
  reference!: string;

  @Field(() => ID_SCALAR, { description: "The member's global ID." })
  memberId!: string;

  @Field(() => QuoteStatus)
  status!: QuoteViewStatus;

  @Field(() => DateScalar, { description: "Last Paris day on which it may be accepted." })
  validUntil!: string;

  @Field(() => Amounts, { description: "HT and VAT computed from the total TTC (see the README: the HT may differ from the sum of the lines' HT by a few cents)." })
  totals!: Amounts;

  @Field(() => Int, { deprecationReason: "Use `totals { ttcCents }`; removed in 0.3.0." })
  get totalTtcCents(): number {
    return this.totals.ttcCents;
  }

  @Field(() => Int, {
    description: "round(totalTtcCents / 1.2), computed from the total (see the README: may differ from the sum of the lines' HT by a few cents).",
    deprecationReason: "Use `totals { htCents }`; removed in 0.3.0.",
  })
  get totalHtCents(): number {
    return this.totals.htCents;
  }

  @Field(() => Int, { deprecationReason: "Use `totals { vatCents }`; removed in 0.3.0." })
  get totalVatCents(): number {
    return this.totals.vatCents;
  }

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was accepted or declined." })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "MEMBER, or DELEGATE on behalf of the member." })
  decidedByRole!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  replacedAt!: Date | null;
}

@ObjectType({ implements: Node, description: "QUO-2: a request for a quote, answered by one quote at a time (a new one replaces the previous)." })
export class QuoteRequest extends Node {
  rawId!: string;
  memberRawId!: string;

  @Field(() => ID_SCALAR, { description: "The member's global ID." })
  memberId!: string;

  @Field(() => QuotePurpose)
  purpose!: QuotePurposeValue;

  @Field(() => String)
  description!: string;

  @Field(() => DateTimeScalar)
  requestedAt!: Date;

  @Field(() => String)
  requestedByRole!: string;
}

export const { ConnectionType: QuoteConnection } = Connection(Quote, "Quote");
export const { ConnectionType: QuoteRequestConnection } = Connection(QuoteRequest, "QuoteRequest");
