CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'CANDIDATE' NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"nationality" text,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"postal_code" text NOT NULL,
	"commune" text NOT NULL,
	"company_name" text,
	"siren" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_status_check" CHECK ("members"."status" in ('CANDIDATE','ACCEPTED','ACTIVE','REJECTED','TERMINATED')),
	CONSTRAINT "members_postal_code_check" CHECK ("members"."postal_code" ~ '^[0-9]{5}$'),
	CONSTRAINT "members_siren_check" CHECK ("members"."siren" is null or "members"."siren" ~ '^[0-9]{9}$'),
	CONSTRAINT "members_company_check" CHECK (("members"."siren" is null) = ("members"."company_name" is null)),
	CONSTRAINT "members_names_check" CHECK (length(trim("members"."last_name")) > 0 and length(trim("members"."first_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "delegates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"email" text,
	"phone" text,
	"postal_address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "delegates_contact_check" CHECK ("delegates"."email" is not null or "delegates"."phone" is not null)
);
--> statement-breakpoint
CREATE TABLE "payers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text NOT NULL,
	"billing_address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "payers_kind_check" CHECK ("payers"."kind" in ('NATURAL_PERSON','LEGAL_ENTITY'))
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "staff_users_role_check" CHECK ("staff_users"."role" in ('DESK_AGENT','COACH','TECHNICIAN','COMMITTEE','BILLING','CONCIERGE_PARTNER'))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"request_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_id" text,
	"on_behalf_of_member_id" uuid,
	"operation" text NOT NULL,
	"target_ids" text[] NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payers" ADD CONSTRAINT "payers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "members_email_key" ON "members" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "members_name_idx" ON "members" USING btree ("last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "members_phone_idx" ON "members" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "delegates_one_active_per_member" ON "delegates" USING btree ("member_id") WHERE "delegates"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "payers_member_idx" ON "payers" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_users_email_key" ON "staff_users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_log_member_idx" ON "audit_log" USING btree ("on_behalf_of_member_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_operation_idx" ON "audit_log" USING btree ("operation");