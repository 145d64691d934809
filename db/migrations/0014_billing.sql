CREATE TABLE "billing_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"billing_month" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"invoices_created" integer DEFAULT 0 NOT NULL,
	"started_by_role" text NOT NULL,
	"started_by_id" text,
	CONSTRAINT "billing_runs_month_check" CHECK (extract(day from "billing_runs"."billing_month") = 1)
);
--> statement-breakpoint
CREATE TABLE "dunning_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"first_notice_at" timestamp with time zone NOT NULL,
	"suspended_at" timestamp with time zone,
	"second_notice_at" timestamp with time zone,
	"terminated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	"opened_by_id" text,
	CONSTRAINT "dunning_cases_order_check" CHECK (("dunning_cases"."second_notice_at" is null or "dunning_cases"."suspended_at" is not null) and ("dunning_cases"."terminated_at" is null or "dunning_cases"."second_notice_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "equipment_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"label" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_ttc_cents" integer NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"recorded_by_role" text NOT NULL,
	"recorded_by_id" text,
	CONSTRAINT "equipment_purchases_quantity_check" CHECK ("equipment_purchases"."quantity" between 1 and 1000),
	CONSTRAINT "equipment_purchases_unit_check" CHECK ("equipment_purchases"."unit_ttc_cents" > 0),
	CONSTRAINT "equipment_purchases_label_check" CHECK (length(trim("equipment_purchases"."label")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "invoice_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"contested_cents" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by_role" text NOT NULL,
	"opened_by_id" text,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" text,
	"resolution_note" text,
	"credit_note_id" uuid,
	CONSTRAINT "invoice_disputes_amount_check" CHECK ("invoice_disputes"."contested_cents" > 0),
	CONSTRAINT "invoice_disputes_status_check" CHECK ("invoice_disputes"."status" in ('OPEN','UPHELD','CONFIRMED')),
	CONSTRAINT "invoice_disputes_resolution_check" CHECK (("invoice_disputes"."status" = 'OPEN') = ("invoice_disputes"."resolved_at" is null)),
	CONSTRAINT "invoice_disputes_credit_check" CHECK ("invoice_disputes"."credit_note_id" is null or "invoice_disputes"."status" = 'UPHELD')
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"item_kind" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_ttc_cents" integer NOT NULL,
	"ttc_cents" integer NOT NULL,
	"ht_cents" integer NOT NULL,
	"vat_cents" integer NOT NULL,
	"period_start" date,
	"period_end" date,
	"source_kind" text,
	"source_id" uuid,
	"tariff_id" uuid,
	CONSTRAINT "invoice_lines_amounts_check" CHECK ("invoice_lines"."ht_cents" + "invoice_lines"."vat_cents" = "invoice_lines"."ttc_cents" and "invoice_lines"."ttc_cents" >= 0),
	CONSTRAINT "invoice_lines_quantity_check" CHECK ("invoice_lines"."quantity" > 0),
	CONSTRAINT "invoice_lines_source_check" CHECK (("invoice_lines"."source_kind" is null) = ("invoice_lines"."source_id" is null))
);
--> statement-breakpoint
CREATE TABLE "invoice_sequences" (
	"series" text PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'INVOICE' NOT NULL,
	"number" integer,
	"member_id" uuid NOT NULL,
	"payer_id" uuid,
	"billing_month" date,
	"run_id" uuid,
	"corrects_invoice_id" uuid,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"bill_to_name" text NOT NULL,
	"bill_to_address" text NOT NULL,
	"bill_to_email" text,
	"delivery_channel" text NOT NULL,
	"total_ht_cents" integer DEFAULT 0 NOT NULL,
	"total_vat_cents" integer DEFAULT 0 NOT NULL,
	"total_ttc_cents" integer DEFAULT 0 NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"credited_cents" integer DEFAULT 0 NOT NULL,
	"contested_cents" integer DEFAULT 0 NOT NULL,
	"issued_on" date,
	"due_on" date,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_role" text NOT NULL,
	"created_by_id" text,
	CONSTRAINT "invoices_kind_check" CHECK ("invoices"."kind" in ('INVOICE','CREDIT_NOTE')),
	CONSTRAINT "invoices_status_check" CHECK ("invoices"."status" in ('DRAFT','ISSUED','PARTIALLY_PAID','PAID','DISPUTED')),
	CONSTRAINT "invoices_channel_check" CHECK ("invoices"."delivery_channel" in ('EMAIL','POST')),
	CONSTRAINT "invoices_credit_note_check" CHECK (("invoices"."kind" = 'CREDIT_NOTE') = ("invoices"."corrects_invoice_id" is not null)),
	CONSTRAINT "invoices_issue_check" CHECK (("invoices"."status" = 'DRAFT') = ("invoices"."number" is null) and ("invoices"."number" is null) = ("invoices"."issued_on" is null)
        and ("invoices"."issued_on" is null) = ("invoices"."due_on" is null) and ("invoices"."issued_on" is null) = ("invoices"."issued_at" is null)),
	CONSTRAINT "invoices_totals_check" CHECK ("invoices"."total_ht_cents" + "invoices"."total_vat_cents" = "invoices"."total_ttc_cents" and "invoices"."total_ttc_cents" >= 0),
	CONSTRAINT "invoices_amounts_check" CHECK ("invoices"."paid_cents" >= 0 and "invoices"."credited_cents" >= 0 and "invoices"."contested_cents" >= 0
        and "invoices"."credited_cents" + "invoices"."contested_cents" <= "invoices"."total_ttc_cents")
);
--> statement-breakpoint
CREATE TABLE "legal_interest_rates" (
	"effective_on" date PRIMARY KEY NOT NULL,
	"rate_bp" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_interest_rates_rate_check" CHECK ("legal_interest_rates"."rate_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "payer_item_kinds" (
	"payer_id" uuid NOT NULL,
	"item_kind" text NOT NULL,
	CONSTRAINT "payer_item_kinds_payer_id_item_kind_pk" PRIMARY KEY("payer_id","item_kind"),
	CONSTRAINT "payer_item_kinds_kind_check" CHECK ("payer_item_kinds"."item_kind" in ('OPTION','EXTRA_SITE','MAILBOX_PACK','PRIVILEGE','INTERVENTION','EQUIPMENT','QUOTE'))
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"method" text NOT NULL,
	"outcome" text NOT NULL,
	"reference" text NOT NULL,
	"received_on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by_id" text,
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount_cents" > 0),
	CONSTRAINT "payments_method_check" CHECK ("payments"."method" in ('DIRECT_DEBIT','TRANSFER','CHEQUE')),
	CONSTRAINT "payments_outcome_check" CHECK ("payments"."outcome" in ('SUCCEEDED','REJECTED'))
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"ttc_cents" integer NOT NULL,
	"effective_on" date NOT NULL,
	"announced_at" timestamp with time zone NOT NULL,
	"created_by_role" text NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tariffs_ttc_check" CHECK ("tariffs"."ttc_cents" > 0),
	CONSTRAINT "tariffs_code_check" CHECK ("tariffs"."code" in ('OPTION','EXTRA_SITE','MAILBOX_PLUS_1','MAILBOX_PACK_5','MAILBOX_PACK_10','PRIVILEGE','TRAVEL','TECHNICIAN_FIRST_HOUR','TECHNICIAN_EXTRA_HALF_HOUR','TECHNICIAN_OOH_FIRST_HOUR','TECHNICIAN_OOH_EXTRA_HALF_HOUR','COACH_HOUR'))
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "has_internet_access" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "dunning_cases" ADD CONSTRAINT "dunning_cases_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_purchases" ADD CONSTRAINT "equipment_purchases_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_disputes" ADD CONSTRAINT "invoice_disputes_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_disputes" ADD CONSTRAINT "invoice_disputes_credit_note_id_invoices_id_fk" FOREIGN KEY ("credit_note_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_tariff_id_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."tariffs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_run_id_billing_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."billing_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_item_kinds" ADD CONSTRAINT "payer_item_kinds_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "billing_runs_month_idx" ON "billing_runs" USING btree ("billing_month","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dunning_cases_one_open_per_member" ON "dunning_cases" USING btree ("member_id") WHERE "dunning_cases"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "equipment_purchases_member_idx" ON "equipment_purchases" USING btree ("member_id","ordered_at");--> statement-breakpoint
CREATE INDEX "invoice_disputes_invoice_idx" ON "invoice_disputes" USING btree ("invoice_id","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_position_key" ON "invoice_lines" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_source_once_key" ON "invoice_lines" USING btree ("source_kind","source_id",coalesce("period_start", '1900-01-01'::date)) WHERE "invoice_lines"."source_id" is not null and "invoice_lines"."item_kind" <> 'CREDIT';--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_one_per_month_key" ON "invoices" USING btree ("member_id","billing_month",coalesce("payer_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "invoices"."kind" = 'INVOICE' and "invoices"."billing_month" is not null;--> statement-breakpoint
CREATE INDEX "invoices_member_idx" ON "invoices" USING btree ("member_id","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_payer_idx" ON "invoices" USING btree ("payer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_status_idx" ON "invoices" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_reference_key" ON "payments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments" USING btree ("invoice_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "tariffs_code_effective_key" ON "tariffs" USING btree ("code","effective_on");