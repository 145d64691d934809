CREATE TABLE "financial_guarantees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"due_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'REQUESTED' NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by_id" text,
	"paid_on" date,
	"payment_method" text,
	"payment_reference" text,
	"paid_recorded_at" timestamp with time zone,
	"used_cents" integer DEFAULT 0 NOT NULL,
	"released_at" timestamp with time zone,
	"released_cents" integer,
	"cancelled_at" timestamp with time zone,
	"closing_note" text,
	CONSTRAINT "financial_guarantees_status_check" CHECK ("financial_guarantees"."status" in ('REQUESTED','PAID','RELEASED','CANCELLED')),
	CONSTRAINT "financial_guarantees_amount_check" CHECK ("financial_guarantees"."amount_cents" > 0 and "financial_guarantees"."used_cents" >= 0 and "financial_guarantees"."used_cents" <= "financial_guarantees"."amount_cents"),
	CONSTRAINT "financial_guarantees_payment_check" CHECK (("financial_guarantees"."paid_on" is null) = ("financial_guarantees"."payment_reference" is null) and ("financial_guarantees"."paid_on" is null) = ("financial_guarantees"."payment_method" is null)
        and ("financial_guarantees"."paid_on" is null) = ("financial_guarantees"."paid_recorded_at" is null) and ("financial_guarantees"."status" in ('REQUESTED','CANCELLED')) = ("financial_guarantees"."paid_on" is null)),
	CONSTRAINT "financial_guarantees_release_check" CHECK (("financial_guarantees"."status" = 'RELEASED') = ("financial_guarantees"."released_at" is not null) and ("financial_guarantees"."released_at" is null) = ("financial_guarantees"."released_cents" is null)),
	CONSTRAINT "financial_guarantees_cancel_check" CHECK (("financial_guarantees"."status" = 'CANCELLED') = ("financial_guarantees"."cancelled_at" is not null)),
	CONSTRAINT "financial_guarantees_reason_check" CHECK (length(trim("financial_guarantees"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'RECEIVED' NOT NULL,
	"details" text,
	"purpose" text,
	"identity_proof_kind" text NOT NULL,
	"identity_proof_reference" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"extended_at" timestamp with time zone,
	"extension_reason" text,
	"answered_at" timestamp with time zone,
	"answer" text,
	"retention_ledger" jsonb,
	"answered_by_id" text,
	"filed_by_role" text NOT NULL,
	"filed_by_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "privacy_requests_kind_check" CHECK ("privacy_requests"."kind" in ('ACCESS','RECTIFICATION','ERASURE','PORTABILITY','OBJECTION','RESTRICTION','POST_MORTEM_DIRECTIVES')),
	CONSTRAINT "privacy_requests_channel_check" CHECK ("privacy_requests"."channel" in ('APP','POST','EMAIL')),
	CONSTRAINT "privacy_requests_status_check" CHECK ("privacy_requests"."status" in ('RECEIVED','ANSWERED','REJECTED')),
	CONSTRAINT "privacy_requests_proof_check" CHECK ("privacy_requests"."identity_proof_kind" in ('APP_AUTHENTICATION','IDENTITY_CARD','PASSPORT','RESIDENCE_PERMIT','DRIVING_LICENCE') and length(trim("privacy_requests"."identity_proof_reference")) > 0),
	CONSTRAINT "privacy_requests_purpose_check" CHECK (("privacy_requests"."purpose" is not null) = ("privacy_requests"."kind" in ('OBJECTION','RESTRICTION')) and ("privacy_requests"."purpose" is null or "privacy_requests"."purpose" in ('ACCOUNT_DATA','MARKETING','SATISFACTION_SURVEYS','PROFILING','PARTNER_SHARING'))),
	CONSTRAINT "privacy_requests_due_check" CHECK ("privacy_requests"."due_at" > "privacy_requests"."received_at"),
	CONSTRAINT "privacy_requests_extension_check" CHECK (("privacy_requests"."extended_at" is null) = ("privacy_requests"."extension_reason" is null)),
	CONSTRAINT "privacy_requests_answer_check" CHECK (("privacy_requests"."status" = 'RECEIVED') = ("privacy_requests"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "processing_limits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"purpose" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_reason" text,
	"lifted_by_id" text,
	CONSTRAINT "processing_limits_kind_check" CHECK ("processing_limits"."kind" in ('OBJECTION','RESTRICTION')),
	CONSTRAINT "processing_limits_purpose_check" CHECK ("processing_limits"."purpose" in ('ACCOUNT_DATA','MARKETING','SATISFACTION_SURVEYS','PROFILING','PARTNER_SHARING')),
	CONSTRAINT "processing_limits_lift_check" CHECK (("processing_limits"."lifted_at" is null) = ("processing_limits"."lifted_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "staff_users" DROP CONSTRAINT "staff_users_role_check";--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_method_check";--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "guarantee_id" uuid;--> statement-breakpoint
ALTER TABLE "financial_guarantees" ADD CONSTRAINT "financial_guarantees_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_limits" ADD CONSTRAINT "processing_limits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_limits" ADD CONSTRAINT "processing_limits_request_id_privacy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."privacy_requests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "financial_guarantees_member_idx" ON "financial_guarantees" USING btree ("member_id","requested_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_guarantees_payment_reference_key" ON "financial_guarantees" USING btree ("payment_reference");--> statement-breakpoint
CREATE INDEX "privacy_requests_member_idx" ON "privacy_requests" USING btree ("member_id","received_at","id");--> statement-breakpoint
CREATE INDEX "privacy_requests_open_due_idx" ON "privacy_requests" USING btree ("due_at","id") WHERE "privacy_requests"."status" = 'RECEIVED';--> statement-breakpoint
CREATE UNIQUE INDEX "processing_limits_one_in_force" ON "processing_limits" USING btree ("member_id","kind","purpose") WHERE "processing_limits"."lifted_at" is null;--> statement-breakpoint
CREATE INDEX "processing_limits_request_idx" ON "processing_limits" USING btree ("request_id");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_guarantee_id_financial_guarantees_id_fk" FOREIGN KEY ("guarantee_id") REFERENCES "public"."financial_guarantees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payments_guarantee_idx" ON "payments" USING btree ("guarantee_id") WHERE "payments"."guarantee_id" is not null;--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_role_check" CHECK ("staff_users"."role" in ('DESK_AGENT','COACH','TECHNICIAN','COMMITTEE','BILLING','CONCIERGE_PARTNER','PRIVACY_OFFICER'));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_guarantee_check" CHECK (("payments"."method" = 'GUARANTEE') = ("payments"."guarantee_id" is not null));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_method_check" CHECK ("payments"."method" in ('DIRECT_DEBIT','TRANSFER','CHEQUE','GUARANTEE'));