CREATE TABLE "mailbox_migrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mailbox_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"source" text NOT NULL,
	"size_mb" integer NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid NOT NULL,
	CONSTRAINT "mailbox_migrations_status_check" CHECK ("mailbox_migrations"."status" in ('INCLUDED','QUOTE_REQUIRED')),
	CONSTRAINT "mailbox_migrations_size_check" CHECK ("mailbox_migrations"."size_mb" > 0)
);
--> statement-breakpoint
CREATE TABLE "mailbox_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"pack" text NOT NULL,
	"extra_mailboxes" integer NOT NULL,
	"subscribed_at" timestamp with time zone NOT NULL,
	"subscribed_by" uuid NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	CONSTRAINT "mailbox_packs_pack_check" CHECK ("mailbox_packs"."pack" in ('PLUS_1','PACK_5','PACK_10')),
	CONSTRAINT "mailbox_packs_extra_check" CHECK ("mailbox_packs"."extra_mailboxes" > 0),
	CONSTRAINT "mailbox_packs_cancel_check" CHECK (("mailbox_packs"."cancelled_at" is null) = ("mailbox_packs"."cancelled_by" is null)),
	CONSTRAINT "mailbox_packs_order_check" CHECK ("mailbox_packs"."cancelled_at" is null or "mailbox_packs"."cancelled_at" >= "mailbox_packs"."subscribed_at")
);
--> statement-breakpoint
CREATE TABLE "mailbox_support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mailbox_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid NOT NULL,
	"available_from" timestamp with time zone,
	"provided_by" text,
	CONSTRAINT "mailbox_support_requests_kind_check" CHECK ("mailbox_support_requests"."kind" in ('SETUP','ASSISTANCE'))
);
--> statement-breakpoint
CREATE TABLE "mailboxes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"local_part" text NOT NULL,
	"domain" text NOT NULL,
	"address" text NOT NULL,
	"custom_domain" boolean NOT NULL,
	"display_name" text,
	"quota_gb" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "mailboxes_address_check" CHECK ("mailboxes"."address" = "mailboxes"."local_part" || '@' || "mailboxes"."domain"),
	CONSTRAINT "mailboxes_lower_check" CHECK ("mailboxes"."address" = lower("mailboxes"."address")),
	CONSTRAINT "mailboxes_local_part_check" CHECK ("mailboxes"."local_part" ~ '^[a-z0-9._+-]{1,64}$'),
	CONSTRAINT "mailboxes_domain_check" CHECK (length("mailboxes"."domain") between 3 and 253 and "mailboxes"."domain" ~ '^[a-z0-9.-]+$'),
	CONSTRAINT "mailboxes_quota_check" CHECK ("mailboxes"."quota_gb" > 0),
	CONSTRAINT "mailboxes_order_check" CHECK ("mailboxes"."deleted_at" is null or "mailboxes"."deleted_at" >= "mailboxes"."created_at")
);
--> statement-breakpoint
CREATE TABLE "airbox_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"airbox_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"address_id" uuid NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by" uuid NOT NULL,
	"declared_by_role" text NOT NULL,
	"sim_activated_at" timestamp with time zone,
	"sim_activated_by" uuid,
	"data_allowance_gb" integer,
	"closed_at" timestamp with time zone,
	CONSTRAINT "airbox_incidents_status_check" CHECK ("airbox_incidents"."status" in ('DECLARED','SIM_ACTIVATED','CLOSED')),
	CONSTRAINT "airbox_incidents_activation_check" CHECK (("airbox_incidents"."sim_activated_at" is null) = ("airbox_incidents"."data_allowance_gb" is null) and ("airbox_incidents"."sim_activated_at" is null) = ("airbox_incidents"."sim_activated_by" is null)),
	CONSTRAINT "airbox_incidents_activated_check" CHECK ("airbox_incidents"."status" <> 'SIM_ACTIVATED' or "airbox_incidents"."sim_activated_at" is not null),
	CONSTRAINT "airbox_incidents_closed_check" CHECK (("airbox_incidents"."status" = 'CLOSED') = ("airbox_incidents"."closed_at" is not null)),
	CONSTRAINT "airbox_incidents_allowance_check" CHECK ("airbox_incidents"."data_allowance_gb" is null or "airbox_incidents"."data_allowance_gb" > 0)
);
--> statement-breakpoint
CREATE TABLE "airbox_repairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"airbox_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_by" uuid NOT NULL,
	"diagnosis_note" text,
	"diagnosed_at" timestamp with time zone,
	"technician_id" uuid,
	"slot_starts_at" timestamp with time zone,
	"slot_ends_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution_note" text,
	"replacement_airbox_id" uuid,
	CONSTRAINT "airbox_repairs_status_check" CHECK ("airbox_repairs"."status" in ('REMOTE_DIAGNOSIS','RESOLVED_REMOTELY','NEEDS_TECHNICIAN','TECHNICIAN_SCHEDULED','REPAIRED','REPLACED')),
	CONSTRAINT "airbox_repairs_slot_check" CHECK (("airbox_repairs"."slot_starts_at" is null) = ("airbox_repairs"."slot_ends_at" is null) and ("airbox_repairs"."slot_starts_at" is null) = ("airbox_repairs"."technician_id" is null) and ("airbox_repairs"."slot_starts_at" is null or "airbox_repairs"."slot_starts_at" < "airbox_repairs"."slot_ends_at")),
	CONSTRAINT "airbox_repairs_diagnosed_check" CHECK ("airbox_repairs"."status" = 'REMOTE_DIAGNOSIS' or "airbox_repairs"."diagnosed_at" is not null),
	CONSTRAINT "airbox_repairs_replaced_check" CHECK (("airbox_repairs"."status" = 'REPLACED') = ("airbox_repairs"."replacement_airbox_id" is not null)),
	CONSTRAINT "airbox_repairs_resolved_check" CHECK (("airbox_repairs"."status" in ('RESOLVED_REMOTELY','REPAIRED','REPLACED')) = ("airbox_repairs"."resolved_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "airboxes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"sim_iccid" text NOT NULL,
	"handed_over_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"replaces_airbox_id" uuid,
	"replaced_at" timestamp with time zone,
	"inadequate_use_at" timestamp with time zone,
	"inadequate_use_reason" text,
	"inadequate_use_note" text,
	"inadequate_use_recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "airboxes_serial_check" CHECK ("airboxes"."serial_number" ~ '^[A-Z0-9-]{4,40}$'),
	CONSTRAINT "airboxes_iccid_check" CHECK ("airboxes"."sim_iccid" ~ '^89[0-9]{16,18}$'),
	CONSTRAINT "airboxes_inadequate_use_check" CHECK (("airboxes"."inadequate_use_at" is null) = ("airboxes"."inadequate_use_reason" is null) and ("airboxes"."inadequate_use_at" is null) = ("airboxes"."inadequate_use_recorded_by" is null)),
	CONSTRAINT "airboxes_inadequate_reason_check" CHECK ("airboxes"."inadequate_use_reason" is null or "airboxes"."inadequate_use_reason" in ('MOBILE_USE','USE_AWAY_FROM_HOME','EXCESSIVE_USE','DAMAGE','OTHER'))
);
--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_packs" ADD CONSTRAINT "mailbox_packs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_support_requests" ADD CONSTRAINT "mailbox_support_requests_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_support_requests" ADD CONSTRAINT "mailbox_support_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_incidents" ADD CONSTRAINT "airbox_incidents_airbox_id_airboxes_id_fk" FOREIGN KEY ("airbox_id") REFERENCES "public"."airboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_incidents" ADD CONSTRAINT "airbox_incidents_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_incidents" ADD CONSTRAINT "airbox_incidents_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_repairs" ADD CONSTRAINT "airbox_repairs_airbox_id_airboxes_id_fk" FOREIGN KEY ("airbox_id") REFERENCES "public"."airboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_repairs" ADD CONSTRAINT "airbox_repairs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_repairs" ADD CONSTRAINT "airbox_repairs_technician_id_staff_users_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airbox_repairs" ADD CONSTRAINT "airbox_repairs_replacement_airbox_id_airboxes_id_fk" FOREIGN KEY ("replacement_airbox_id") REFERENCES "public"."airboxes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airboxes" ADD CONSTRAINT "airboxes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "airboxes" ADD CONSTRAINT "airboxes_replaces_airbox_id_airboxes_id_fk" FOREIGN KEY ("replaces_airbox_id") REFERENCES "public"."airboxes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailbox_migrations_mailbox_idx" ON "mailbox_migrations" USING btree ("mailbox_id");--> statement-breakpoint
CREATE INDEX "mailbox_packs_member_idx" ON "mailbox_packs" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "mailbox_support_requests_mailbox_idx" ON "mailbox_support_requests" USING btree ("mailbox_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mailboxes_address_live_key" ON "mailboxes" USING btree ("address") WHERE "mailboxes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "mailboxes_member_idx" ON "mailboxes" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "airbox_incidents_one_open_per_airbox" ON "airbox_incidents" USING btree ("airbox_id") WHERE "airbox_incidents"."status" in ('DECLARED','SIM_ACTIVATED');--> statement-breakpoint
CREATE INDEX "airbox_incidents_member_idx" ON "airbox_incidents" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "airbox_repairs_one_open_per_airbox" ON "airbox_repairs" USING btree ("airbox_id") WHERE "airbox_repairs"."status" in ('REMOTE_DIAGNOSIS','NEEDS_TECHNICIAN','TECHNICIAN_SCHEDULED');--> statement-breakpoint
CREATE INDEX "airbox_repairs_member_idx" ON "airbox_repairs" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "airboxes_one_current_per_member" ON "airboxes" USING btree ("member_id") WHERE "airboxes"."replaced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "airboxes_serial_current_key" ON "airboxes" USING btree ("serial_number") WHERE "airboxes"."replaced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "airboxes_iccid_current_key" ON "airboxes" USING btree ("sim_iccid") WHERE "airboxes"."replaced_at" is null;--> statement-breakpoint
CREATE INDEX "airboxes_member_idx" ON "airboxes" USING btree ("member_id");