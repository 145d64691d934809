CREATE TABLE "coverage_zone_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"postal_code_prefix" text NOT NULL,
	"commune" text,
	"covered" boolean NOT NULL,
	"label" text NOT NULL,
	CONSTRAINT "coverage_zone_rules_prefix_check" CHECK ("coverage_zone_rules"."postal_code_prefix" ~ '^[0-9]{2}([0-9]{3})?$')
);
--> statement-breakpoint
CREATE TABLE "committee_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "committee_decisions_decision_check" CHECK ("committee_decisions"."decision" in ('ACCEPT','REJECT')),
	CONSTRAINT "committee_decisions_reason_check" CHECK (length(trim("committee_decisions"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "committee_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"week_start" date NOT NULL,
	"held_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_meetings_week_check" CHECK (extract(isodow from "committee_meetings"."week_start") = 1 and "committee_meetings"."held_on" >= "committee_meetings"."week_start" and "committee_meetings"."held_on" < "committee_meetings"."week_start" + 7)
);
--> statement-breakpoint
CREATE TABLE "membership_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"entry_fee_cents" integer,
	"entry_fee_waived" boolean,
	"welcome_gift" boolean,
	"reason" text,
	"actor_role" text NOT NULL,
	"actor_id" text,
	CONSTRAINT "membership_events_fee_check" CHECK ("membership_events"."entry_fee_cents" is null or "membership_events"."entry_fee_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text,
	"line1" text NOT NULL,
	"line2" text,
	"postal_code" text NOT NULL,
	"commune" text NOT NULL,
	"fiber_eligible" boolean DEFAULT false NOT NULL,
	"adsl_eligible" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "addresses_kind_check" CHECK ("addresses"."kind" in ('MAIN','EXTRA_SITE')),
	CONSTRAINT "addresses_postal_code_check" CHECK ("addresses"."postal_code" ~ '^[0-9]{5}$')
);
--> statement-breakpoint
CREATE TABLE "internet_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"address_id" uuid NOT NULL,
	"operator" text NOT NULL,
	"offer" text NOT NULL,
	"technology" text NOT NULL,
	"reference" text,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "internet_lines_operator_check" CHECK ("internet_lines"."operator" in ('ORANGE','THIRD_PARTY')),
	CONSTRAINT "internet_lines_offer_check" CHECK ("internet_lines"."offer" in ('RESIDENTIAL_INTERNET','PRO_INTERNET','FIXED_ONLY','FIXED_PABX','CONNECT_PRO','MULTI_LINE','PRO_OFFICE')),
	CONSTRAINT "internet_lines_technology_check" CHECK ("internet_lines"."technology" in ('ADSL','VDSL','FIBER','ROUTER_4G'))
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"announced_at" timestamp with time zone NOT NULL,
	"effective_on" date NOT NULL,
	"member_id" uuid,
	"created_by" uuid NOT NULL,
	CONSTRAINT "announcements_kind_check" CHECK ("announcements"."kind" in ('PRICE_CHANGE','CHARACTERISTIC_CHANGE','SERVICE_REMOVAL'))
);
--> statement-breakpoint
CREATE TABLE "option_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	"termination_received_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"end_reason" text,
	"end_detail" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "option_subscriptions_end_check" CHECK (("option_subscriptions"."ends_at" is null) = ("option_subscriptions"."end_reason" is null)),
	CONSTRAINT "option_subscriptions_order_check" CHECK ("option_subscriptions"."ends_at" is null or "option_subscriptions"."ends_at" >= "option_subscriptions"."accepted_at")
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "honorary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "free_rejoins_used" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "debt_recovery_opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "terminated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "delegates" ADD COLUMN "notified_via" text DEFAULT 'APP' NOT NULL;--> statement-breakpoint
ALTER TABLE "delegates" ADD COLUMN "registered_by_role" text DEFAULT 'MEMBER' NOT NULL;--> statement-breakpoint
ALTER TABLE "delegates" ADD COLUMN "registered_by_id" text;--> statement-breakpoint
ALTER TABLE "committee_decisions" ADD CONSTRAINT "committee_decisions_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_decisions" ADD CONSTRAINT "committee_decisions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internet_lines" ADD CONSTRAINT "internet_lines_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internet_lines" ADD CONSTRAINT "internet_lines_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "option_subscriptions" ADD CONSTRAINT "option_subscriptions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coverage_zone_rules_key" ON "coverage_zone_rules" USING btree ("postal_code_prefix",coalesce("commune", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "committee_decisions_one_per_candidacy" ON "committee_decisions" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "committee_decisions_meeting_idx" ON "committee_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_meetings_one_per_week" ON "committee_meetings" USING btree ("week_start");--> statement-breakpoint
CREATE INDEX "membership_events_member_idx" ON "membership_events" USING btree ("member_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "addresses_one_main_per_member" ON "addresses" USING btree ("member_id") WHERE "addresses"."kind" = 'MAIN' and "addresses"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "addresses_member_idx" ON "addresses" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "internet_lines_address_idx" ON "internet_lines" USING btree ("address_id");--> statement-breakpoint
CREATE INDEX "internet_lines_member_idx" ON "internet_lines" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "announcements_effective_idx" ON "announcements" USING btree ("effective_on");--> statement-breakpoint
CREATE INDEX "option_subscriptions_member_idx" ON "option_subscriptions" USING btree ("member_id","accepted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "option_subscriptions_one_open_per_member" ON "option_subscriptions" USING btree ("member_id") WHERE "option_subscriptions"."ends_at" is null;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_free_rejoins_check" CHECK ("members"."free_rejoins_used" between 0 and 2);--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_honorary_check" CHECK (not "members"."honorary" or ("members"."status" = 'TERMINATED' and "members"."debt_recovery_opened_at" is null));--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_notified_via_check" CHECK ("delegates"."notified_via" in ('APP','EMAIL','PHONE'));