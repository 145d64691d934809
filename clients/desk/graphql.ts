/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** DEV-2: the member's coach activates a designated device. */
export type ActivateDeviceInput = {
  /** The Device's ID; it must be DESIGNATED. */
  deviceId: string;
  /** DEV-2: the coach's own check of connectivity; left out, the member's declaration stands. */
  hasInternetConnectivity?: boolean | null | undefined;
};

/** ADR-1: the main address covered by the option; ADR-2: an extra site (« Site supplémentaire »). */
export type AddressKind =
  /** ADR-2: a « Site supplémentaire », billed monthly (at most 5). */
  | 'EXTRA_SITE'
  /** ADR-1: the one address covered by the option. */
  | 'MAIN';

/** OPT-6: price and characteristic changes need 1 month's notice, removals 3. */
export type AnnouncementKind =
  /** OPT-6: a change of characteristics; at least one month's notice. */
  | 'CHARACTERISTIC_CHANGE'
  /** OPT-6: a price change; at least one month's notice. */
  | 'PRICE_CHANGE'
  /** OPT-6: a service or option removed; at least three months' notice. */
  | 'SERVICE_REMOVAL';

/** GDP-1: answer an open request (PRIVACY_OFFICER). */
export type AnswerPrivacyRequestInput = {
  /** The answer sent to the member, 1 to 4000 characters. */
  answer: string;
  /** The global ID of the open PrivacyRequest. */
  requestId: string;
};

/** SVC-2: the desk assigns (or changes) the member's coach and substitute. */
export type AssignCoachInput = {
  /** A StaffUser with the COACH role. */
  coachId: string;
  /** The member. */
  memberId: string;
  /** Another coach, offered when the assigned one is unavailable. */
  substituteCoachId?: string | null | undefined;
};

/** BIL-1/BIL-6: what an invoice line bills; a payer may take over some kinds only. */
export type BillableItemKind =
  /** Equipment purchases. */
  | 'EQUIPMENT'
  /** ADR-2: a « Site supplémentaire » (additional address), monthly. */
  | 'EXTRA_SITE'
  /** INT-3/INT-7: billable interventions and coach hours. */
  | 'INTERVENTION'
  /** MBX-2: mailbox options (« +1 mailbox », « pack 5 », « pack 10 »), monthly. */
  | 'MAILBOX_PACK'
  /** The Option Intérieur, monthly. */
  | 'OPTION'
  /** CON-2: the Conciergerie John Paul « Privilège » option, monthly. */
  | 'PRIVILEGE'
  /** QUO-3: an accepted quote. */
  | 'QUOTE';

/** INT-1..INT-3: the desk books a home intervention, at the price the member accepted. */
export type BookHomeInterventionInput = {
  /** INT-3/INT-7: the TTC price in cents the member was shown and accepted; required, and equal to the quote, when the intervention is billable. */
  acceptedPriceCents?: number | null | undefined;
  /** ZON-2: an active address of the member. */
  addressId: string;
  /** INT-1: an assistance request whose remote resolution failed or was impossible; it names the member. */
  assistanceRequestId: string;
  /** 15 to 600 minutes. */
  durationMinutes: number;
  /** A technician, or a coach visit. */
  kind: InterventionKind;
  /** A StaffUser: an active TECHNICIAN, or for a coach visit the member's coach or substitute. */
  performerId: string;
  /** INT-7: personal devices in a coach visit (default 0). */
  personalDeviceCount?: number | null | undefined;
  /** In the future (within 365 days); the whole slot within Mon–Sat 09:00–19:00 Paris time (INT-2). */
  startsAt: string;
};

/** PENDING until the committee decides (MEM-2). */
export type CandidacyStatus =
  /** MEM-2: accepted; the member becomes ACTIVE once the entry fee is paid. */
  | 'ACCEPTED'
  /** MEM-2: waiting for the committee's weekly meeting. */
  | 'PENDING'
  /** MEM-2: rejected, with the committee's reason. */
  | 'REJECTED';

/** Why a Coaching mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type CoachingErrorCode =
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** The person named is not an active coach. (rule SVC-2) */
  | 'NOT_A_COACH'
  /** The substitute coach must differ from the assigned coach. (rule SVC-2) */
  | 'SAME_COACH';

/** Why a Collections mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type CollectionsErrorCode =
  /** A dunning case is already open for this member. (rule BIL-9) */
  | 'CASE_ALREADY_OPEN'
  /** The credit note exceeds what may still be credited ({max} cents: TTC − credits − contested amount). (rule BIL-1) */
  | 'CREDIT_EXCEEDS_INVOICE'
  /** A credit note cannot be corrected by another credit note. (rule BIL-1) */
  | 'CREDIT_NOTE_NOT_CREDITABLE'
  /** A credit note is neither paid nor disputed: name the invoice it corrects. (rule BIL-4) */
  | 'CREDIT_NOTE_NOT_PAYABLE'
  /** This dispute has already been resolved. (rule BIL-7) */
  | 'DISPUTE_ALREADY_RESOLVED'
  /** Only what remains to be paid can be disputed ({max} cents). (rule BIL-7) */
  | 'DISPUTE_EXCEEDS_UNPAID'
  /** Dispute not found. (rule BIL-7) */
  | 'DISPUTE_NOT_FOUND'
  /** A draft is corrected directly: a credit note only corrects an issued invoice. (rule BIL-1) */
  | 'DRAFT_NOT_CREDITABLE'
  /** A draft cannot be disputed. (rule BIL-7) */
  | 'DRAFT_NOT_DISPUTABLE'
  /** A payment result with this bank reference is already recorded. (rule BIL-4) */
  | 'DUPLICATE_REFERENCE'
  /** The guarantee's due date cannot be in the past (today: {today}). (rule BIL-4) */
  | 'GUARANTEE_DUE_IN_PAST'
  /** This amount exceeds what is left of the guarantee ({remaining} cents). (rule BIL-4) */
  | 'GUARANTEE_EXCEEDS_REMAINING'
  /** This field must be between 1 and {max} characters long. (rule BIL-4) */
  | 'GUARANTEE_INVALID_TEXT'
  /** Invoice not found: a guarantee is used on an issued invoice of the member. (rule BIL-4) */
  | 'GUARANTEE_INVOICE_NOT_FOUND'
  /** This member's membership has ended or was rejected: no financial guarantee can be asked of them. (rule BIL-4) */
  | 'GUARANTEE_MEMBERSHIP_CLOSED'
  /** Member not found: a financial guarantee is asked of an existing member. (rule BIL-4) */
  | 'GUARANTEE_MEMBER_NOT_FOUND'
  /** The GUARANTEE method is reserved for using a financial guarantee (useFinancialGuarantee): it is never recorded by hand. (rule BIL-4) */
  | 'GUARANTEE_METHOD_RESERVED'
  /** Financial guarantee not found. (rule BIL-4) */
  | 'GUARANTEE_NOT_FOUND'
  /** This guarantee is not paid (status {status}): only a paid guarantee is used or released. (rule BIL-4) */
  | 'GUARANTEE_NOT_PAID'
  /** This guarantee is no longer awaiting payment (status {status}): only a requested guarantee is paid or cancelled. (rule BIL-4) */
  | 'GUARANTEE_NOT_REQUESTED'
  /** This invoice is not the invoice of the member who paid the guarantee. (rule BIL-4) */
  | 'GUARANTEE_OTHER_MEMBER'
  /** The amount must be a whole number of cents, greater than 0. (rule BIL-4) */
  | 'INVALID_AMOUNT'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** Invoice not found, or you do not have access to it. (rule AUT-2) */
  | 'INVOICE_NOT_FOUND'
  /** This invoice is a draft: it has not been issued yet. (rule BIL-4) */
  | 'INVOICE_NOT_ISSUED'
  /** Legal interest rate missing for {halfYear}: the late charge cannot be computed until billing records it. (rule BIL-8) */
  | 'LEGAL_RATE_MISSING'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** This member has no overdue, undisputed, unpaid amount. (rule BIL-9) */
  | 'NOTHING_OVERDUE'
  /** No formal notice is pending for this member. (rule BIL-9) */
  | 'NO_OPEN_CASE'
  /** This payment exceeds the amount due ({due} cents): a contested amount is suspended and not payable. (rule BIL-4) */
  | 'OVERPAYMENT'
  /** The payment's received date cannot be in the future. (rule BIL-4) */
  | 'PAYMENT_DATE_IN_FUTURE'
  /** A rate is already recorded for this half-year ({effectiveOn}). (rule BIL-8) */
  | 'RATE_ALREADY_RECORDED'
  /** The legal interest rate is set per half-year: it takes effect on 1 January or 1 July. (rule BIL-8) */
  | 'RATE_NOT_HALF_YEAR'
  /** The rate must be between 0 and 10000 basis points. (rule BIL-8) */
  | 'RATE_OUT_OF_RANGE'
  /** Step out of order: formal notice, suspension, second notice, then termination. (rule BIL-9) */
  | 'STEP_OUT_OF_ORDER'
  /** The notice must be left without effect for {days} days: not before {earliest}. (rule BIL-9) */
  | 'TOO_EARLY';

/** MEM-2: the committee accepts or rejects. */
export type CommitteeDecisionKind =
  /** MEM-2: the candidate is accepted (then pays the entry fee). */
  | 'ACCEPT'
  /** MEM-2: the candidacy is refused. */
  | 'REJECT';

/** MEM-2: open the selection committee's meeting of a week (COMMITTEE). */
export type CreateCommitteeMeetingInput = {
  /** The meeting's date; one meeting per ISO week (Europe/Paris). */
  heldOn: string;
};

/** MEM-2: the committee's decision on one candidacy, at one of its meetings. */
export type DecideCandidacyInput = {
  /** The global ID of the Candidacy (PENDING). */
  candidacyId: string;
  /** MEM-2: accept or reject. */
  decision: CommitteeDecisionKind;
  /** The global ID of the CommitteeMeeting deciding. */
  meetingId: string;
  /** Required, for acceptance and rejection alike. */
  reason: string;
};

/** Why a Device mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type DeviceErrorCode =
  /** This device is already active. (rule DEV-2) */
  | 'ALREADY_ACTIVE'
  /** At most {limit} protected devices per member: the limit is reached. Remove a device to free a slot. (rule DEV-1) */
  | 'DEVICE_LIMIT_REACHED'
  /** Device not found, already removed, or you do not have access to it. (rule AUT-2) */
  | 'DEVICE_NOT_FOUND'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** This member's membership has ended or was rejected. (rule MEM-2) */
  | 'MEMBERSHIP_CLOSED'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** Device not found, or you are not this member's coach: only their coach activates their devices. (rule DEV-2) */
  | 'NOT_THE_MEMBERS_COACH'
  /** The device needs internet connectivity to be activated. (rule DEV-2) */
  | 'NO_INTERNET_CONNECTIVITY'
  /** This service is part of the Option Intérieur, which is not in force for this member. (rule OPT-2) */
  | 'OPTION_NOT_IN_FORCE'
  /** Services are suspended for non-payment: settle the overdue amount to restore them. (rule BIL-9) */
  | 'SERVICE_SUSPENDED';

/** DEV-2: DESIGNATED by the member, then ACTIVE once the coach activated it. */
export type DeviceState =
  /** Activated by the coach: the device is protected. */
  | 'ACTIVE'
  /** Designated by the member; waiting for the coach to activate it. */
  | 'DESIGNATED';

/** BIL-9: where a non-payment case stands. */
export type DunningStage =
  /** Nothing overdue and undisputed remains: the case is over. */
  | 'CLOSED'
  /** A formal notice was sent; services may be suspended once it is left without effect for 8 days. */
  | 'FORMAL_NOTICE'
  /** A second notice was sent; Parnasse may terminate once it is left without effect for 8 days. */
  | 'SECOND_NOTICE'
  /** Services are suspended; the subscription stays due. A second notice may follow. */
  | 'SUSPENDED'
  /** Parnasse terminated the option for non-payment; the case stays open until the debt is paid. */
  | 'TERMINATED';

/** Why a Intervention mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type InterventionErrorCode =
  /** Interventions take place only at an active address the member declared, inside the zone. (rule ZON-2) */
  | 'ADDRESS_NOT_FOUND'
  /** Assistance request not found, or you do not have access to it. (rule AUT-2) */
  | 'ASSISTANCE_REQUEST_NOT_FOUND'
  /** The data backup is already confirmed for this intervention. (rule INT-6) */
  | 'BACKUP_ALREADY_CONFIRMED'
  /** The member has not confirmed their data is backed up yet: the intervention cannot start. (rule INT-6) */
  | 'BACKUP_NOT_CONFIRMED'
  /** More than {included} personal devices: the coach's time costs {price} incl. VAT; the member must accept that price (acceptedPriceCents = {cents}). (rule INT-7) */
  | 'COACH_TIME_NOT_ACCEPTED'
  /** Intervention not found, or you do not have access to it. (rule AUT-3) */
  | 'INTERVENTION_NOT_FOUND'
  /** The number of personal devices must be between 0 and {max}. (rule INT-7) */
  | 'INVALID_DEVICE_COUNT'
  /** The duration must be between {min} and {max} minutes. (rule INT-2) */
  | 'INVALID_DURATION'
  /** Not possible: the intervention is {status}. (input check, no SPEC rule) */
  | 'INVALID_STATUS'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** The person named is not an active technician. (rule INT-2) */
  | 'NOT_A_TECHNICIAN'
  /** A coach visit is made by the member's assigned coach or their substitute. (rule INT-2) */
  | 'NOT_THE_MEMBERS_COACH'
  /** The member holds no Option Intérieur in force: no home intervention. (rule INT-3) */
  | 'NO_OPTION_IN_FORCE'
  /** The Option Intérieur ends on {endsAt}, before this slot. (rule INT-3) */
  | 'OPTION_ENDS_BEFORE_SLOT'
  /** The outcome of the remote assistance is already recorded ({outcome}). (rule INT-1) */
  | 'OUTCOME_ALREADY_RECORDED'
  /** Home interventions take place Monday to Saturday, 09:00–19:00 Paris time. (rule INT-2) */
  | 'OUTSIDE_INTERVENTION_HOURS'
  /** Ethernet cabling, Wi-Fi access points and multimedia equipment are covered only if Parnasse installed them. (rule INT-5) */
  | 'OUT_OF_SCOPE'
  /** Beyond the {limit} interventions of the contract year, this one costs {price} incl. VAT: the member must accept that price (acceptedPriceCents = {cents}). (rule INT-3) */
  | 'PRICE_NOT_ACCEPTED'
  /** A home intervention is offered only once remote assistance was recorded as failed or impossible. (rule INT-1) */
  | 'REMOTE_NOT_FAILED'
  /** Services are suspended for non-payment: settle the overdue amount to restore them. (rule BIL-9) */
  | 'SERVICE_SUSPENDED'
  /** The slot must start in the future. (rule INT-2) */
  | 'SLOT_IN_PAST'
  /** The slot must start within the next {days} days. (rule INT-2) */
  | 'SLOT_TOO_FAR'
  /** TV bouquet / VOD support is open Monday to Friday 09:00–20:00; it next opens at {nextOpensAt}. (rule INT-5) */
  | 'TV_VOD_CLOSED'
  /** TV bouquet / VOD issues are handled remotely only: no home intervention. (rule INT-5) */
  | 'TV_VOD_REMOTE_ONLY';

/** INT-2/INT-3: a technician, or the member's coach (coach visit). */
export type InterventionKind =
  /** A visit of the member's coach (or substitute); counts in INT-3 too. */
  | 'COACH_VISIT'
  /** A field technician's intervention. */
  | 'TECHNICIAN';

/** BOOKED → STARTED (INT-6) → DONE; REFUSED (INT-4); CANCELLED (does not count, INT-3). */
export type InterventionStatus =
  /** Booked; the member must confirm the backup (INT-6) before it starts. */
  | 'BOOKED'
  /** Cancelled by the desk before it started; it no longer counts in INT-3 (final). */
  | 'CANCELLED'
  /** Completed (final). */
  | 'DONE'
  /** INT-4: refused, with its reason; it still counts in INT-3 (final). */
  | 'REFUSED'
  /** The technician or coach started it. */
  | 'STARTED';

/** DRAFT → ISSUED → PARTIALLY_PAID → PAID; DISPUTED while part of it is contested (BIL-7). */
export type InvoiceStatus =
  /** BIL-7: part of it is contested under an open dispute; the uncontested part stays due. */
  | 'DISPUTED'
  /** Not issued yet: no number, not due. */
  | 'DRAFT'
  /** Issued (due from its issue date, BIL-3); nothing received yet. */
  | 'ISSUED'
  /** Nothing remains due (paid or credited in full). */
  | 'PAID'
  /** Part of it was received; the rest is due. */
  | 'PARTIALLY_PAID';

/** Why a Invoicing mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type InvoicingErrorCode =
  /** The month must be YYYY-MM, e.g. 2026-11. (input check, no SPEC rule) */
  | 'INVALID_MONTH'
  /** The month {month} has not started: a month can be billed from its first day only. (rule BIL-1) */
  | 'MONTH_NOT_STARTED';

/** QUO-2/QUO-3: a quote answering a request; it replaces the request's quote in force, if any. */
export type IssueQuoteInput = {
  /** 1 to 50 lines. */
  lines: Array<QuoteLineInput>;
  /** The global ID of the QuoteRequest answered. */
  requestId: string;
  /** Last Paris day the quote may be accepted: today to one year ahead. */
  validUntil: string;
};

/** A legal entity for professional use (MEM-1): both fields together. */
export type LegalEntityInput = {
  /** The registered company name. */
  companyName: string;
  /** 9 digits with a valid Luhn check digit. */
  siren: string;
};

/** LIN-1: RESIDENTIAL_INTERNET and PRO_INTERNET are eligible; the others are LIN-2 incompatible offers. */
export type LineOffer =
  /** LIN-2: Connect Pro: incompatible. */
  | 'CONNECT_PRO'
  /** LIN-2: fixed-line only: incompatible. */
  | 'FIXED_ONLY'
  /** LIN-2: fixed PABX: incompatible. */
  | 'FIXED_PABX'
  /** LIN-2: multi-line: incompatible. */
  | 'MULTI_LINE'
  /** LIN-1: Orange Pro internet: eligible. */
  | 'PRO_INTERNET'
  /** LIN-2: Pro Office: incompatible. */
  | 'PRO_OFFICE'
  /** LIN-1: Orange residential internet: eligible. */
  | 'RESIDENTIAL_INTERNET';

/** LIN-1: ADSL, VDSL, FIBER; ROUTER_4G is not eligible. */
export type LineTechnology =
  /** LIN-1: ADSL: eligible. */
  | 'ADSL'
  /** LIN-1: fiber: eligible. */
  | 'FIBER'
  /** A 4G router: in intervention scope (INT-5) but not an eligible line. */
  | 'ROUTER_4G'
  /** LIN-1: VDSL: eligible. */
  | 'VDSL';

/** MEM-2 membership states. */
export type MemberStatus =
  /** MEM-2: accepted by the committee; becomes ACTIVE once the entry fee is paid. */
  | 'ACCEPTED'
  /** MEM-2: a member: the entry fee is paid and the membership is in force. */
  | 'ACTIVE'
  /** MEM-2: applied; waiting for the selection committee. */
  | 'CANDIDATE'
  /** MEM-2: the committee refused the candidacy. */
  | 'REJECTED'
  /** MEM-2: the membership ended; MEM-3 decides whether the former member is honorary and may rejoin. */
  | 'TERMINATED';

/** Why a Membership mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type MembershipErrorCode =
  /** The committee has already decided this candidacy. (rule MEM-2) */
  | 'ALREADY_DECIDED'
  /** Candidacy not found. (rule MEM-2) */
  | 'CANDIDACY_NOT_FOUND'
  /** The commune "{commune}" does not match postal code {postalCode}. (rule ZON-1) */
  | 'COMMUNE_MISMATCH'
  /** A debt-recovery procedure is already recorded for this member. (rule MEM-3) */
  | 'DEBT_RECOVERY_ALREADY_OPENED'
  /** Give a way to contact the delegate: email or phone. (rule MEM-4) */
  | 'DELEGATE_CONTACT_REQUIRED'
  /** A delegate cannot terminate, designate or replace a delegate, or designate a payer: only the member can. (rule MEM-5) */
  | 'DELEGATE_NOT_ALLOWED'
  /** This email address is already used by another member or candidate. (rule MEM-1) */
  | 'EMAIL_TAKEN'
  /** The address line must be between 1 and {max} characters long. (rule MEM-1) */
  | 'INVALID_ADDRESS_LINE'
  /** The birth date is not plausible. (rule MEM-1) */
  | 'INVALID_BIRTH_DATE'
  /** The company name must be between 1 and {max} characters long. (rule MEM-1) */
  | 'INVALID_COMPANY_NAME'
  /** The email address is not valid. (rule MEM-1) */
  | 'INVALID_EMAIL'
  /** Last and first names must be between 1 and {max} characters long. (rule MEM-1) */
  | 'INVALID_NAME'
  /** Nationality is a two-letter ISO country code (e.g. FR). (rule MEM-1) */
  | 'INVALID_NATIONALITY'
  /** This payer field must be between 1 and {max} characters long. (rule BIL-6) */
  | 'INVALID_PAYER_FIELD'
  /** The phone number must be a valid French number. (rule MEM-1) */
  | 'INVALID_PHONE'
  /** The postal code must have 5 digits and exist in France. (rule ZON-1) */
  | 'INVALID_POSTAL_CODE'
  /** The SIREN must have 9 digits with a valid check digit. (rule MEM-1) */
  | 'INVALID_SIREN'
  /** The meeting date must be between {earliest} and {latest}. (rule MEM-2) */
  | 'MEETING_DATE_OUT_OF_RANGE'
  /** Committee meeting not found. (rule MEM-2) */
  | 'MEETING_NOT_FOUND'
  /** The meeting of {heldOn} has not taken place yet: no decision can be recorded for it. (rule MEM-2) */
  | 'MEETING_NOT_HELD_YET'
  /** The meeting of {heldOn} is more than {days} days old: its decisions can no longer be recorded. (rule MEM-2) */
  | 'MEETING_TOO_OLD'
  /** The committee already met in the week of {weekStart}: one meeting a week. (rule MEM-2) */
  | 'MEETING_WEEK_TAKEN'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** Monaco is excluded from the coverage zone. (rule ZON-1) */
  | 'MONACO_EXCLUDED'
  /** A member designates their delegate in the app: the channel is APP. (rule MEM-4) */
  | 'NOTIFICATION_CHANNEL_INVALID'
  /** Say how the Desk was notified: EMAIL or PHONE. (rule MEM-4) */
  | 'NOTIFICATION_CHANNEL_REQUIRED'
  /** The entry fee can only be paid by an accepted candidate (current status: {status}). (rule MEM-2) */
  | 'NOT_ACCEPTED'
  /** Only an active membership can be terminated (current status: {status}). (rule MEM-2) */
  | 'NOT_ACTIVE'
  /** The candidate must be an adult (18 or older). (rule MEM-1) */
  | 'NOT_AN_ADULT'
  /** A debt-recovery procedure cannot target a candidate (current status: {status}). (rule MEM-3) */
  | 'NOT_A_MEMBER'
  /** Only an honorary member can rejoin. (rule MEM-3) */
  | 'NOT_HONORARY'
  /** Only a former member can rejoin (current status: {status}). (rule MEM-3) */
  | 'NOT_TERMINATED'
  /** This member has no active delegate. (rule MEM-4) */
  | 'NO_ACTIVE_DELEGATE'
  /** This address ({commune}, {postalCode}) is outside the Parnasse coverage zone. (rule ZON-1) */
  | 'OUT_OF_ZONE'
  /** An active payer already pays for: {kinds}. Revoke it first, or choose other item kinds. (rule BIL-6) */
  | 'PAYER_KIND_TAKEN'
  /** Payer not found, or you do not have access to it. (rule AUT-2) */
  | 'PAYER_NOT_FOUND'
  /** A payer of everything cannot coexist with another active payer: revoke the current payer first, or limit this payer to some item kinds. (rule BIL-6) */
  | 'PAYER_OVERLAPS_ALL'
  /** The member asked for the processing of their account data to be restricted: staff do not change it while the restriction is in force, except to answer that request (name it in privacyRequestId). (rule GDP-1) */
  | 'PROCESSING_RESTRICTED'
  /** A reason is required (1 to {max} characters). (rule MEM-2) */
  | 'REASON_REQUIRED'
  /** The entry fee is {expected} cents, not {actual}. (rule MEM-2) */
  | 'WRONG_ENTRY_FEE';

/** The steps of a membership's history (MEM-2, MEM-3). */
export type MembershipEventKind =
  /** MEM-2: the committee accepted the candidacy. */
  | 'ACCEPTED'
  /** MEM-2: the candidate became an ACTIVE member. */
  | 'ACTIVATED'
  /** MEM-2: the candidacy was submitted. */
  | 'APPLIED'
  /** MEM-2: the entry fee was recorded as paid. */
  | 'ENTRY_FEE_PAID'
  /** MEM-2: the committee rejected the candidacy. */
  | 'REJECTED'
  /** MEM-3: an honorary member rejoined. */
  | 'REJOINED'
  /** MEM-2: the membership ended. */
  | 'TERMINATED';

/** Why a Option mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type OptionErrorCode =
  /** The date of written acceptance cannot be in the future. (rule OPT-2) */
  | 'ACCEPTANCE_IN_FUTURE'
  /** The Option Intérieur is already subscribed for this member. (rule OPT-1) */
  | 'ALREADY_SUBSCRIBED'
  /** This date is too far in the past: at most {days} days back. (rule OPT-2) */
  | 'DATE_TOO_OLD'
  /** The delegate can never terminate the option: only the member can. (rule MEM-5) */
  | 'DELEGATE_CANNOT_TERMINATE'
  /** Give the breach or non-payment that justifies the termination. (rule OPT-5) */
  | 'DETAIL_REQUIRED'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** The option requires an active Parnasse membership. (rule OPT-1) */
  | 'MEMBERSHIP_NOT_ACTIVE'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** Notice too short: a {kind} must be announced at least {months} month(s) ahead (effective {earliest} at the earliest). (rule OPT-6) */
  | 'NOTICE_TOO_SHORT'
  /** The option requires an address in the zone that is eligible for fiber or ADSL. (rule OPT-1) */
  | 'NO_ELIGIBLE_ADDRESS'
  /** The option requires at least one eligible Orange internet line. (rule OPT-1) */
  | 'NO_ELIGIBLE_LINE'
  /** No Option Intérieur in force for this member. (rule OPT-4) */
  | 'NO_OPTION_IN_FORCE'
  /** The subscription cannot start before the previous one ended ({endsAt}). (rule OPT-2) */
  | 'OVERLAPS_PREVIOUS'
  /** The date of receipt is before the option was subscribed ({acceptedAt}). (rule OPT-4) */
  | 'RECEIPT_BEFORE_SUBSCRIPTION'
  /** The date of receipt cannot be in the future. (rule OPT-4) */
  | 'RECEIPT_IN_FUTURE'
  /** This date of receipt is too far in the past: at most {days} days back. (rule OPT-4) */
  | 'RECEIPT_TOO_OLD'
  /** A termination is already under way: it takes effect on {endsAt}. (rule OPT-4) */
  | 'TERMINATION_ALREADY_REQUESTED';

/** Where the « Option Intérieur » stands (OPT-2..5). */
export type OptionStatus =
  /** OPT-2: in force, from the member's written acceptance. */
  | 'ACTIVE'
  /** The option has ended (see endReason). */
  | 'ENDED'
  /** OPT-4: a termination was received; the option ends at endsAt. */
  | 'TERMINATION_PENDING';

/** BIL-4: direct debit is the contract's method; transfers and cheques are recorded too. GUARANTEE: part of a financial guarantee used against the invoice (useFinancialGuarantee only). */
export type PaymentMethod =
  /** Cheque. */
  | 'CHEQUE'
  /** Direct debit (BIL-4: the contract's method). */
  | 'DIRECT_DEBIT'
  /** Part of a paid financial guarantee used against the invoice (useFinancialGuarantee only). */
  | 'GUARANTEE'
  /** Bank transfer. */
  | 'TRANSFER';

/** BIL-4: a REJECTED direct debit moves no amount but stays visible. */
export type PaymentOutcome =
  /** Refused by the bank: nothing is deducted. */
  | 'REJECTED'
  /** The amount was received: it is deducted from the balance due. */
  | 'SUCCEEDED';

/** A postal address in France; the commune must belong to the postal code. */
export type PostalAddressInput = {
  /** The commune's name; any case and accents. */
  commune: string;
  /** Street line: number and street name (required). */
  line1: string;
  /** Complement (building, staircase, floor); optional. */
  line2?: string | null | undefined;
  /** Five-digit French postal code; must belong to the commune. */
  postalCode: string;
};

/** Why a Privacy mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type PrivacyErrorCode =
  /** This request's deadline was already extended: it may be extended only once, by two months. (rule GDP-1) */
  | 'ALREADY_EXTENDED'
  /** The member files their request in the app (APP); the desk and the privacy officer record those received by post (POST) or email (EMAIL). (rule GDP-1) */
  | 'CHANNEL_NOT_ALLOWED'
  /** A delegate cannot exercise the member's rights over their personal data: only the member files a request. (rule MEM-5) */
  | 'DELEGATE_MAY_NOT_EXERCISE'
  /** An erasure request is answered by erasePersonalData (which attaches the retention ledger), or rejected. (rule GDP-3) */
  | 'ERASURE_ANSWERED_BY_ERASURE'
  /** The extension must be decided, with its reason, before the first month ends ({dueAt}). (rule GDP-1) */
  | 'EXTENSION_TOO_LATE'
  /** The proof's reference is 1 to {max} characters (e.g. the last digits of its number); the document itself is never stored. (rule GDP-1) */
  | 'IDENTITY_PROOF_INVALID'
  /** A request received by post or email is recorded with the identity proof seen: its kind (identity card, passport…) and a reference. (rule GDP-1) */
  | 'IDENTITY_PROOF_REQUIRED'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** An objection or restriction of this kind is already in force for this purpose. (rule GDP-1) */
  | 'LIMIT_ALREADY_IN_FORCE'
  /** This objection or restriction is already lifted. (rule GDP-1) */
  | 'LIMIT_ALREADY_LIFTED'
  /** Objection or restriction not found, or you do not have access to it. (rule AUT-2) */
  | 'LIMIT_NOT_FOUND'
  /** This member's personal data was erased: there is no data left to exercise a right on. (rule GDP-3) */
  | 'MEMBER_ERASED'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** A payer cannot exercise the member's rights over their personal data: only the member files a request. (rule GDP-1) */
  | 'PAYER_MAY_NOT_EXERCISE'
  /** Only objection and restriction concern a purpose: leave purpose out. (rule GDP-1) */
  | 'PURPOSE_NOT_APPLICABLE'
  /** An objection or a restriction concerns one purpose of processing: give it (purpose). (rule GDP-1) */
  | 'PURPOSE_REQUIRED'
  /** The date of receipt can be neither in the future nor more than {days} days ago; a request filed in the app is received now. (rule GDP-1) */
  | 'RECEIVED_AT_INVALID'
  /** Give the date the letter or email was received (receivedAt): the one-month deadline runs from it. (rule GDP-1) */
  | 'RECEIVED_AT_REQUIRED'
  /** This request is already closed ({status}). (rule GDP-1) */
  | 'REQUEST_CLOSED'
  /** Data-protection request not found, or you do not have access to it. (rule AUT-2) */
  | 'REQUEST_NOT_FOUND';

/** GDP-1: access, rectification, erasure, portability, objection, restriction, post-mortem directives (GDPR art. 15–21; loi Informatique et Libertés art. 85). */
export type PrivacyRequestKind =
  /** GDPR art. 15: a copy of the member's personal data. */
  | 'ACCESS'
  /** GDPR art. 17: erase the member's data (see erasePersonalData, GDP-3). */
  | 'ERASURE'
  /** GDPR art. 21: object to one purpose of processing. */
  | 'OBJECTION'
  /** GDPR art. 20 / GDP-2: a complete machine-readable export. */
  | 'PORTABILITY'
  /** Loi Informatique et Libertés art. 85: directives for the data after the member's death. */
  | 'POST_MORTEM_DIRECTIVES'
  /** GDPR art. 16: correct inaccurate data. */
  | 'RECTIFICATION'
  /** GDPR art. 18: restrict one purpose of processing. */
  | 'RESTRICTION';

/** RECEIVED (open), ANSWERED or REJECTED. */
export type PrivacyRequestStatus =
  /** Answered. */
  | 'ANSWERED'
  /** Open: the answer is due by dueAt. */
  | 'RECEIVED'
  /** Rejected, with the reason told to the member. */
  | 'REJECTED';

/** The purpose an objection or a restriction concerns. ACCOUNT_DATA: the member's account data (contact details, addresses, delegate, payers): under RESTRICTION, staff do not change it. */
export type ProcessingPurpose =
  /** The member's account data (contact details, addresses, delegate, payers): under RESTRICTION, staff do not change it. */
  | 'ACCOUNT_DATA'
  /** Commercial offers and marketing messages. */
  | 'MARKETING'
  /** Sharing data with partners. */
  | 'PARTNER_SHARING'
  /** Profiling of the member's use of the services. */
  | 'PROFILING'
  /** Satisfaction surveys. */
  | 'SATISFACTION_SURVEYS';

/** OPT-6: announce a change to option holders, with the notice it requires (1 month, 3 for a removal). */
export type PublishAnnouncementInput = {
  /** The text members see. */
  body: string;
  /** The date the change applies (Europe/Paris). */
  effectiveOn: string;
  /** OPT-6: what changes. */
  kind: AnnouncementKind;
  /** Only this member; null: every member holding the option. */
  memberId?: string | null | undefined;
  /** The title members see. */
  title: string;
};

/** SVC-4 (art. 4.8): publish a « Vie de Cercle » event for members. */
export type PublishCircleEventInput = {
  /** Places, 1 to 10000. */
  capacity: number;
  /** 1 to 5000 characters. */
  description: string;
  /** Where it takes place, 1 to 300 characters. */
  place: string;
  /** In the future, at most two years ahead. */
  startsAt: string;
  /** 1 to 200 characters. */
  title: string;
};

/** Why a Quote mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type QuoteErrorCode =
  /** Installation on quote comes with an Orange fiber offer: no Orange fiber line is declared. (rule QUO-1) */
  | 'FIBER_OFFER_REQUIRED'
  /** The TTC unit price is a whole number of cents from 0 to {max}. (rule QUO-2) */
  | 'INVALID_AMOUNT'
  /** A line label is 1 to {max} characters long. (rule QUO-2) */
  | 'INVALID_LINE_LABEL'
  /** The quantity is a whole number from 1 to {max}. (rule QUO-2) */
  | 'INVALID_QUANTITY'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** The quote's TTC total must be between 1 and {max} cents. (rule QUO-2) */
  | 'INVALID_TOTAL'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** A quote has 1 to {max} lines. (rule QUO-2) */
  | 'NO_LINES'
  /** This quote is requested through its own flow: {via}. (rule QUO-1) */
  | 'PURPOSE_HAS_ITS_OWN_REQUEST'
  /** A quote of this request is already accepted: it can no longer be replaced. (rule QUO-3) */
  | 'QUOTE_ALREADY_ACCEPTED'
  /** This quote was already accepted or declined. (rule QUO-2) */
  | 'QUOTE_ALREADY_DECIDED'
  /** This quote expired on {validUntil}: it can no longer be accepted. (rule QUO-2) */
  | 'QUOTE_EXPIRED'
  /** Quote not found, or you do not have access to it. (rule AUT-2) */
  | 'QUOTE_NOT_FOUND'
  /** This quote was replaced by a new one: only the latest may be accepted or declined. (rule QUO-3) */
  | 'QUOTE_REPLACED'
  /** Quote request not found, or you do not have access to it. (rule AUT-2) */
  | 'REQUEST_NOT_FOUND'
  /** The quote's validity date is already past. (rule QUO-2) */
  | 'VALIDITY_IN_PAST'
  /** The validity date cannot be more than {days} days ahead. (rule QUO-2) */
  | 'VALIDITY_TOO_FAR';

/** QUO-2: one line of a quote being issued. */
export type QuoteLineInput = {
  /** 1 to 200 characters. */
  label: string;
  /** 1 to 999. */
  quantity: number;
  /** Unit price TTC, in euro cents (the reference price; HT and VAT are derived). */
  unitTtcCents: number;
};

/** QUO-2/QUO-3: ISSUED (may be accepted until validUntil), EXPIRED (issued, validity past), ACCEPTED (billed on the next invoice), DECLINED, REPLACED (a newer quote replaced it). */
export type QuoteStatus =
  /** QUO-3: accepted by the member or delegate; billed on the next invoice. */
  | 'ACCEPTED'
  /** QUO-3: declined; bills nothing. */
  | 'DECLINED'
  /** QUO-2: issued but validUntil is past: it can no longer be accepted and bills nothing. */
  | 'EXPIRED'
  /** QUO-2: issued; may be accepted or declined until validUntil. */
  | 'ISSUED'
  /** QUO-3: a newer quote for the same request replaced it. */
  | 'REPLACED';

/** MEM-2: the entry fee was paid; the accepted candidate becomes ACTIVE. */
export type RecordEntryFeePaymentInput = {
  /** Integer euro cents; must equal the configured entry fee. */
  amountCents: number;
  /** The global ID of the ACCEPTED member who paid. */
  memberId: string;
};

/** BIL-4: one payment result (a direct-debit file line). */
export type RecordPaymentInput = {
  /** Integer cents, > 0; a success may not exceed the balance due. */
  amountCents: number;
  /** The issued invoice paid (not a draft, not a credit note). */
  invoiceId: string;
  /** GUARANTEE is refused here (GUARANTEE_METHOD_RESERVED): use useFinancialGuarantee. */
  method?: PaymentMethod;
  /** SUCCEEDED settles the amount; REJECTED records a failed payment and moves nothing. */
  outcome: PaymentOutcome;
  /** The date the bank settled (or rejected) it; not in the future. */
  receivedOn: string;
  /** The bank's reference, unique: the same result recorded twice is refused. */
  reference: string;
};

/** INT-1: the desk records how the remote assistance ended (once). */
export type RecordRemoteAssistanceOutcomeInput = {
  /** The AssistanceRequest's ID. */
  assistanceRequestId: string;
  /** Up to 2000 characters. */
  note?: string | null | undefined;
  /** RESOLVED, or FAILED / IMPOSSIBLE (a home intervention may then be booked). */
  outcome: RemoteOutcome;
};

/** MEM-3: an honorary member rejoins (fee-free twice, then with the entry fee). */
export type RejoinMembershipInput = {
  /** Optional for MEMBER (their own); required for the desk. */
  memberId?: string | null | undefined;
};

/** INT-1: FAILED or IMPOSSIBLE open the way to a home intervention. */
export type RemoteOutcome =
  /** The remote assistance was tried and did not solve the problem. */
  | 'FAILED'
  /** The problem cannot be handled remotely. */
  | 'IMPOSSIBLE'
  /** The remote assistance solved the problem. */
  | 'RESOLVED';

/** SPEC § 0 roles. */
export type Role =
  /** Back-office billing staff (§ 10). */
  | 'BILLING'
  /** The member's assigned « Coach multimédia » (SVC-2). */
  | 'COACH'
  /** The weekly selection committee (MEM-2). */
  | 'COMMITTEE'
  /** La Conciergerie John Paul, through its own integration. */
  | 'CONCIERGE_PARTNER'
  /** The single person the member designated (MEM-4); acts for the member, within MEM-5. */
  | 'DELEGATE'
  /** Desk and « Orange VIP pour Parnasse » staff. */
  | 'DESK_AGENT'
  /** The natural person who holds the membership (app). */
  | 'MEMBER'
  /** A third-party payer (BIL-6): sees only what they pay. */
  | 'PAYER'
  /** The data-protection officer: handles GDPR requests (§ 13). */
  | 'PRIVACY_OFFICER'
  /** A field technician (INT-2). */
  | 'TECHNICIAN';

/** BIL-1: the month to bill. */
export type RunMonthlyBillingInput = {
  /** `YYYY-MM`; refused before the month's first day (Paris). */
  month: string;
};

/** Why a Salon mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type SalonErrorCode =
  /** This appointment is already cancelled. (rule SVC-4) */
  | 'ALREADY_CANCELLED'
  /** You are already registered for this event. (rule SVC-4) */
  | 'ALREADY_REGISTERED'
  /** Appointment not found, or you do not have access to it. (rule AUT-2) */
  | 'APPOINTMENT_NOT_FOUND'
  /** This appointment has already started: it can no longer be cancelled. (rule SVC-4) */
  | 'APPOINTMENT_STARTED'
  /** The event is full. (rule SVC-4) */
  | 'EVENT_FULL'
  /** The event must start in the future. (rule SVC-4) */
  | 'EVENT_IN_PAST'
  /** Event not found. (rule SVC-4) */
  | 'EVENT_NOT_FOUND'
  /** The event has already started: registrations are closed. (rule SVC-4) */
  | 'EVENT_STARTED'
  /** An event is published at most {days} days ahead. (rule SVC-4) */
  | 'EVENT_TOO_FAR'
  /** The capacity must be between 1 and {max} places. (input check, no SPEC rule) */
  | 'INVALID_CAPACITY'
  /** The duration must be between {min} and {max} minutes, in quarter hours. (rule SVC-4) */
  | 'INVALID_DURATION'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** Reserved for members with an active membership. (rule SVC-4) */
  | 'MEMBERSHIP_NOT_ACTIVE'
  /** Members only: only the member themself can register. (rule SVC-4) */
  | 'MEMBERS_ONLY'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** This member already has a Salon appointment overlapping this slot. (rule SVC-4) */
  | 'MEMBER_OVERLAP'
  /** The note must be at most {max} characters long. (input check, no SPEC rule) */
  | 'NOTE_TOO_LONG'
  /** You are not registered for this event. (rule SVC-4) */
  | 'NOT_REGISTERED'
  /** This service is part of the Option Intérieur, which is not in force for this member. (rule SVC-4) */
  | 'OPTION_NOT_IN_FORCE'
  /** The Salon particulier does not receive at that time (opening hours: see serviceAvailability SALON). (rule SVC-4) */
  | 'SALON_CLOSED'
  /** Services are suspended for non-payment: settle the overdue amount to restore them. (rule BIL-9) */
  | 'SERVICE_SUSPENDED'
  /** The Salon particulier is fully booked for this slot. (rule SVC-4) */
  | 'SLOT_FULL'
  /** The appointment must be in the future. (rule SVC-4) */
  | 'SLOT_IN_PAST'
  /** Appointments start on the hour or a quarter past (e.g. 14:00, 14:15). (rule SVC-4) */
  | 'SLOT_NOT_ALIGNED'
  /** Appointments are booked at most {months} months ahead (until {latest}). (rule SVC-4) */
  | 'SLOT_TOO_FAR'
  /** At most {max} upcoming appointments per member: cancel one to book another. (rule SVC-4) */
  | 'TOO_MANY_UPCOMING';

/** MEM-1 identification data of a candidate. */
export type SubmitCandidacyInput = {
  /** The candidate must be 18 or older on the day of application (Europe/Paris). */
  birthDate: string;
  /** The candidate's e-mail address; must not belong to another member. */
  email: string;
  /** The candidate's given name. */
  firstName: string;
  /** The candidate's family name. */
  lastName: string;
  /** MEM-1: the legal entity, when applying for professional use. */
  legalEntity?: LegalEntityInput | null | undefined;
  /** ISO 3166-1 alpha-2 code, e.g. FR. */
  nationality?: string | null | undefined;
  /** A French number, in any usual format; stored in E.164. */
  phone: string;
  /** Must be inside the coverage zone (ZON-1). */
  postalAddress: PostalAddressInput;
};

/** MEM-2: end a membership (by the member, or recorded by the desk with a reason). */
export type TerminateMembershipInput = {
  /** Optional for MEMBER (their own); required for the desk. */
  memberId?: string | null | undefined;
  /** Required when the desk records it. */
  reason?: string | null | undefined;
};

export type MembersSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MembersSearchQuery = { members: { edges: Array<{ node: { id: string, firstName: string, lastName: string, email: string, phone: string, status: MemberStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberDetailQueryVariables = Exact<{
  id: string;
}>;


export type MemberDetailQuery = { node:
    | { firstName: string, lastName: string, option: { status: OptionStatus, acceptedAt: string } | null, delegate: { firstName: string, lastName: string, registeredByRole: Role } | null, payers: Array<{ displayName: string, itemKinds: Array<BillableItemKind> | null }> | null, devices: Array<{ name: string, state: DeviceState }>, addresses: Array<{ id: string, kind: AddressKind, commune: string, lines: Array<{ offer: LineOffer, technology: LineTechnology, eligible: boolean }> }> }
    | Record<PropertyKey, never>
   | null };

export type SubmitCandidacyMutationVariables = Exact<{
  input: SubmitCandidacyInput;
}>;


export type SubmitCandidacyMutation = { submitCandidacy: { candidacy: { id: string, status: CandidacyStatus } | null, userErrors: Array<{ code: MembershipErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CreateCommitteeMeetingMutationVariables = Exact<{
  input: CreateCommitteeMeetingInput;
}>;


export type CreateCommitteeMeetingMutation = { createCommitteeMeeting: { meeting: { id: string, heldOn: string, weekStart: string } | null, userErrors: Array<{ code: MembershipErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type PendingCandidaciesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingCandidaciesQuery = { candidacies: { edges: Array<{ node: { id: string, lastName: string, firstName: string, age: number, commune: string, submittedAt: string } }> } };

export type DecideCandidacyMutationVariables = Exact<{
  input: DecideCandidacyInput;
}>;


export type DecideCandidacyMutation = { decideCandidacy: { candidacy: { status: CandidacyStatus, decision: { decision: CommitteeDecisionKind, reason: string } | null } | null, userErrors: Array<{ code: MembershipErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RecordEntryFeeMutationVariables = Exact<{
  input: RecordEntryFeePaymentInput;
}>;


export type RecordEntryFeeMutation = { recordEntryFeePayment: { membership: { status: MemberStatus, events: Array<{ kind: MembershipEventKind, welcomeGift: boolean | null }> } | null, userErrors: Array<{ code: MembershipErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type AssignCoachMutationVariables = Exact<{
  input: AssignCoachInput;
}>;


export type AssignCoachMutation = { assignCoach: { coaching: { coach: { displayName: string } | null, substitute: { displayName: string } | null } | null, userErrors: Array<{ code: CoachingErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CoachedMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachedMembersQuery = { coachedMembers: { edges: Array<{ node: { lastName: string, firstName: string, devices: Array<{ id: string, name: string, state: DeviceState }> } }> } };

export type ActivateDeviceMutationVariables = Exact<{
  input: ActivateDeviceInput;
}>;


export type ActivateDeviceMutation = { activateDevice: { device: { name: string, state: DeviceState, activatedAt: string | null, activatedBy: string | null } | null, userErrors: Array<{ code: DeviceErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RecordRemoteOutcomeMutationVariables = Exact<{
  input: RecordRemoteAssistanceOutcomeInput;
}>;


export type RecordRemoteOutcomeMutation = { recordRemoteAssistanceOutcome: { assistanceRequest: { remoteOutcome: RemoteOutcome | null, homeInterventionPossible: boolean } | null, userErrors: Array<{ code: InterventionErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type BookHomeInterventionMutationVariables = Exact<{
  input: BookHomeInterventionInput;
}>;


export type BookHomeInterventionMutation = { bookHomeIntervention: { intervention: { id: string, status: InterventionStatus, startsAt: string, countsInAllowance: boolean, performerName: string | null } | null, userErrors: Array<{ code: InterventionErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type TechnicianInterventionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TechnicianInterventionsQuery = { interventions: { edges: Array<{ node: { id: string, kind: InterventionKind, status: InterventionStatus, startsAt: string, problem: string, site: { commune: string } } }> } };

export type IssueQuoteMutationVariables = Exact<{
  input: IssueQuoteInput;
}>;


export type IssueQuoteMutation = { issueQuote: { quote: { reference: string, status: QuoteStatus, validUntil: string, totals: { htCents: number, vatCents: number, ttcCents: number }, lines: Array<{ label: string, amounts: { ttcCents: number } }> } | null, userErrors: Array<{ code: QuoteErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type PublishAnnouncementMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;


export type PublishAnnouncementMutation = { publishAnnouncement: { announcement: { id: string, kind: AnnouncementKind, effectiveOn: string } | null, userErrors: Array<{ code: OptionErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type PublishCircleEventMutationVariables = Exact<{
  input: PublishCircleEventInput;
}>;


export type PublishCircleEventMutation = { publishCircleEvent: { event: { id: string, title: string, remainingPlaces: number } | null, userErrors: Array<{ code: SalonErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RunMonthlyBillingMutationVariables = Exact<{
  input: RunMonthlyBillingInput;
}>;


export type RunMonthlyBillingMutation = { runMonthlyBilling: { summary: { month: string, invoicesCreated: number, membersBilled: number, alreadyInvoiced: number, totalTtcCents: number, skipped: Array<{ memberId: string, code: string, rule: string, message: string }> } | null, userErrors: Array<{ code: InvoicingErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type InvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicesQuery = { invoices: { edges: Array<{ node: { id: string, number: string | null, status: InvoiceStatus, memberName: string, balanceDueCents: number, dueOn: string | null, billTo: { name: string }, totals: { htCents: number, vatCents: number, ttcCents: number } } }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { invoice: { status: InvoiceStatus, paidCents: number, balanceDueCents: number } | null, userErrors: Array<{ code: CollectionsErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type MemberBillingStandingQueryVariables = Exact<{
  memberId?: string | null | undefined;
}>;


export type MemberBillingStandingQuery = { billingStanding: { balanceDueCents: number, overdueCents: number, openInvoices: Array<{ number: string | null, balanceDueCents: number }>, dunning: { stage: DunningStage } | null } | null };

export type PrivacyRequestsDueSoonQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyRequestsDueSoonQuery = { privacyRequests: { edges: Array<{ node: { id: string, kind: PrivacyRequestKind, purpose: ProcessingPurpose | null, dueAt: string, overdue: boolean, subject: { firstName: string, lastName: string, email: string } | null } }> } };

export type AnswerPrivacyRequestMutationVariables = Exact<{
  input: AnswerPrivacyRequestInput;
}>;


export type AnswerPrivacyRequestMutation = { answerPrivacyRequest: { request: { status: PrivacyRequestStatus, answeredAt: string | null, answeredLate: boolean, processingLimits: Array<{ purpose: ProcessingPurpose, inForce: boolean }> } | null, userErrors: Array<{ code: PrivacyErrorCode, rule: string | null, message: string }> } };

export type TerminateMembershipMutationVariables = Exact<{
  input: TerminateMembershipInput;
}>;


export type TerminateMembershipMutation = { terminateMembership: { optionEnded: boolean, membership: { status: MemberStatus, honorary: boolean, freeRejoinsRemaining: number } | null, userErrors: Array<{ code: MembershipErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RejoinMembershipMutationVariables = Exact<{
  input: RejoinMembershipInput;
}>;


export type RejoinMembershipMutation = { rejoinMembership: { membership: { status: MemberStatus, honorary: boolean, freeRejoinsRemaining: number } | null, userErrors: Array<{ code: MembershipErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };


export const MembersSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MembersSearchQuery, MembersSearchQueryVariables>;
export const MemberDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"itemKinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"technology"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberDetailQuery, MemberDetailQueryVariables>;
export const SubmitCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCandidacyMutation, SubmitCandidacyMutationVariables>;
export const CreateCommitteeMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommitteeMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommitteeMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommitteeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCommitteeMeetingMutation, CreateCommitteeMeetingMutationVariables>;
export const PendingCandidaciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingCandidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingCandidaciesQuery, PendingCandidaciesQueryVariables>;
export const DecideCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<DecideCandidacyMutation, DecideCandidacyMutationVariables>;
export const RecordEntryFeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEntryFee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEntryFeePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEntryFeePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeGift"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEntryFeeMutation, RecordEntryFeeMutationVariables>;
export const AssignCoachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCoach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCoachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCoach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coaching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"substitute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCoachMutation, AssignCoachMutationVariables>;
export const CoachedMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoachedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coachedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoachedMembersQuery, CoachedMembersQueryVariables>;
export const ActivateDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateDeviceMutation, ActivateDeviceMutationVariables>;
export const RecordRemoteOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRemoteOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRemoteAssistanceOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRemoteAssistanceOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"homeInterventionPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRemoteOutcomeMutation, RecordRemoteOutcomeMutationVariables>;
export const BookHomeInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookHomeIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookHomeInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookHomeIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countsInAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"performerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<BookHomeInterventionMutation, BookHomeInterventionMutationVariables>;
export const TechnicianInterventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TechnicianInterventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TechnicianInterventionsQuery, TechnicianInterventionsQueryVariables>;
export const IssueQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"htCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"ttcCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ttcCents"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<IssueQuoteMutation, IssueQuoteMutationVariables>;
export const PublishAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<PublishAnnouncementMutation, PublishAnnouncementMutationVariables>;
export const PublishCircleEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCircleEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCircleEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCircleEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<PublishCircleEventMutation, PublishCircleEventMutationVariables>;
export const RunMonthlyBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMonthlyBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunMonthlyBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMonthlyBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"membersBilled"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyInvoiced"}},{"kind":"Field","name":{"kind":"Name","value":"totalTtcCents"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RunMonthlyBillingMutation, RunMonthlyBillingMutationVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"billTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"htCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"ttcCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const MemberBillingStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberBillingStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCents"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dunning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<MemberBillingStandingQuery, MemberBillingStandingQueryVariables>;
export const PrivacyRequestsDueSoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyRequestsDueSoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueWithinDays"},"value":{"kind":"IntValue","value":"31"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrivacyRequestsDueSoonQuery, PrivacyRequestsDueSoonQueryVariables>;
export const AnswerPrivacyRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPrivacyRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPrivacyRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPrivacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"processingLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerPrivacyRequestMutation, AnswerPrivacyRequestMutationVariables>;
export const TerminateMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"honorary"}},{"kind":"Field","name":{"kind":"Name","value":"freeRejoinsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionEnded"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<TerminateMembershipMutation, TerminateMembershipMutationVariables>;
export const RejoinMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejoinMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejoinMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejoinMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"honorary"}},{"kind":"Field","name":{"kind":"Name","value":"freeRejoinsRemaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RejoinMembershipMutation, RejoinMembershipMutationVariables>;