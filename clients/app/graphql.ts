/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** INT-5 scope: PTO, fiber box, Livebox, TV decoder, apps; Ethernet cabling, Wi-Fi access points and multimedia equipment only if Parnasse installed them; TV_VOD is remote only. INT-7: CONNECTIVITY_HELP (coach). */
export type AssistanceTopic =
  /** The apps Ma Livebox, Orange Pro, Orange TV, Orange et moi. */
  | 'APPS'
  /** INT-7: the coach's help connecting the listed equipment. */
  | 'CONNECTIVITY_HELP'
  /** Ethernet cabling: in scope only if Parnasse installed it. */
  | 'ETHERNET_CABLING'
  /** The fiber box. */
  | 'FIBER_BOX'
  /** The Livebox. */
  | 'LIVEBOX'
  /** Multimedia equipment: in scope only if Parnasse installed it. */
  | 'MULTIMEDIA_EQUIPMENT'
  /** The optical outlet (PTO). */
  | 'OPTICAL_OUTLET'
  /** The TV decoder. */
  | 'TV_DECODER'
  /** TV bouquets and VOD: remote only, within the TV/VOD support hours (Mon–Fri 09:00–20:00). */
  | 'TV_VOD'
  /** Wi-Fi access points: in scope only if Parnasse installed them. */
  | 'WIFI_ACCESS_POINT';

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

/** SVC-4: book an appointment at the Salon particulier, in the member's name. */
export type BookSalonAppointmentInput = {
  /** 30 to 120 minutes, in quarter hours. */
  durationMinutes: number;
  /** Required for the desk; MEMBER and DELEGATE book for their own member. */
  memberId?: string | null | undefined;
  /** Optional, up to 500 characters. */
  note?: string | null | undefined;
  /** On a quarter hour, in the future, within the booking horizon, in the salon's hours. */
  startsAt: string;
};

/** Who made a concierge change. */
export type ConciergeActorRole =
  /** La Conciergerie John Paul. */
  | 'CONCIERGE_PARTNER'
  /** The member's delegate, on the member's behalf (MEM-4). */
  | 'DELEGATE'
  /** A desk agent, for the member. */
  | 'DESK_AGENT'
  /** The member. */
  | 'MEMBER';

/** CON-4: ask the concierge to call back. */
export type ConciergeCallbackInput = {
  /** A French number (06…) or an international one (+44…). */
  phone: string;
};

/** Why a Concierge mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type ConciergeErrorCode =
  /** A request cannot go from {from} to {to}. (rule CON-6) */
  | 'ILLEGAL_TRANSITION'
  /** Invalid callback number: give a French or an international (+…) number. (rule CON-4) */
  | 'INVALID_CALLBACK_PHONE'
  /** The request must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_CONTENT'
  /** The concierge is for members with an active membership only. (rule CON-1) */
  | 'MEMBERSHIP_NOT_ACTIVE'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** The note cannot be longer than {max} characters. (input check, no SPEC rule) */
  | 'NOTE_TOO_LONG'
  /** No Privilège option in force, or its cancellation was already requested. (rule CON-2) */
  | 'NO_PRIVILEGE_IN_FORCE'
  /** The concierge is a service of the Option Intérieur: the option must be in force. (rule CON-1) */
  | 'OPTION_NOT_IN_FORCE'
  /** The Privilège option is already subscribed for this member. (rule CON-2) */
  | 'PRIVILEGE_ALREADY_SUBSCRIBED'
  /** The category "{category}" requires the Privilège option. (rule CON-2) */
  | 'PRIVILEGE_REQUIRED'
  /** Give the reason (between 1 and {max} characters). (rule CON-6) */
  | 'REASON_REQUIRED'
  /** Concierge request not found, or you do not have access to it. (rule AUT-2) */
  | 'REQUEST_NOT_FOUND'
  /** Services are suspended for non-payment: settle the overdue amount to restore them. (rule BIL-9) */
  | 'SERVICE_SUSPENDED'
  /** Unknown category: choose one from the concierge's list of services. (rule CON-1) */
  | 'UNKNOWN_CATEGORY';

/** CON-5: the language the member prefers to be contacted in. */
export type ConciergeLanguage =
  /** English. */
  | 'en'
  /** French. */
  | 'fr';

/** CON-3: what Parnasse provides: the search and the connection with providers only. Whatever is booked is paid by the member to the provider; Parnasse never bills or guarantees provider amounts. */
export type ConciergeScope =
  /** CON-3: the search and the connection with providers, nothing more. */
  | 'SEARCH_AND_CONNECTION';

/** CON-6: SUBMITTED → ACCEPTED → PROPOSED → BOOKED → COMPLETED; CANCELLED (member side, before BOOKED) and REJECTED (partner) carry a reason. */
export type ConciergeStatus =
  /** The concierge partner took the request on. */
  | 'ACCEPTED'
  /** Booked with the provider; the member pays the provider directly (CON-3) and can no longer cancel. */
  | 'BOOKED'
  /** Cancelled by the member's side before BOOKED, with a reason (final). */
  | 'CANCELLED'
  /** Done (final). */
  | 'COMPLETED'
  /** The partner proposed a provider or an option to the member. */
  | 'PROPOSED'
  /** Rejected by the partner before BOOKED, with a reason (final). */
  | 'REJECTED'
  /** Submitted by the member's side; the partner has not answered yet. */
  | 'SUBMITTED';

/** MBX-1: a new mailbox, within the capacity (MBX-2). */
export type CreateMailboxInput = {
  /** MBX-1: the member's own domain name; the Parnasse domain when left out. */
  customDomain?: string | null | undefined;
  /** The name shown to recipients (100 characters at most). */
  displayName?: string | null | undefined;
  /** The part before the @. */
  localPart: string;
  /** The member. Optional for MEMBER and DELEGATE (their own member); required for the desk. */
  memberId?: string | null | undefined;
};

/** DEV-1/DEV-2: designate a device for protection. */
export type DesignateDeviceInput = {
  /** DEV-2: the device has internet connectivity (the coach may confirm it at activation). */
  hasInternetConnectivity: boolean;
  /** Phone, tablet or computer. */
  kind: DeviceKind;
  /** The member. Optional for MEMBER and DELEGATE (their own member); required for the desk. */
  memberId?: string | null | undefined;
  /** A name the member recognises, e.g. « iPhone de Jeanne » (60 characters at most). */
  name: string;
  /** The device's operating system. */
  os: DeviceOs;
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

/** DEV-1: any kind of device: phone, tablet or computer. */
export type DeviceKind =
  /** A desktop or laptop computer. */
  | 'COMPUTER'
  /** A smartphone. */
  | 'PHONE'
  /** A tablet. */
  | 'TABLET';

/** DEV-1: any operating system. */
export type DeviceOs =
  /** Android. */
  | 'ANDROID'
  /** iOS (iPhone). */
  | 'IOS'
  /** iPadOS (iPad). */
  | 'IPADOS'
  /** Linux. */
  | 'LINUX'
  /** macOS. */
  | 'MACOS'
  /** Another operating system. */
  | 'OTHER'
  /** Microsoft Windows. */
  | 'WINDOWS';

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

/** GDP-1: file a data-subject request: the member in the app, the desk or the privacy officer for one received by post or email. */
export type FilePrivacyRequestInput = {
  /** APP for the member; POST or EMAIL for staff. */
  channel: PrivacyRequestChannel;
  /** What the member asks, up to 2000 characters. */
  details?: string | null | undefined;
  /** Required for POST and EMAIL; the app records the member's authenticated session. */
  identityProof?: IdentityProofInput | null | undefined;
  /** GDP-1: the right exercised. */
  kind: PrivacyRequestKind;
  /** Required for the desk; MEMBER and DELEGATE act for their own member. */
  memberId?: string | null | undefined;
  /** Required for OBJECTION and RESTRICTION, refused otherwise. */
  purpose?: ProcessingPurpose | null | undefined;
  /** POST and EMAIL: when it was received (not in the future, at most 365 days ago). The app's requests are received now. */
  receivedAt?: string | null | undefined;
};

/** GDP-1: the identity proof seen, for a request received by post or email. */
export type IdentityProofInput = {
  /** IDENTITY_CARD, PASSPORT, RESIDENCE_PERMIT or DRIVING_LICENCE (APP_AUTHENTICATION is the app's own). */
  kind: IdentityProofKind;
  /** 1 to 100 characters: a reference, never the document (e.g. « CNI n° …4821, courrier du 2 déc. »). */
  reference: string;
};

/** GDP-1: the identity proof seen. APP_AUTHENTICATION: the member's own authenticated session. The document itself is never stored. */
export type IdentityProofKind =
  /** The member's own authenticated app session. */
  | 'APP_AUTHENTICATION'
  /** A driving licence. */
  | 'DRIVING_LICENCE'
  /** A national identity card. */
  | 'IDENTITY_CARD'
  /** A passport. */
  | 'PASSPORT'
  /** A residence permit. */
  | 'RESIDENCE_PERMIT';

/** Annexe 1 (SPEC § 10) items. */
export type InterventionChargeCode =
  /** Each started hour of the coach. */
  | 'COACH_HOUR'
  /** Each started half-hour of the technician beyond the first hour. */
  | 'TECHNICIAN_EXTRA_HALF_HOUR'
  /** The technician's first hour (indivisible), at the business-hours or the outside-business-hours rate. */
  | 'TECHNICIAN_FIRST_HOUR'
  /** The trip, per intervention. */
  | 'TRAVEL';

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

/** A slot for a home intervention: Mon–Sat 09:00–19:00 Paris time (INT-2). */
export type InterventionQuoteInput = {
  /** 15 to 600 minutes. */
  durationMinutes: number;
  /** A technician, or a coach visit. */
  kind: InterventionKind;
  /** Required for the desk; MEMBER and DELEGATE ask for their own member. */
  memberId?: string | null | undefined;
  /** INT-7: personal devices in a coach visit (default 0). */
  personalDeviceCount?: number | null | undefined;
  /** In the future (within 365 days); the whole slot within Mon–Sat 09:00–19:00 Paris time (INT-2). */
  startsAt: string;
};

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

/** Why a Mailbox mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type MailboxErrorCode =
  /** The address {address} is already in use. (rule MBX-1) */
  | 'ADDRESS_TAKEN'
  /** The domain {domain} is already used by another member. (rule MBX-1) */
  | 'DOMAIN_TAKEN'
  /** The domain name must be a valid DNS name, e.g. "famille-dupont.fr". (rule MBX-1) */
  | 'INVALID_DOMAIN'
  /** The part before the @ must have 1 to 64 letters, digits or . _ + - characters (no dot at either end, no double dot). (rule MBX-1) */
  | 'INVALID_LOCAL_PART'
  /** Give the size of the data to migrate, in megabytes (at least 1). (rule MBX-3) */
  | 'INVALID_MIGRATION_SIZE'
  /** This field must be between 1 and {max} characters long. (input check, no SPEC rule) */
  | 'INVALID_TEXT'
  /** Every available mailbox is in use ({limit}). Subscribe a pack (+1, 5 or 10) to create more. (rule MBX-2) */
  | 'MAILBOX_CAPACITY_REACHED'
  /** Mailbox not found, already deleted, or you do not have access to it. (rule AUT-2) */
  | 'MAILBOX_NOT_FOUND'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** « Ma Messagerie Mail » is a service of the Option Intérieur: this member has no option in force. (rule MBX-2) */
  | 'OPTION_NOT_IN_FORCE'
  /** Cancelling this pack would leave {used} mailboxes for {capacity} allowed: delete {excess} mailbox(es) first. (rule MBX-2) */
  | 'PACK_IN_USE'
  /** Pack not found, already cancelled, or you do not have access to it. (rule AUT-2) */
  | 'PACK_NOT_FOUND'
  /** Services are suspended for non-payment: settle the overdue amount to restore them. (rule BIL-9) */
  | 'SERVICE_SUSPENDED';

/** Why a Member mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type MemberErrorCode =
  /** The commune "{commune}" does not match postal code {postalCode}. (rule MEM-1) */
  | 'COMMUNE_MISMATCH'
  /** This email address is already used by another member. (rule MEM-1) */
  | 'EMAIL_TAKEN'
  /** The address line must be between 1 and {max} characters long. (rule MEM-1) */
  | 'INVALID_ADDRESS_LINE'
  /** The email address is not valid. (rule MEM-1) */
  | 'INVALID_EMAIL'
  /** The phone number must be a valid French number. (rule MEM-1) */
  | 'INVALID_PHONE'
  /** The postal code must have 5 digits and exist in France. (rule MEM-1) */
  | 'INVALID_POSTAL_CODE'
  /** Say which member this is for (memberId). (input check, no SPEC rule) */
  | 'MEMBER_ID_REQUIRED'
  /** Member not found, or you do not have access to it. (rule AUT-2) */
  | 'MEMBER_NOT_FOUND'
  /** Monaco is excluded from the coverage zone. (rule ZON-1) */
  | 'MONACO_EXCLUDED'
  /** Nothing to change: give at least one field. (input check, no SPEC rule) */
  | 'NOTHING_TO_UPDATE'
  /** This address ({commune}, {postalCode}) is outside the Parnasse coverage zone. (rule ZON-1) */
  | 'OUT_OF_ZONE'
  /** The member asked for the processing of their account data to be restricted: staff do not change it while the restriction is in force, except to answer that request (name it in privacyRequestId). (rule GDP-1) */
  | 'PROCESSING_RESTRICTED';

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

/** INT-1: open a request for remote assistance for the member. */
export type OpenAssistanceRequestInput = {
  /** The problem, 1 to 2000 characters. */
  description: string;
  /** INT-5: required true for Ethernet cabling, Wi-Fi access points, multimedia equipment. */
  installedByParnasse?: boolean | null | undefined;
  /** Required for the desk; MEMBER and DELEGATE act for their own member. */
  memberId?: string | null | undefined;
  /** INT-5: what the problem is about; TV_VOD only within its remote support hours. */
  topic: AssistanceTopic;
};

/** Where the « Option Intérieur » stands (OPT-2..5). */
export type OptionStatus =
  /** OPT-2: in force, from the member's written acceptance. */
  | 'ACTIVE'
  /** The option has ended (see endReason). */
  | 'ENDED'
  /** OPT-4: a termination was received; the option ends at endsAt. */
  | 'TERMINATION_PENDING';

/** BIL-6: whether a third-party payer is a person or a legal entity. */
export type PayerKind =
  /** BIL-6: a company or other legal person. */
  | 'LEGAL_ENTITY'
  /** BIL-6: a private person. */
  | 'NATURAL_PERSON';

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

/** GDP-1: APP when the member files it; POST or EMAIL when the desk or the privacy officer records one received that way. */
export type PrivacyRequestChannel =
  /** Filed by the member in the app. */
  | 'APP'
  /** Received by e-mail, recorded by staff. */
  | 'EMAIL'
  /** Received by post, recorded by staff. */
  | 'POST';

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

/** QUO-1: what is sold on quote. FIBER_INSTALLATION (with an Orange fiber offer), MAIL_MIGRATION (beyond 5 GB, opened by requestMailboxMigration), MAIL_EXPERT_ON_SITE, OFFICE_ASSISTANCE_VISIT (beyond one a year), EQUIPMENT_STUDY (outside the connectivity list), PRO_SERVICE (opened when the study is recorded), PRO_MAINTENANCE (opened by subscribeProBrick). */
export type QuotePurpose =
  /** QUO-1/INT-7: the study of equipment outside the connectivity list. */
  | 'EQUIPMENT_STUDY'
  /** QUO-1: network connection and equipment installation with an Orange fiber offer (art. 4.1). */
  | 'FIBER_INSTALLATION'
  /** QUO-1: an on-site mail expert (art. 4.6.3). */
  | 'MAIL_EXPERT_ON_SITE'
  /** QUO-1/MBX-3: mail migration beyond 5 GB; opened by requestMailboxMigration. */
  | 'MAIL_MIGRATION'
  /** QUO-1/BUR-3: an office-assistance visit beyond the one included each year. */
  | 'OFFICE_ASSISTANCE_VISIT'
  /** QUO-1: Univers Pro maintenance (art. 4.12); opened by subscribeProBrick. */
  | 'PRO_MAINTENANCE'
  /** QUO-1: a Univers Pro service (art. 4.12); opened when the study is recorded. */
  | 'PRO_SERVICE';

/** The state of the request's latest quote; AWAITING_QUOTE before the first one. */
export type QuoteRequestStatus =
  /** The latest quote was accepted. */
  | 'ACCEPTED'
  /** No quote issued yet. */
  | 'AWAITING_QUOTE'
  /** The latest quote was declined. */
  | 'DECLINED'
  /** The latest quote expired unanswered. */
  | 'EXPIRED'
  /** The latest quote is ISSUED and awaits the member's decision. */
  | 'QUOTED';

/** QUO-1/QUO-2: what the member needs a quote for. */
export type RequestQuoteInput = {
  /** The need, 1 to 2000 characters. */
  description: string;
  /** Required for the desk; MEMBER and DELEGATE act for their own member. */
  memberId?: string | null | undefined;
  /** MAIL_MIGRATION, PRO_SERVICE and PRO_MAINTENANCE are opened by their own flows. */
  purpose: QuotePurpose;
};

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

/** SVC-4: whether a Salon appointment stands. */
export type SalonAppointmentStatus =
  /** The appointment stands. */
  | 'BOOKED'
  /** The appointment was cancelled. */
  | 'CANCELLED';

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

/** Services with published hours: SVC-1..3, INT-1/2/5, AIR-3, MBX-5, BUR-2/3, SVC-4 (the Salon particulier, by appointment). */
export type ServiceKey =
  /** AIR-3: Airbox technician, Mon–Fri 08:00–20:00. */
  | 'AIRBOX_TECHNICIAN'
  /** SVC-2: the member's coach, Mon–Fri 08:00–20:00. */
  | 'COACH'
  /** SVC-1: the Desk by e-mail, answered Mon–Fri 08:00–20:00. */
  | 'DESK_EMAIL'
  /** SVC-1: the Desk by phone, 24/7. */
  | 'DESK_PHONE'
  /** INT-2: on-site interventions at a declared address, Mon–Sat 09:00–19:00. */
  | 'HOME_INTERVENTION'
  /** MBX-5: mailbox assistance, Mon–Fri 09:00–20:00 and Sat 10:00–19:00 (Saturday possibly by a subcontractor). */
  | 'MAILBOX_ASSISTANCE'
  /** MBX-5: remote mailbox setup, Mon–Fri 09:00–20:00. */
  | 'MAILBOX_SETUP'
  /** BUR-2: office assistance by phone or e-mail, Mon–Fri 09:00–20:00 and Sat 10:00–19:00 (Saturday possibly by a subcontractor). */
  | 'OFFICE_ASSISTANCE'
  /** BUR-3: the on-site office assistance visit, Mon–Fri 09:00–20:00. */
  | 'OFFICE_ASSISTANCE_VISIT'
  /** SVC-3: Orange VIP service for declared mobile lines, Mon–Fri 08:00–20:00 and Sat 09:00–20:00. */
  | 'ORANGE_VIP'
  /** INT-1: remote assistance, 24/7/365. */
  | 'REMOTE_ASSISTANCE'
  /** SVC-4: the Salon particulier at Boutique Orange Opéra, by appointment only. */
  | 'SALON'
  /** INT-5: TV bouquet and VOD support, remote only, Mon–Fri 09:00–20:00. */
  | 'TV_VOD_SUPPORT';

/** CON-1/CON-2/CON-4: a concierge request for the member, optionally with a callback. */
export type SubmitConciergeRequestInput = {
  /** CON-4: set to be called back. */
  callback?: ConciergeCallbackInput | null | undefined;
  /** A category code from `conciergeCategories` (CON-1; others need Privilège, CON-2). */
  category: string;
  /** What the member asks for, 1 to 2000 characters. */
  content: string;
  /** Required for the desk; MEMBER and DELEGATE act for their own member. */
  memberId?: string | null | undefined;
  /** Defaults to the request's language (Accept-Language), else fr. */
  preferredLanguage?: ConciergeLanguage | null | undefined;
};

/** SPEC § 10 (Annexe 1): OPTION, EXTRA_SITE (per extra address), MAILBOX_PLUS_1 / MAILBOX_PACK_5 / MAILBOX_PACK_10, PRIVILEGE (monthly); TRAVEL (per trip), TECHNICIAN_FIRST_HOUR / TECHNICIAN_EXTRA_HALF_HOUR (business hours), TECHNICIAN_OOH_* (outside business hours), COACH_HOUR (per started hour). */
export type TariffCode =
  /** § 10 / INT-7: coach time, per started hour (in business hours). */
  | 'COACH_HOUR'
  /** § 10: each extra address (site supplémentaire, at most 5), per month. */
  | 'EXTRA_SITE'
  /** § 10 / MBX-2: the « pack 5 » mailbox option, per month. */
  | 'MAILBOX_PACK_5'
  /** § 10 / MBX-2: the « pack 10 » mailbox option, per month. */
  | 'MAILBOX_PACK_10'
  /** § 10 / MBX-2: the « +1 mailbox » option, per month. */
  | 'MAILBOX_PLUS_1'
  /** § 10: the Option Intérieur, per month (90.00 TTC at launch). */
  | 'OPTION'
  /** § 10: Conciergerie John Paul Privilège, per month. */
  | 'PRIVILEGE'
  /** § 10 / INT-3: technician in business hours, each started extra half-hour. */
  | 'TECHNICIAN_EXTRA_HALF_HOUR'
  /** § 10 / INT-3: technician in business hours, first hour (indivisible). */
  | 'TECHNICIAN_FIRST_HOUR'
  /** § 10 / INT-3: technician outside business hours, each started extra half-hour. */
  | 'TECHNICIAN_OOH_EXTRA_HALF_HOUR'
  /** § 10 / INT-3: technician outside business hours (Saturdays, public holidays), first hour. */
  | 'TECHNICIAN_OOH_FIRST_HOUR'
  /** § 10 / INT-3: travel, per trip, for an intervention beyond the free 15. */
  | 'TRAVEL';

/** Fields left out are unchanged. At least one is required. */
export type UpdateMemberContactInput = {
  /** The new e-mail address; must be valid and not used by another member. */
  email?: string | null | undefined;
  /** The member to change. Optional for MEMBER and DELEGATE (their own member); required for the desk. */
  memberId?: string | null | undefined;
  /** A French number, in any usual format; stored in E.164. */
  phone?: string | null | undefined;
  /** The new domicile; must stay inside the coverage zone (MEM-1, ZON-1). */
  postalAddress?: PostalAddressInput | null | undefined;
  /** GDP-1: the member's open RECTIFICATION or RESTRICTION request (a PrivacyRequest id) this change answers. Staff need it to change contact details while the member's restriction of account data is in force. */
  privacyRequestId?: string | null | undefined;
};

/** Why a Zone mutation was refused: one value per entry of the module's error catalogue (docs/errors.md lists them with their French and English messages). */
export type ZoneErrorCode =
  /** The commune "{commune}" does not match postal code {postalCode}. (rule ZON-1) */
  | 'COMMUNE_MISMATCH'
  /** The postal code must have 5 digits and exist in France. (rule ZON-1) */
  | 'INVALID_POSTAL_CODE'
  /** Monaco is excluded from the coverage zone. (rule ZON-1) */
  | 'MONACO_EXCLUDED'
  /** This address ({commune}, {postalCode}) is outside the Parnasse coverage zone. (rule ZON-1) */
  | 'OUT_OF_ZONE';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { role: Role, member: { id: string, firstName: string, lastName: string, email: string, status: MemberStatus, option: { status: OptionStatus, acceptedAt: string, endsAt: string | null } | null, delegate: { firstName: string, lastName: string } | null, payers: Array<{ displayName: string, itemKinds: Array<BillableItemKind> | null }> | null, addresses: Array<{ id: string, kind: AddressKind, commune: string, lines: Array<{ offer: LineOffer, eligible: boolean }> }>, quotas: { extraSites: { used: number, limit: number }, linesPerAddress: Array<{ used: number, limit: number }> } } | null } };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { me: { member: { id: string, firstName: string, lastName: string, email: string, status: MemberStatus, addresses: Array<{ id: string, kind: AddressKind, commune: string, lines: Array<{ id: string, offer: LineOffer, eligible: boolean }> }>, devices: Array<{ id: string, name: string, kind: DeviceKind, os: DeviceOs, state: DeviceState, designatedAt: string }>, mailboxes: Array<{ id: string, address: string, quotaGb: number, createdAt: string }>, quotas: { devices: { used: number, limit: number, remaining: number }, extraSites: { used: number, limit: number, remaining: number }, mailboxes: { used: number, limit: number, remaining: number }, linesPerAddress: Array<{ used: number, limit: number, remaining: number }>, interventions: { used: number, limit: number, remaining: number, contractYearStart: string, contractYearEnd: string } | null }, interventions: { edges: Array<{ node: { id: string, kind: InterventionKind, status: InterventionStatus, startsAt: string, durationMinutes: number } }> }, conciergeRequests: { edges: Array<{ node: { id: string, status: ConciergeStatus, category: { code: string } } }> } } | null } };

export type CoverageEligibilityQueryVariables = Exact<{
  postalCode: string;
  commune: string;
}>;


export type CoverageEligibilityQuery = { coverageEligibility: { eligible: boolean, commune: string, reasons: Array<{ code: ZoneErrorCode, rule: string | null, message: string }> } };

export type ServiceAvailabilityQueryVariables = Exact<{
  service: ServiceKey;
}>;


export type ServiceAvailabilityQuery = { serviceAvailability: { openNow: boolean, closesAt: string | null, nextOpensAt: string | null, providedBy: string | null, hours: Array<{ isoWeekday: number, opens: string, closes: string }> } };

export type TariffsQueryVariables = Exact<{ [key: string]: never; }>;


export type TariffsQuery = { tariffs: Array<{ code: TariffCode, effectiveOn: string, price: { htCents: number, vatCents: number, ttcCents: number } }> };

export type ConciergeCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConciergeCategoriesQuery = { conciergeCategories: Array<{ code: string, label: string, included: boolean }> };

export type DesignateDeviceMutationVariables = Exact<{
  input: DesignateDeviceInput;
}>;


export type DesignateDeviceMutation = { designateDevice: { device: { id: string, name: string, state: DeviceState } | null, userErrors: Array<{ code: DeviceErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type SubmitConciergeRequestMutationVariables = Exact<{
  input: SubmitConciergeRequestInput;
}>;


export type SubmitConciergeRequestMutation = { submitConciergeRequest: { request: { id: string, status: ConciergeStatus, scope: ConciergeScope, statusHistory: Array<{ to: ConciergeStatus, at: string, byRole: ConciergeActorRole }> } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type DelegateMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DelegateMeQuery = { me: { role: Role, delegate: { firstName: string, lastName: string, since: string } | null, member: { firstName: string, lastName: string, option: { status: OptionStatus } | null, devices: Array<{ name: string, state: DeviceState }> } | null } };

export type DelegateConciergeRequestMutationVariables = Exact<{
  input: SubmitConciergeRequestInput;
}>;


export type DelegateConciergeRequestMutation = { submitConciergeRequest: { request: { id: string, status: ConciergeStatus, submittedByRole: ConciergeActorRole } | null, userErrors: Array<{ code: ConciergeErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type OpenAssistanceRequestMutationVariables = Exact<{
  input: OpenAssistanceRequestInput;
}>;


export type OpenAssistanceRequestMutation = { openAssistanceRequest: { assistanceRequest: { id: string, topic: AssistanceTopic, homeInterventionPossible: boolean } | null, userErrors: Array<{ code: InterventionErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type InterventionQuoteQueryVariables = Exact<{
  input: InterventionQuoteInput;
}>;


export type InterventionQuoteQuery = { interventionQuote: { quote: { free: boolean, usedInContractYear: number, limit: number, priceToAcceptCents: number | null, price: { inBusinessHours: boolean, lines: Array<{ code: InterventionChargeCode, quantity: number, unitCents: number, totalCents: number }>, totals: { htCents: number, vatCents: number, ttcCents: number } } } | null } };

export type BookSalonAppointmentMutationVariables = Exact<{
  input: BookSalonAppointmentInput;
}>;


export type BookSalonAppointmentMutation = { bookSalonAppointment: { appointment: { id: string, startsAt: string, endsAt: string, status: SalonAppointmentStatus, salon: { name: string, street: string } } | null, userErrors: Array<{ code: SalonErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RequestQuoteMutationVariables = Exact<{
  input: RequestQuoteInput;
}>;


export type RequestQuoteMutation = { requestQuote: { request: { id: string, status: QuoteRequestStatus, purpose: QuotePurpose } | null, userErrors: Array<{ code: QuoteErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CreateMailboxMutationVariables = Exact<{
  input: CreateMailboxInput;
}>;


export type CreateMailboxMutation = { createMailbox: { mailbox: { address: string, quotaGb: number } | null, userErrors: Array<{ code: MailboxErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type UpdateMemberContactMutationVariables = Exact<{
  input: UpdateMemberContactInput;
}>;


export type UpdateMemberContactMutation = { updateMemberContact: { member: { phone: string, postalAddress: { line1: string, postalCode: string, commune: string } } | null, userErrors: Array<{ code: MemberErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type AnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementsQuery = { announcements: { edges: Array<{ node: { kind: AnnouncementKind, title: string, effectiveOn: string } }> } };

export type BillingStandingQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingStandingQuery = { billingStanding: { balanceDueCents: number, overdueCents: number, payerOverdueCents: number, openInvoices: Array<{ number: string | null, status: InvoiceStatus, balanceDueCents: number }>, dunning: { stage: DunningStage } | null } | null };

export type PayerMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PayerMeQuery = { me: { role: Role, payer: { displayName: string, kind: PayerKind, itemKinds: Array<BillableItemKind> | null } | null }, payerInvoices: { edges: Array<{ node: { number: string | null, status: InvoiceStatus, totals: { ttcCents: number } } }> } };

export type FileObjectionMutationVariables = Exact<{
  input: FilePrivacyRequestInput;
}>;


export type FileObjectionMutation = { filePrivacyRequest: { request: { id: string, kind: PrivacyRequestKind, status: PrivacyRequestStatus, receivedAt: string, dueAt: string, identityProof: { kind: IdentityProofKind }, processingLimits: Array<{ purpose: ProcessingPurpose, inForce: boolean }> } | null, userErrors: Array<{ code: PrivacyErrorCode, rule: string | null, message: string }> } };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"itemKinds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extraSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesPerAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"designatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"quotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extraSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linesPerAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"contractYearStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractYearEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conciergeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CoverageEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commune"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postalCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"commune"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commune"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoverageEligibilityQuery, CoverageEligibilityQueryVariables>;
export const ServiceAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNow"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"providedBy"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isoWeekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceAvailabilityQuery, ServiceAvailabilityQueryVariables>;
export const TariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"htCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"ttcCents"}}]}}]}}]}}]} as unknown as DocumentNode<TariffsQuery, TariffsQueryVariables>;
export const ConciergeCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConciergeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conciergeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"included"}}]}}]}}]} as unknown as DocumentNode<ConciergeCategoriesQuery, ConciergeCategoriesQueryVariables>;
export const DesignateDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateDeviceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateDevice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<DesignateDeviceMutation, DesignateDeviceMutationVariables>;
export const SubmitConciergeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitConciergeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitConciergeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitConciergeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitConciergeRequestMutation, SubmitConciergeRequestMutationVariables>;
export const DelegateMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegateMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DelegateMeQuery, DelegateMeQueryVariables>;
export const DelegateConciergeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegateConciergeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitConciergeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitConciergeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<DelegateConciergeRequestMutation, DelegateConciergeRequestMutationVariables>;
export const OpenAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"homeInterventionPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<OpenAssistanceRequestMutation, OpenAssistanceRequestMutationVariables>;
export const InterventionQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterventionQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"usedInContractYear"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"priceToAcceptCents"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inBusinessHours"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"htCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"ttcCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterventionQuoteQuery, InterventionQuoteQueryVariables>;
export const BookSalonAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookSalonAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookSalonAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSalonAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"salon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<BookSalonAppointmentMutation, BookSalonAppointmentMutationVariables>;
export const RequestQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<RequestQuoteMutation, RequestQuoteMutationVariables>;
export const CreateMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"quotaGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMailboxMutation, CreateMailboxMutationVariables>;
export const UpdateMemberContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMemberContactMutation, UpdateMemberContactMutationVariables>;
export const AnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const BillingStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingStanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingStanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCents"}},{"kind":"Field","name":{"kind":"Name","value":"payerOverdueCents"}},{"kind":"Field","name":{"kind":"Name","value":"openInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dunning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<BillingStandingQuery, BillingStandingQueryVariables>;
export const PayerMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayerMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemKinds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payerInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ttcCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayerMeQuery, PayerMeQueryVariables>;
export const FileObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilePrivacyRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePrivacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"identityProof"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processingLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FileObjectionMutation, FileObjectionMutationVariables>;