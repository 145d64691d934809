/**
 * GDP-2/GDP-3/GDP-4: every table that holds data about a member, in one list. For each table:
 * how the member's rows are reached (a member id column, or a parent row: an invoice line through
 * its invoice), the GDP-4 category of every column (the export labels each value with it), and
 * what erasure does to the rows (GDP-3).
 *
 * The completeness test (test/modules/personal-data/completeness.test.ts) walks the database
 * schema: a table that refers to a member, directly or through a parent, and is missing here, or a
 * column missing from its table's categories, fails it. Adding a table means adding it here.
 *
 * SQL fragments in this file are constants of the code (never user input); `t` is the row's table
 * alias and `{now}` the erasure instant.
 */

/** GDP-4: the categories of personal data of the contract (Annexe 2). */
export const CATEGORIES = {
  identification: "Identification: names, identifiers, account numbers.",
  "personal-characteristics": "Personal characteristics: birth date, nationality.",
  contact: "Contact details: email, phone numbers, postal addresses.",
  "personal-life": "Personal life: habits, preferences, free texts about one's life.",
  "economic-financial": "Economic and financial data: amounts, invoices, payments, guarantees.",
  "connection-usage-logs": "Connection and usage logs: who did what and when on the account.",
  "intervention-reports": "Intervention reports: requests for help, diagnoses, outcomes.",
  "products-held": "Products and services held: options, devices, lines, mailboxes, equipment.",
  profiles: "Profiles: status, eligibility, privileges, decisions about the member.",
  content: "Content: texts the member wrote (requests, notes, descriptions).",
  location: "Location: places and addresses of services, appointments.",
} as const;
export type Category = keyof typeof CATEGORIES;

export type ErasureTreatment = "anonymise" | "redact" | "keep";

export type Erasure =
  /** Values that identify the member (or free texts, for `redact`) are replaced, column by column; the other columns stay. */
  | { treatment: "anonymise" | "redact"; set: Record<string, string>; note?: string }
  /** Kept unaltered: a legal obligation or a proof; purged `years` after `from` (an SQL date on `t`). */
  | { treatment: "keep"; legalBasis: string; years: number; from: string };

export interface CatalogueEntry {
  table: string;
  description: string;
  /** The column that holds the member id, on this table (`parent` absent) or on `parent`'s rows. */
  reach: { column: string; parent?: string };
  /** Deterministic order of the records in the export. */
  orderBy: string;
  columns: Partial<Record<Category, string[]>>;
  erasure: Erasure;
}

const REDACTED = "'[effacé / erased]'";
const ANONYMOUS = "'Anonyme'";
const ANON_ADDRESS = "'Adresse effacée / address erased'";
const ACCOUNTING = "Accounting records: Code de commerce L123-22 (10 years)";
const PROOF = "Proof of the actions on the account, GDPR art. 5(2); civil limitation period, Code civil art. 2224 (5 years)";
const PRIVACY_PROOF = "Proof that the data-subject request was handled, GDPR art. 5(2) and 12; Code civil art. 2224 (5 years)";
const COMMERCIAL = "Commercial documents: Code de commerce L110-4 (5 years)";
const nullIfSet = (column: string, value: string) => `case when t.${column} is null then null else ${value} end`;
const nothingLeft = (note: string): Erasure => ({ treatment: "anonymise", set: {}, note });

export const CATALOGUE: CatalogueEntry[] = [
  {
    table: "members",
    description: "The member: identity, contact details and membership status.",
    reach: { column: "id" },
    orderBy: "id",
    columns: {
      identification: ["id", "last_name", "first_name", "company_name", "siren"],
      "personal-characteristics": ["birth_date", "nationality"],
      contact: ["email", "phone", "address_line1", "address_line2", "postal_code", "commune"],
      profiles: ["status", "honorary", "free_rejoins_used", "debt_recovery_opened_at", "terminated_at", "has_internet_access", "anonymised_at"],
      "connection-usage-logs": ["created_at", "updated_at"],
    },
    erasure: {
      treatment: "anonymise",
      // Values that still satisfy the CHECK constraints and the unique index on lower(email).
      set: {
        last_name: ANONYMOUS,
        first_name: ANONYMOUS,
        birth_date: "date '1900-01-01'",
        nationality: "null",
        email: "'anonyme-' || t.id::text || '@anonymised.invalid'",
        phone: "''",
        address_line1: ANON_ADDRESS,
        address_line2: "null",
        postal_code: "'00000'",
        commune: ANON_ADDRESS,
        company_name: "null",
        siren: "null",
        updated_at: "{now}",
        anonymised_at: "coalesce(t.anonymised_at, {now})",
      },
    },
  },
  {
    table: "delegates",
    description: "The delegates the member designated (art. 8.3).",
    reach: { column: "member_id" },
    orderBy: "id",
    columns: {
      identification: ["id", "member_id", "last_name", "first_name", "registered_by_id"],
      contact: ["email", "phone", "postal_address", "notified_via"],
      "connection-usage-logs": ["created_at", "revoked_at", "registered_by_role"],
    },
    erasure: {
      treatment: "anonymise",
      note: "revoked: their tokens stop working",
      set: {
        last_name: ANONYMOUS,
        first_name: ANONYMOUS,
        email: "'delegue-' || t.id::text || '@anonymised.invalid'",
        phone: "null",
        postal_address: "null",
        revoked_at: "coalesce(t.revoked_at, {now})",
      },
    },
  },
  {
    table: "payers",
    description: "Third parties who pay some of the member's invoices.",
    reach: { column: "member_id" },
    orderBy: "id",
    columns: {
      identification: ["id", "member_id", "kind", "display_name"],
      contact: ["email", "billing_address"],
      "connection-usage-logs": ["created_at", "revoked_at"],
    },
    erasure: {
      treatment: "anonymise",
      note: "revoked: their tokens stop working; invoices keep the name they were issued to",
      set: {
        display_name: ANONYMOUS,
        email: "'payeur-' || t.id::text || '@anonymised.invalid'",
        billing_address: ANON_ADDRESS,
        revoked_at: "coalesce(t.revoked_at, {now})",
      },
    },
  },
  {
    table: "payer_item_kinds",
    description: "What each payer pays for.",
    reach: { column: "payer_id", parent: "payers" },
    orderBy: "payer_id, item_kind",
    columns: { identification: ["payer_id"], "economic-financial": ["item_kind"] },
    erasure: nothingLeft("no personal data once the payer is anonymised"),
  },
  {
    table: "membership_events",
    description: "The membership history: application, acceptance, entry fee, termination.",
    reach: { column: "member_id" },
    orderBy: "at, id",
    columns: {
      identification: ["id", "member_id", "actor_id"],
      profiles: ["kind", "welcome_gift"],
      "economic-financial": ["entry_fee_cents", "entry_fee_waived"],
      content: ["reason"],
      "connection-usage-logs": ["at", "actor_role"],
    },
    erasure: { treatment: "redact", set: { reason: nullIfSet("reason", REDACTED) } },
  },
  {
    table: "committee_decisions",
    description: "Decisions of the membership committee about the member.",
    reach: { column: "member_id" },
    orderBy: "decided_at, id",
    columns: {
      identification: ["id", "member_id", "meeting_id", "decided_by"],
      profiles: ["decision"],
      content: ["reason"],
      "connection-usage-logs": ["decided_at"],
    },
    erasure: { treatment: "redact", set: { reason: REDACTED } },
  },
  {
    table: "addresses",
    description: "The member's addresses (main address and extra sites).",
    reach: { column: "member_id" },
    orderBy: "id",
    columns: {
      identification: ["id", "member_id"],
      location: ["kind", "label", "line1", "line2", "postal_code", "commune"],
      "products-held": ["fiber_eligible", "adsl_eligible"],
      "connection-usage-logs": ["created_at", "removed_at"],
    },
    erasure: {
      treatment: "anonymise",
      set: { label: "null", line1: ANON_ADDRESS, line2: "null", postal_code: "'00000'", commune: ANON_ADDRESS },
    },
  },
  {
    table: "internet_lines",
    description: "Internet lines declared at the member's addresses.",
    reach: { column: "member_id" },
    orderBy: "id",
    columns: {
      identification: ["id", "member_id", "address_id", "reference"],
      "products-held": ["operator", "offer", "technology"],
      "connection-usage-logs": ["created_at", "removed_at"],
    },
    erasure: { treatment: "anonymise", set: { reference: "null" } },
  },
  {
    table: "option_subscriptions",
    description: "Subscriptions to the Option Intérieur.",
    reach: { column: "member_id" },
    orderBy: "accepted_at, id",
    columns: {
      identification: ["id", "member_id"],
      "products-held": ["accepted_at", "termination_received_at", "ends_at", "end_reason"],
      content: ["end_detail"],
      "connection-usage-logs": ["created_at"],
    },
    erasure: { treatment: "redact", set: { end_detail: nullIfSet("end_detail", REDACTED) } },
  },
  {
    table: "coach_assignments",
    description: "The member's coach and substitute coach.",
    reach: { column: "member_id" },
    orderBy: "member_id",
    columns: { identification: ["member_id", "coach_id", "substitute_coach_id", "assigned_by"], "connection-usage-logs": ["assigned_at"] },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "devices",
    description: "Devices designated for protection (DEV-1).",
    reach: { column: "member_id" },
    orderBy: "designated_at, id",
    columns: {
      identification: ["id", "member_id", "designated_by_id", "activated_by_id", "removed_by_id"],
      "products-held": ["name", "kind", "os", "has_internet_connectivity", "state"],
      "connection-usage-logs": ["designated_at", "designated_by_role", "activated_at", "removed_at", "removed_by_role"],
    },
    erasure: { treatment: "anonymise", note: "device labels (« iPhone de Jeanne ») are replaced", set: { name: "'Appareil'" } },
  },
  {
    table: "vip_lines",
    description: "Mobile lines declared for Orange VIP.",
    reach: { column: "member_id" },
    orderBy: "declared_at, id",
    columns: {
      identification: ["id", "member_id", "declared_by_id", "withdrawn_by_id"],
      contact: ["phone_number"],
      "products-held": ["plan_type"],
      "connection-usage-logs": ["declared_at", "withdrawn_at"],
    },
    // A placeholder number per line (the CHECK wants a French mobile number; the index one per member).
    erasure: { treatment: "anonymise", set: { phone_number: "'+336' || lpad((abs(hashtext(t.id::text)) % 100000000)::text, 8, '0')" } },
  },
  {
    table: "assistance_requests",
    description: "Requests for home assistance (remote first).",
    reach: { column: "member_id" },
    orderBy: "opened_at, id",
    columns: {
      identification: ["id", "member_id", "opened_by_id", "remote_outcome_by"],
      "intervention-reports": ["topic", "installed_by_parnasse", "remote_outcome", "remote_outcome_at"],
      content: ["description", "remote_outcome_note"],
      "connection-usage-logs": ["opened_at", "opened_by_role"],
    },
    erasure: { treatment: "redact", set: { description: REDACTED, remote_outcome_note: nullIfSet("remote_outcome_note", REDACTED) } },
  },
  {
    table: "interventions",
    description: "Home interventions and their reports.",
    reach: { column: "member_id" },
    orderBy: "starts_at, id",
    columns: {
      identification: ["id", "member_id", "assistance_request_id", "performer_id", "address_id", "booked_by"],
      "intervention-reports": [
        "kind",
        "starts_at",
        "duration_minutes",
        "personal_device_count",
        "status",
        "in_business_hours",
        "backup_confirmed_at",
        "backup_confirmed_by_role",
        "started_at",
        "done_at",
        "refusal_reason",
        "refusal_note",
        "refused_at",
        "cancelled_at",
        "allowance_slot",
      ],
      "economic-financial": ["contract_year_start", "billing_reason", "price_cents", "charge_lines"],
      "connection-usage-logs": ["booked_at"],
    },
    erasure: { treatment: "redact", set: { refusal_note: nullIfSet("refusal_note", REDACTED) } },
  },
  {
    table: "mailboxes",
    description: "Mailboxes of the member's pack.",
    reach: { column: "member_id" },
    orderBy: "created_at, id",
    columns: {
      identification: ["id", "member_id", "created_by"],
      contact: ["local_part", "domain", "address", "display_name"],
      "products-held": ["custom_domain", "quota_gb"],
      "connection-usage-logs": ["created_at", "deleted_at"],
    },
    erasure: {
      treatment: "anonymise",
      note: "the address is replaced by a neutral one and the mailbox is closed",
      set: {
        local_part: "'x' || replace(t.id::text, '-', '')",
        address: "'x' || replace(t.id::text, '-', '') || '@' || t.domain",
        display_name: "null",
        deleted_at: "coalesce(t.deleted_at, greatest({now}, t.created_at))",
      },
    },
  },
  {
    table: "mailbox_packs",
    description: "Mailbox pack subscriptions.",
    reach: { column: "member_id" },
    orderBy: "subscribed_at, id",
    columns: {
      identification: ["id", "member_id", "subscribed_by", "cancelled_by"],
      "products-held": ["pack", "extra_mailboxes"],
      "connection-usage-logs": ["subscribed_at", "cancelled_at"],
    },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "mailbox_migrations",
    description: "Mail migrations into the member's mailboxes.",
    reach: { column: "member_id" },
    orderBy: "requested_at, id",
    columns: {
      identification: ["id", "mailbox_id", "member_id", "requested_by", "quote_request_id"],
      "products-held": ["source", "size_mb", "status"],
      "connection-usage-logs": ["requested_at"],
    },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "mailbox_support_requests",
    description: "Setup and assistance requests for mailboxes.",
    reach: { column: "member_id" },
    orderBy: "requested_at, id",
    columns: {
      identification: ["id", "mailbox_id", "member_id", "requested_by"],
      "intervention-reports": ["kind", "available_from", "provided_by"],
      content: ["note"],
      "connection-usage-logs": ["requested_at"],
    },
    erasure: { treatment: "redact", set: { note: nullIfSet("note", REDACTED) } },
  },
  {
    table: "airboxes",
    description: "Airbox 4G boxes handed over to the member.",
    reach: { column: "member_id" },
    orderBy: "handed_over_at, id",
    columns: {
      identification: ["id", "member_id", "recorded_by", "replaces_airbox_id", "inadequate_use_recorded_by"],
      "products-held": ["serial_number", "sim_iccid", "handed_over_at", "replaced_at"],
      profiles: ["inadequate_use_at", "inadequate_use_reason"],
      content: ["inadequate_use_note"],
      "connection-usage-logs": ["created_at"],
    },
    erasure: { treatment: "redact", set: { inadequate_use_note: nullIfSet("inadequate_use_note", REDACTED) } },
  },
  {
    table: "airbox_incidents",
    description: "Internet outages declared by the member (Airbox backup).",
    reach: { column: "member_id" },
    orderBy: "declared_at, id",
    columns: {
      identification: ["id", "airbox_id", "member_id", "address_id", "declared_by", "sim_activated_by", "technician_id"],
      "intervention-reports": ["status", "sim_activated_at", "data_allowance_gb", "closed_at"],
      content: ["description"],
      "connection-usage-logs": ["declared_at", "declared_by_role"],
    },
    erasure: { treatment: "redact", set: { description: REDACTED } },
  },
  {
    table: "airbox_repairs",
    description: "Airbox repairs and replacements.",
    reach: { column: "member_id" },
    orderBy: "reported_at, id",
    columns: {
      identification: ["id", "airbox_id", "member_id", "reported_by", "technician_id", "replacement_airbox_id"],
      "intervention-reports": ["status", "diagnosed_at", "slot_starts_at", "slot_ends_at", "resolved_at", "diagnosis_note", "resolution_note"],
      content: ["description"],
      "connection-usage-logs": ["reported_at"],
    },
    erasure: {
      treatment: "redact",
      set: { description: REDACTED, diagnosis_note: nullIfSet("diagnosis_note", REDACTED), resolution_note: nullIfSet("resolution_note", REDACTED) },
    },
  },
  {
    table: "announcements",
    description: "Announcements addressed to the member.",
    reach: { column: "member_id" },
    orderBy: "announced_at, id",
    columns: {
      identification: ["id", "member_id", "created_by"],
      content: ["kind", "title", "body", "effective_on"],
      "connection-usage-logs": ["announced_at"],
    },
    erasure: { treatment: "redact", set: { body: REDACTED } },
  },
  {
    table: "concierge_privileges",
    description: "Concierge privilege periods.",
    reach: { column: "member_id" },
    orderBy: "started_at, id",
    columns: {
      identification: ["id", "member_id", "created_by_id"],
      "products-held": ["started_at", "cancelled_at", "ends_at"],
      "connection-usage-logs": ["created_by_role"],
    },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "concierge_requests",
    description: "Requests made to the concierge partner.",
    reach: { column: "member_id" },
    orderBy: "created_at, id",
    columns: {
      identification: ["id", "member_id", "submitted_by_id"],
      "personal-life": ["category", "privilege_required", "preferred_language", "status"],
      content: ["content", "status_reason"],
      contact: ["callback_phone"],
      "connection-usage-logs": ["submitted_by_role", "created_at", "updated_at"],
    },
    erasure: { treatment: "redact", set: { content: REDACTED, callback_phone: "null", status_reason: nullIfSet("status_reason", REDACTED) } },
  },
  {
    table: "concierge_status_changes",
    description: "The history of each concierge request.",
    reach: { column: "request_id", parent: "concierge_requests" },
    orderBy: "at, id",
    columns: {
      identification: ["id", "request_id", "by_id"],
      "personal-life": ["from_status", "to_status"],
      content: ["reason"],
      "connection-usage-logs": ["at", "by_role"],
    },
    erasure: { treatment: "redact", set: { reason: nullIfSet("reason", REDACTED) } },
  },
  {
    table: "pro_bricks",
    description: "Univers Pro bricks (Wi-Fi, switches, routers) at the member's sites.",
    reach: { column: "member_id" },
    orderBy: "subscribed_at, id",
    columns: {
      identification: ["id", "member_id", "address_id", "prerequisite_by_id", "quote_request_id", "technician_id"],
      "products-held": ["brick", "access_points", "switches", "routers", "status", "subscribed_at", "active_since", "termination_requested_at", "ends_on"],
      "intervention-reports": ["prerequisite_summary", "prerequisite_done_at", "prerequisite_by_role"],
      "connection-usage-logs": ["subscribed_by_role"],
    },
    erasure: { treatment: "redact", set: { prerequisite_summary: nullIfSet("prerequisite_summary", REDACTED) } },
  },
  {
    table: "pro_service_requests",
    description: "Univers Pro service requests and studies.",
    reach: { column: "member_id" },
    orderBy: "requested_at, id",
    columns: {
      identification: ["id", "member_id", "study_by_id", "quote_request_id", "technician_id"],
      "products-held": ["service", "status", "installed_on"],
      "intervention-reports": ["study_summary", "study_done_at", "study_by_role"],
      content: ["description"],
      "connection-usage-logs": ["requested_at", "requested_by_role"],
    },
    erasure: { treatment: "redact", set: { description: REDACTED, study_summary: nullIfSet("study_summary", REDACTED) } },
  },
  {
    table: "circle_event_registrations",
    description: "Registrations to Cercle events.",
    reach: { column: "member_id" },
    orderBy: "registered_at, id",
    columns: { identification: ["id", "event_id", "member_id"], "personal-life": ["registered_at", "cancelled_at"] },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "salon_appointments",
    description: "Appointments at the Salons.",
    reach: { column: "member_id" },
    orderBy: "starts_at, id",
    columns: {
      identification: ["id", "member_id", "booked_by_id", "cancelled_by_id"],
      location: ["salon_code", "starts_at", "ends_at"],
      "personal-life": ["status"],
      content: ["note"],
      "connection-usage-logs": ["booked_at", "booked_by_role", "cancelled_at", "cancelled_by_role"],
    },
    erasure: { treatment: "redact", set: { note: nullIfSet("note", REDACTED) } },
  },
  {
    table: "quote_requests",
    description: "Requests for a quote.",
    reach: { column: "member_id" },
    orderBy: "requested_at, id",
    columns: {
      identification: ["id", "member_id", "requested_by_id"],
      "products-held": ["purpose"],
      content: ["description"],
      "connection-usage-logs": ["requested_at", "requested_by_role"],
    },
    erasure: { treatment: "redact", set: { description: REDACTED } },
  },
  {
    table: "quotes",
    description: "Quotes issued to the member (read-only once issued).",
    reach: { column: "member_id" },
    orderBy: "issued_at, id",
    columns: {
      identification: ["id", "number", "request_id", "member_id", "issued_by_id", "decided_by_id", "replaced_by_quote_id"],
      "economic-financial": ["status", "valid_until", "total_ttc_cents", "total_ht_cents", "total_vat_cents"],
      "connection-usage-logs": ["issued_at", "issued_by_role", "decided_at", "decided_by_role", "replaced_at"],
    },
    erasure: { treatment: "keep", legalBasis: COMMERCIAL, years: 5, from: "t.issued_at::date" },
  },
  {
    table: "quote_lines",
    description: "The lines of each quote.",
    reach: { column: "quote_id", parent: "quotes" },
    orderBy: "quote_id, position",
    columns: {
      identification: ["id", "quote_id", "position"],
      "economic-financial": ["label", "quantity", "unit_ttc_cents", "ttc_cents", "ht_cents", "vat_cents"],
    },
    erasure: { treatment: "keep", legalBasis: COMMERCIAL, years: 5, from: "(select q.issued_at::date from quotes q where q.id = t.quote_id)" },
  },
  {
    table: "office_assistance_requests",
    description: "Office assistance requests (Assistance Bureautique).",
    reach: { column: "member_id" },
    orderBy: "requested_at, id",
    columns: {
      identification: ["id", "member_id", "requested_by_id"],
      "intervention-reports": [
        "channel",
        "device_kind",
        "software",
        "operating_system",
        "screen_sharing_available",
        "available_from",
        "provided_by",
        "subcontractor_consent_at",
        "backup_confirmed_at",
        "backup_confirmed_by_role",
      ],
      content: ["description"],
      "connection-usage-logs": ["requested_at", "requested_by_role"],
    },
    erasure: { treatment: "redact", set: { description: REDACTED } },
  },
  {
    table: "office_assistance_sessions",
    description: "Remote screen-sharing sessions and their consent.",
    reach: { column: "member_id" },
    orderBy: "consented_at, id",
    columns: {
      identification: ["id", "request_id", "member_id", "consented_by_id"],
      "connection-usage-logs": ["consented_at", "consented_by_role", "revoked_at", "revoked_by_role"],
    },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "office_assistance_visits",
    description: "Office assistance visits at the member's address.",
    reach: { column: "member_id" },
    orderBy: "starts_at, id",
    columns: {
      identification: ["id", "request_id", "member_id", "address_id", "quote_id", "booked_by_id"],
      "intervention-reports": ["starts_at", "ends_at", "contract_year_start", "included"],
      "connection-usage-logs": ["booked_at", "booked_by_role"],
    },
    erasure: nothingLeft("the address is anonymised with the addresses"),
  },
  {
    table: "equipment_purchases",
    description: "Equipment bought through Parnasse.",
    reach: { column: "member_id" },
    orderBy: "ordered_at, id",
    columns: {
      identification: ["id", "member_id", "recorded_by_id"],
      "products-held": ["label", "quantity", "ordered_at"],
      "economic-financial": ["unit_ttc_cents"],
      "connection-usage-logs": ["recorded_by_role"],
    },
    erasure: nothingLeft("no personal data once the member is anonymised"),
  },
  {
    table: "invoices",
    description: "Invoices and credit notes (issued ones are read-only accounting records).",
    reach: { column: "member_id" },
    orderBy: "created_at, id",
    columns: {
      identification: ["id", "kind", "number", "member_id", "payer_id", "run_id", "corrects_invoice_id", "bill_to_name", "member_name", "created_by_id"],
      contact: ["bill_to_address", "bill_to_email", "delivery_channel", "member_address"],
      "economic-financial": [
        "billing_month",
        "status",
        "total_ht_cents",
        "total_vat_cents",
        "total_ttc_cents",
        "paid_cents",
        "credited_cents",
        "contested_cents",
        "issued_on",
        "due_on",
        "issued_at",
      ],
      "connection-usage-logs": ["created_at", "created_by_role"],
    },
    erasure: { treatment: "keep", legalBasis: ACCOUNTING, years: 10, from: "coalesce(t.issued_on, t.created_at::date)" },
  },
  {
    table: "invoice_lines",
    description: "The lines of each invoice.",
    reach: { column: "invoice_id", parent: "invoices" },
    orderBy: "invoice_id, position",
    columns: {
      identification: ["id", "invoice_id", "position", "source_kind", "source_id", "tariff_id"],
      "economic-financial": ["item_kind", "label_fr", "label_en", "quantity", "unit_ttc_cents", "ttc_cents", "ht_cents", "vat_cents", "period_start", "period_end"],
    },
    erasure: { treatment: "keep", legalBasis: ACCOUNTING, years: 10, from: "(select coalesce(i.issued_on, i.created_at::date) from invoices i where i.id = t.invoice_id)" },
  },
  {
    table: "invoice_disputes",
    description: "Disputes of an invoice and their resolution.",
    reach: { column: "invoice_id", parent: "invoices" },
    orderBy: "opened_at, id",
    columns: {
      identification: ["id", "invoice_id", "credit_note_id", "opened_by_id", "resolved_by_id"],
      "economic-financial": ["contested_cents", "status", "resolved_at"],
      content: ["reason", "resolution_note"],
      "connection-usage-logs": ["opened_at", "opened_by_role"],
    },
    erasure: { treatment: "keep", legalBasis: ACCOUNTING, years: 10, from: "t.opened_at::date" },
  },
  {
    table: "payments",
    description: "Payments recorded against the member's invoices.",
    reach: { column: "invoice_id", parent: "invoices" },
    orderBy: "received_on, id",
    columns: {
      identification: ["id", "invoice_id", "recorded_by_id", "guarantee_id"],
      "economic-financial": ["amount_cents", "method", "outcome", "reference", "received_on"],
      "connection-usage-logs": ["recorded_at"],
    },
    erasure: { treatment: "keep", legalBasis: ACCOUNTING, years: 10, from: "t.received_on" },
  },
  {
    table: "financial_guarantees",
    description: "Financial guarantees (deposits) asked of the member (art. 6.1).",
    reach: { column: "member_id" },
    orderBy: "requested_at, id",
    columns: {
      identification: ["id", "member_id", "requested_by_id"],
      "economic-financial": [
        "amount_cents",
        "due_on",
        "reason",
        "status",
        "paid_on",
        "payment_method",
        "payment_reference",
        "paid_recorded_at",
        "used_cents",
        "released_at",
        "released_cents",
        "cancelled_at",
        "closing_note",
      ],
      "connection-usage-logs": ["requested_at"],
    },
    erasure: { treatment: "keep", legalBasis: ACCOUNTING, years: 10, from: "t.requested_at::date" },
  },
  {
    table: "dunning_cases",
    description: "Unpaid-invoice recovery cases (art. 6.3).",
    reach: { column: "member_id" },
    orderBy: "first_notice_at, id",
    columns: {
      identification: ["id", "member_id", "opened_by_id"],
      "economic-financial": ["first_notice_at", "suspended_at", "second_notice_at", "terminated_at", "closed_at", "closed_reason"],
    },
    erasure: nothingLeft("closed cases only (an open case refuses the erasure); no personal data once the member is anonymised"),
  },
  {
    table: "privacy_requests",
    description: "The member's data-subject requests (GDP-1) and their answers.",
    reach: { column: "member_id" },
    orderBy: "received_at, id",
    columns: {
      identification: ["id", "member_id", "identity_proof_kind", "identity_proof_reference", "answered_by_id", "filed_by_id"],
      profiles: ["kind", "channel", "status", "purpose", "received_at", "due_at", "extended_at", "answered_at", "retention_ledger"],
      content: ["details", "extension_reason", "answer"],
      "connection-usage-logs": ["filed_by_role", "created_at"],
    },
    erasure: { treatment: "keep", legalBasis: PRIVACY_PROOF, years: 5, from: "t.received_at::date" },
  },
  {
    table: "processing_limits",
    description: "Objections and restrictions of processing, per purpose.",
    reach: { column: "member_id" },
    orderBy: "started_at, id",
    columns: {
      identification: ["id", "member_id", "request_id", "lifted_by_id"],
      profiles: ["kind", "purpose", "started_at", "lifted_at", "lifted_reason"],
    },
    erasure: { treatment: "keep", legalBasis: PRIVACY_PROOF, years: 5, from: "t.started_at::date" },
  },
  {
    table: "audit_log",
    description: "Who did what on the member's account, as which role, on whose behalf, and when (AUT-4).",
    reach: { column: "on_behalf_of_member_id" },
    orderBy: "id",
    columns: {
      "connection-usage-logs": ["id", "at", "request_id", "actor_role", "actor_id", "on_behalf_of_member_id", "operation", "target_ids", "details"],
    },
    // Append-only (a trigger refuses UPDATE): kept as written.
    erasure: { treatment: "keep", legalBasis: PROOF, years: 5, from: "t.at::date" },
  },
];

export function catalogueEntry(table: string): CatalogueEntry | undefined {
  return CATALOGUE.find((entry) => entry.table === table);
}

/** The category of a column of `entry`; null for a column the catalogue does not list (the completeness test forbids it). */
export function categoryOf(entry: CatalogueEntry, column: string): Category | null {
  for (const [category, columns] of Object.entries(entry.columns) as [Category, string[]][]) if (columns.includes(column)) return category;
  return null;
}
