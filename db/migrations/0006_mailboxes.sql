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
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_packs" ADD CONSTRAINT "mailbox_packs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_support_requests" ADD CONSTRAINT "mailbox_support_requests_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailbox_support_requests" ADD CONSTRAINT "mailbox_support_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD CONSTRAINT "mailboxes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailbox_migrations_mailbox_idx" ON "mailbox_migrations" USING btree ("mailbox_id");--> statement-breakpoint
CREATE INDEX "mailbox_packs_member_idx" ON "mailbox_packs" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "mailbox_support_requests_mailbox_idx" ON "mailbox_support_requests" USING btree ("mailbox_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mailboxes_address_live_key" ON "mailboxes" USING btree ("address") WHERE "mailboxes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "mailboxes_member_idx" ON "mailboxes" USING btree ("member_id");