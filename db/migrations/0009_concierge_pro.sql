CREATE TABLE "concierge_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"included" boolean NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "concierge_categories_code_check" CHECK ("concierge_categories"."code" ~ '^[A-Z][A-Z_]{1,39}$')
);
--> statement-breakpoint
CREATE TABLE "concierge_privileges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"created_by_role" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	CONSTRAINT "concierge_privileges_end_check" CHECK (("concierge_privileges"."cancelled_at" is null) = ("concierge_privileges"."ends_at" is null)),
	CONSTRAINT "concierge_privileges_order_check" CHECK ("concierge_privileges"."ends_at" is null or "concierge_privileges"."ends_at" > "concierge_privileges"."started_at")
);
--> statement-breakpoint
CREATE TABLE "concierge_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"category" text NOT NULL,
	"privilege_required" boolean NOT NULL,
	"content" text NOT NULL,
	"callback_phone" text,
	"preferred_language" text NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"submitted_by_role" text NOT NULL,
	"submitted_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "concierge_requests_status_check" CHECK ("concierge_requests"."status" in ('SUBMITTED','ACCEPTED','PROPOSED','BOOKED','COMPLETED','CANCELLED','REJECTED')),
	CONSTRAINT "concierge_requests_language_check" CHECK ("concierge_requests"."preferred_language" in ('fr','en')),
	CONSTRAINT "concierge_requests_content_check" CHECK (length("concierge_requests"."content") between 1 and 2000),
	CONSTRAINT "concierge_requests_callback_check" CHECK ("concierge_requests"."callback_phone" is null or "concierge_requests"."callback_phone" ~ '^\+[1-9][0-9]{6,14}$'),
	CONSTRAINT "concierge_requests_reason_check" CHECK ("concierge_requests"."status" not in ('CANCELLED','REJECTED') or "concierge_requests"."status_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "concierge_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"by_role" text NOT NULL,
	"by_id" uuid NOT NULL,
	CONSTRAINT "concierge_status_changes_to_check" CHECK ("concierge_status_changes"."to_status" in ('SUBMITTED','ACCEPTED','PROPOSED','BOOKED','COMPLETED','CANCELLED','REJECTED')),
	CONSTRAINT "concierge_status_changes_from_check" CHECK (("concierge_status_changes"."from_status" is null) = ("concierge_status_changes"."to_status" = 'SUBMITTED'))
);
--> statement-breakpoint
CREATE TABLE "pro_bricks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"brick" text NOT NULL,
	"address_id" uuid NOT NULL,
	"access_points" integer,
	"switches" integer,
	"routers" integer,
	"status" text NOT NULL,
	"subscribed_at" timestamp with time zone NOT NULL,
	"subscribed_by_role" text NOT NULL,
	"prerequisite_summary" text,
	"prerequisite_done_at" timestamp with time zone,
	"prerequisite_by_role" text,
	"prerequisite_by_id" uuid,
	"active_since" timestamp with time zone,
	"termination_requested_at" timestamp with time zone,
	"ends_on" date,
	CONSTRAINT "pro_bricks_brick_check" CHECK ("pro_bricks"."brick" in ('WIFI','WORKSTATION','SERVERS','LAN_SECURITY','VIDEO_CONFERENCING','SERVER_BACKUP')),
	CONSTRAINT "pro_bricks_status_check" CHECK ("pro_bricks"."status" in ('STUDY_REQUIRED','REVIEW_REQUIRED','ACTIVE')),
	CONSTRAINT "pro_bricks_wifi_check" CHECK (("pro_bricks"."brick" = 'WIFI') = ("pro_bricks"."access_points" is not null) and ("pro_bricks"."access_points" is null or "pro_bricks"."access_points" between 1 and 3)),
	CONSTRAINT "pro_bricks_lan_check" CHECK (("pro_bricks"."brick" = 'LAN_SECURITY') = ("pro_bricks"."switches" is not null and "pro_bricks"."routers" is not null)
        and ("pro_bricks"."brick" = 'LAN_SECURITY' or ("pro_bricks"."switches" is null and "pro_bricks"."routers" is null))
        and ("pro_bricks"."switches" is null or "pro_bricks"."switches" between 0 and 2)
        and ("pro_bricks"."routers" is null or "pro_bricks"."routers" between 0 and 2)),
	CONSTRAINT "pro_bricks_active_check" CHECK (("pro_bricks"."status" = 'ACTIVE') = ("pro_bricks"."active_since" is not null)),
	CONSTRAINT "pro_bricks_end_check" CHECK (("pro_bricks"."termination_requested_at" is null) = ("pro_bricks"."ends_on" is null))
);
--> statement-breakpoint
CREATE TABLE "pro_service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"service" text NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by_role" text NOT NULL,
	"study_summary" text,
	"study_done_at" timestamp with time zone,
	"study_by_role" text,
	"study_by_id" uuid,
	"quote_amount_cents" integer,
	"quote_valid_until" date,
	"quoted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_role" text,
	"installed_on" date,
	CONSTRAINT "pro_service_requests_service_check" CHECK ("pro_service_requests"."service" in ('PUBLIC_WIFI','NETWORK_SECURITY','NETWORK_INFRASTRUCTURE','SERVER','IT_RENEWAL')),
	CONSTRAINT "pro_service_requests_status_check" CHECK ("pro_service_requests"."status" in ('STUDY_REQUESTED','STUDY_DONE','QUOTED','ACCEPTED','DECLINED','INSTALLED')),
	CONSTRAINT "pro_service_requests_study_check" CHECK (("pro_service_requests"."status" = 'STUDY_REQUESTED') = ("pro_service_requests"."study_done_at" is null)),
	CONSTRAINT "pro_service_requests_quote_check" CHECK (("pro_service_requests"."status" in ('STUDY_REQUESTED','STUDY_DONE')) = ("pro_service_requests"."quoted_at" is null)
        and ("pro_service_requests"."quoted_at" is null) = ("pro_service_requests"."quote_amount_cents" is null)
        and ("pro_service_requests"."quoted_at" is null) = ("pro_service_requests"."quote_valid_until" is null)),
	CONSTRAINT "pro_service_requests_amount_check" CHECK ("pro_service_requests"."quote_amount_cents" is null or "pro_service_requests"."quote_amount_cents" > 0),
	CONSTRAINT "pro_service_requests_decision_check" CHECK (("pro_service_requests"."status" in ('ACCEPTED','DECLINED','INSTALLED')) = ("pro_service_requests"."decided_at" is not null)),
	CONSTRAINT "pro_service_requests_installed_check" CHECK (("pro_service_requests"."status" = 'INSTALLED') = ("pro_service_requests"."installed_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "concierge_privileges" ADD CONSTRAINT "concierge_privileges_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concierge_requests" ADD CONSTRAINT "concierge_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concierge_requests" ADD CONSTRAINT "concierge_requests_category_concierge_categories_code_fk" FOREIGN KEY ("category") REFERENCES "public"."concierge_categories"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concierge_status_changes" ADD CONSTRAINT "concierge_status_changes_request_id_concierge_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."concierge_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_bricks" ADD CONSTRAINT "pro_bricks_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_bricks" ADD CONSTRAINT "pro_bricks_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concierge_privileges_member_idx" ON "concierge_privileges" USING btree ("member_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "concierge_privileges_one_open_per_member" ON "concierge_privileges" USING btree ("member_id") WHERE "concierge_privileges"."ends_at" is null;--> statement-breakpoint
CREATE INDEX "concierge_requests_member_idx" ON "concierge_requests" USING btree ("member_id","created_at","id");--> statement-breakpoint
CREATE INDEX "concierge_requests_status_idx" ON "concierge_requests" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "concierge_status_changes_request_idx" ON "concierge_status_changes" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "pro_bricks_member_idx" ON "pro_bricks" USING btree ("member_id","subscribed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pro_bricks_one_open_per_address" ON "pro_bricks" USING btree ("member_id","brick","address_id") WHERE "pro_bricks"."ends_on" is null;--> statement-breakpoint
CREATE INDEX "pro_service_requests_member_idx" ON "pro_service_requests" USING btree ("member_id","requested_at");