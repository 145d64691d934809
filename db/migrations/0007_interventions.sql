CREATE TABLE "assistance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"installed_by_parnasse" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by_role" text NOT NULL,
	"opened_by_id" text NOT NULL,
	"remote_outcome" text,
	"remote_outcome_note" text,
	"remote_outcome_at" timestamp with time zone,
	"remote_outcome_by" uuid,
	CONSTRAINT "assistance_requests_topic_check" CHECK ("assistance_requests"."topic" in ('OPTICAL_OUTLET','FIBER_BOX','LIVEBOX','TV_DECODER','ETHERNET_CABLING','WIFI_ACCESS_POINT','MULTIMEDIA_EQUIPMENT','APPS','TV_VOD','CONNECTIVITY_HELP')),
	CONSTRAINT "assistance_requests_outcome_check" CHECK ("assistance_requests"."remote_outcome" is null or "assistance_requests"."remote_outcome" in ('RESOLVED','FAILED','IMPOSSIBLE')),
	CONSTRAINT "assistance_requests_outcome_complete_check" CHECK (("assistance_requests"."remote_outcome" is null) = ("assistance_requests"."remote_outcome_at" is null) and ("assistance_requests"."remote_outcome" is null) = ("assistance_requests"."remote_outcome_by" is null))
);
--> statement-breakpoint
CREATE TABLE "interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"assistance_request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"performer_id" uuid NOT NULL,
	"address_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"personal_device_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'BOOKED' NOT NULL,
	"contract_year_start" timestamp with time zone NOT NULL,
	"in_business_hours" boolean NOT NULL,
	"billing_reason" text,
	"price_cents" integer DEFAULT 0 NOT NULL,
	"charge_lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"booked_at" timestamp with time zone NOT NULL,
	"booked_by" uuid NOT NULL,
	"backup_confirmed_at" timestamp with time zone,
	"backup_confirmed_by_role" text,
	"started_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"refusal_reason" text,
	"refusal_note" text,
	"refused_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "interventions_kind_check" CHECK ("interventions"."kind" in ('TECHNICIAN','COACH_VISIT')),
	CONSTRAINT "interventions_status_check" CHECK ("interventions"."status" in ('BOOKED','STARTED','DONE','REFUSED','CANCELLED')),
	CONSTRAINT "interventions_duration_check" CHECK ("interventions"."duration_minutes" between 15 and 600),
	CONSTRAINT "interventions_devices_check" CHECK ("interventions"."personal_device_count" between 0 and 50),
	CONSTRAINT "interventions_price_check" CHECK ("interventions"."price_cents" >= 0 and ("interventions"."billing_reason" is null) = ("interventions"."price_cents" = 0)),
	CONSTRAINT "interventions_billing_reason_check" CHECK ("interventions"."billing_reason" is null or "interventions"."billing_reason" in ('BEYOND_ALLOWANCE','COACH_PERSONAL_DEVICES')),
	CONSTRAINT "interventions_refusal_check" CHECK (("interventions"."status" = 'REFUSED') = ("interventions"."refusal_reason" is not null) and ("interventions"."refusal_reason" is null) = ("interventions"."refused_at" is null)),
	CONSTRAINT "interventions_refusal_reason_check" CHECK ("interventions"."refusal_reason" is null or "interventions"."refusal_reason" in ('DANGEROUS_REPAIR','EXTERNAL_CAUSE','MODIFIED_BY_MEMBER','REPAIRED_OUTSIDE_APPROVED_BODY')),
	CONSTRAINT "interventions_started_check" CHECK ("interventions"."status" not in ('STARTED','DONE') or ("interventions"."started_at" is not null and "interventions"."backup_confirmed_at" is not null)),
	CONSTRAINT "interventions_done_check" CHECK (("interventions"."status" = 'DONE') = ("interventions"."done_at" is not null)),
	CONSTRAINT "interventions_cancelled_check" CHECK (("interventions"."status" = 'CANCELLED') = ("interventions"."cancelled_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_assistance_request_id_assistance_requests_id_fk" FOREIGN KEY ("assistance_request_id") REFERENCES "public"."assistance_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_performer_id_staff_users_id_fk" FOREIGN KEY ("performer_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistance_requests_member_idx" ON "assistance_requests" USING btree ("member_id","opened_at");--> statement-breakpoint
CREATE INDEX "interventions_member_idx" ON "interventions" USING btree ("member_id","starts_at");--> statement-breakpoint
CREATE INDEX "interventions_performer_idx" ON "interventions" USING btree ("performer_id","starts_at");--> statement-breakpoint
CREATE INDEX "interventions_request_idx" ON "interventions" USING btree ("assistance_request_id");