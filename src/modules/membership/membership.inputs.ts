import { Field, ID, InputType, Int } from "type-graphql";
import type { BILLABLE_ITEM_KINDS } from "../../../db/schema/billing.js";
import { BillableItemKind } from "../invoicing/index.js";
import { DelegateNotificationChannel, PayerKind, PostalAddressInput } from "../members/index.js";
import { DateScalar } from "../../shared/scalars.js";
import { CommitteeDecisionKind } from "./membership.types.js";

/** The member a mutation acts for, as MEMBER (their own, left out) or the desk (required) give it: a base class, not an SDL type of its own. */
@InputType()
class OwnMemberInput {
  @Field(() => ID, { nullable: true, description: "Optional for MEMBER (their own); required for the desk." })
  memberId?: string | null;
}

@InputType({ description: "A legal entity for professional use (MEM-1): both fields together." })
export class LegalEntityInput {
  @Field(() => String)
  companyName!: string;

  @Field(() => String, { description: "9 digits with a valid Luhn check digit." })
  siren!: string;
}

@InputType({ description: "MEM-1 identification data of a candidate." })
export class SubmitCandidacyInput {
  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => DateScalar, { description: "The candidate must be 18 or older on the day of application (Europe/Paris)." })
  birthDate!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code, e.g. FR." })
  nationality?: string | null;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: "A French number, in any usual format; stored in E.164." })
  phone!: string;

  @Field(() => PostalAddressInput, { description: "Must be inside the coverage zone (ZON-1)." })
  postalAddress!: PostalAddressInput;

  @Field(() => LegalEntityInput, { nullable: true })
  legalEntity?: LegalEntityInput | null;
}

@InputType()
export class CreateCommitteeMeetingInput {
  @Field(() => DateScalar, { description: "The meeting's date; one meeting per ISO week (Europe/Paris)." })
  heldOn!: string;
}

@InputType()
export class DecideCandidacyInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  candidacyId!: string;

  @Field(() => CommitteeDecisionKind)
  decision!: "ACCEPT" | "REJECT";

  @Field(() => String, { description: "Required, for acceptance and rejection alike." })
  reason!: string;
}

@InputType()
export class RecordEntryFeePaymentInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: "Integer euro cents; must equal the configured entry fee." })
  amountCents!: number;
}

@InputType()
export class TerminateMembershipInput extends OwnMemberInput {
  @Field(() => String, { nullable: true, description: "Required when the desk records it." })
  reason?: string | null;
}

@InputType()
export class RecordDebtRecoveryOpenedInput {
  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class RejoinMembershipInput extends OwnMemberInput {}

@InputType({ description: "MEM-4: name, first name, address and contact (email or phone) of the delegate." })
export class DesignateDelegateInput extends OwnMemberInput {
  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String, { description: "The delegate's postal address, one line." })
  postalAddress!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => DelegateNotificationChannel, {
    nullable: true,
    description: "How the Desk was notified: EMAIL or PHONE, required for the desk; APP (the default) for the member.",
  })
  notifiedVia?: "APP" | "EMAIL" | "PHONE" | null;
}

@InputType()
export class RevokeDelegateInput extends OwnMemberInput {}

@InputType({ description: "BIL-6: a third-party payer." })
export class DesignatePayerInput extends OwnMemberInput {
  @Field(() => PayerKind)
  kind!: "NATURAL_PERSON" | "LEGAL_ENTITY";

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  billingAddress!: string;

  @Field(() => [BillableItemKind], {
    nullable: true,
    description: "BIL-6: the item kinds this payer takes over; left out or empty: everything. At most one active payer per kind.",
  })
  itemKinds?: (typeof BILLABLE_ITEM_KINDS)[number][] | null;
}

@InputType()
export class RevokePayerInput {
  @Field(() => ID)
  payerId!: string;
}
