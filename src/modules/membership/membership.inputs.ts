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
  @Field(() => String, { description: "The registered company name." })
  companyName!: string;

  @Field(() => String, { description: "9 digits with a valid Luhn check digit." })
  siren!: string;
}

@InputType({ description: "MEM-1 identification data of a candidate." })
export class SubmitCandidacyInput {
  @Field(() => String, { description: "The candidate's family name." })
  lastName!: string;

  @Field(() => String, { description: "The candidate's given name." })
  firstName!: string;

  @Field(() => DateScalar, { description: "The candidate must be 18 or older on the day of application (Europe/Paris)." })
  birthDate!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code, e.g. FR." })
  nationality?: string | null;

  @Field(() => String, { description: "The candidate's e-mail address; must not belong to another member." })
  email!: string;

  @Field(() => String, { description: "A French number, in any usual format; stored in E.164." })
  phone!: string;

  @Field(() => PostalAddressInput, { description: "Must be inside the coverage zone (ZON-1)." })
  postalAddress!: PostalAddressInput;

  @Field(() => LegalEntityInput, { nullable: true, description: "MEM-1: the legal entity, when applying for professional use." })
  legalEntity?: LegalEntityInput | null;
}

@InputType({ description: "MEM-2: open the selection committee's meeting of a week (COMMITTEE)." })
export class CreateCommitteeMeetingInput {
  @Field(() => DateScalar, { description: "The meeting's date; one meeting per ISO week (Europe/Paris)." })
  heldOn!: string;
}

@InputType({ description: "MEM-2: the committee's decision on one candidacy, at one of its meetings." })
export class DecideCandidacyInput {
  @Field(() => ID, { description: "The global ID of the CommitteeMeeting deciding." })
  meetingId!: string;

  @Field(() => ID, { description: "The global ID of the Candidacy (PENDING)." })
  candidacyId!: string;

  @Field(() => CommitteeDecisionKind, { description: "MEM-2: accept or reject." })
  decision!: "ACCEPT" | "REJECT";

  @Field(() => String, { description: "Required, for acceptance and rejection alike." })
  reason!: string;
}

@InputType({ description: "MEM-2: the entry fee was paid; the accepted candidate becomes ACTIVE." })
export class RecordEntryFeePaymentInput {
  @Field(() => ID, { description: "The global ID of the ACCEPTED member who paid." })
  memberId!: string;

  @Field(() => Int, { description: "Integer euro cents; must equal the configured entry fee." })
  amountCents!: number;
}

@InputType({ description: "MEM-2: end a membership (by the member, or recorded by the desk with a reason)." })
export class TerminateMembershipInput extends OwnMemberInput {
  @Field(() => String, { nullable: true, description: "Required when the desk records it." })
  reason?: string | null;
}

@InputType({ description: "MEM-3: a debt-recovery procedure was opened against a member; they can never become honorary." })
export class RecordDebtRecoveryOpenedInput {
  @Field(() => ID, { description: "The global ID of the member concerned." })
  memberId!: string;
}

@InputType({ description: "MEM-3: an honorary member rejoins (fee-free twice, then with the entry fee)." })
export class RejoinMembershipInput extends OwnMemberInput {}

@InputType({ description: "MEM-4: name, first name, address and contact (email or phone) of the delegate." })
export class DesignateDelegateInput extends OwnMemberInput {
  @Field(() => String, { description: "The delegate's family name." })
  lastName!: string;

  @Field(() => String, { description: "The delegate's given name." })
  firstName!: string;

  @Field(() => String, { description: "The delegate's postal address, one line." })
  postalAddress!: string;

  @Field(() => String, { nullable: true, description: "The delegate's e-mail address; at least one of email and phone is required." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "The delegate's French phone number, any usual format; at least one of email and phone is required." })
  phone?: string | null;

  @Field(() => DelegateNotificationChannel, {
    nullable: true,
    description: "How the Desk was notified: EMAIL or PHONE, required for the desk; APP (the default) for the member.",
  })
  notifiedVia?: "APP" | "EMAIL" | "PHONE" | null;
}

@InputType({ description: "MEM-4: revoke the member's active delegate." })
export class RevokeDelegateInput extends OwnMemberInput {}

@InputType({ description: "BIL-6: a third-party payer." })
export class DesignatePayerInput extends OwnMemberInput {
  @Field(() => PayerKind, { description: "BIL-6: a natural person or a legal entity." })
  kind!: "NATURAL_PERSON" | "LEGAL_ENTITY";

  @Field(() => String, { description: "The payer's name, as printed on the invoices they pay." })
  displayName!: string;

  @Field(() => String, { description: "Where the payer receives the invoices they pay." })
  email!: string;

  @Field(() => String, { description: "The payer's postal address for invoices, one line." })
  billingAddress!: string;

  @Field(() => [BillableItemKind], {
    nullable: true,
    description: "BIL-6: the item kinds this payer takes over; left out or empty: everything. At most one active payer per kind.",
  })
  itemKinds?: (typeof BILLABLE_ITEM_KINDS)[number][] | null;
}

@InputType({ description: "BIL-6: revoke a third-party payer; the member pays what the payer took over from then on." })
export class RevokePayerInput {
  @Field(() => ID, { description: "The global ID of the Payer to revoke." })
  payerId!: string;
}
