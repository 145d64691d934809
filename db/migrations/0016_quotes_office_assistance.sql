CREATE TABLE "quote_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quote_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_ttc_cents" integer NOT NULL,
	"ttc_cents" integer NOT NULL,
	"ht_cents" integer NOT NULL,
	"vat_cents" integer NOT NULL,
	CONSTRAINT "quote_lines_quantity_check" CHECK ("quote_lines"."quantity" > 0),
	CONSTRAINT "quote_lines_unit_check" CHECK ("quote_lines"."unit_ttc_cents" >= 0),
	CONSTRAINT "quote_lines_ttc_check" CHECK ("quote_lines"."ttc_cents"::bigint = "quote_lines"."quantity"::bigint * "quote_lines"."unit_ttc_cents"),
	CONSTRAINT "quote_lines_ht_check" CHECK ("quote_lines"."ht_cents" = (10 * "quote_lines"."ttc_cents"::bigint + 6) / 12),
	CONSTRAINT "quote_lines_vat_check" CHECK ("quote_lines"."vat_cents" = "quote_lines"."ttc_cents" - "quote_lines"."ht_cents"),
	CONSTRAINT "quote_lines_label_check" CHECK (length("quote_lines"."label") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "quote_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"description" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by_role" text NOT NULL,
	"requested_by_id" uuid,
	CONSTRAINT "quote_requests_purpose_check" CHECK ("quote_requests"."purpose" in ('FIBER_INSTALLATION','MAIL_MIGRATION','MAIL_EXPERT_ON_SITE','OFFICE_ASSISTANCE_VISIT','EQUIPMENT_STUDY','PRO_SERVICE','PRO_MAINTENANCE')),
	CONSTRAINT "quote_requests_description_check" CHECK (length("quote_requests"."description") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "quotes_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"valid_until" date NOT NULL,
	"total_ttc_cents" integer NOT NULL,
	"total_ht_cents" integer NOT NULL,
	"total_vat_cents" integer NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by_role" text NOT NULL,
	"issued_by_id" uuid NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_role" text,
	"decided_by_id" uuid,
	"replaced_at" timestamp with time zone,
	"replaced_by_quote_id" uuid,
	CONSTRAINT "quotes_status_check" CHECK ("quotes"."status" in ('ISSUED','ACCEPTED','DECLINED','REPLACED')),
	CONSTRAINT "quotes_amounts_check" CHECK ("quotes"."total_ttc_cents" >= 0 and "quotes"."total_ht_cents" >= 0 and "quotes"."total_vat_cents" >= 0 and "quotes"."total_ht_cents" + "quotes"."total_vat_cents" = "quotes"."total_ttc_cents"),
	CONSTRAINT "quotes_ht_check" CHECK ("quotes"."total_ht_cents" = (10 * "quotes"."total_ttc_cents"::bigint + 6) / 12),
	CONSTRAINT "quotes_decision_check" CHECK (("quotes"."status" in ('ACCEPTED','DECLINED')) = ("quotes"."decided_at" is not null)),
	CONSTRAINT "quotes_replaced_check" CHECK (("quotes"."status" = 'REPLACED') = ("quotes"."replaced_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "office_assistance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"device_kind" text NOT NULL,
	"software" text NOT NULL,
	"operating_system" text NOT NULL,
	"screen_sharing_available" boolean NOT NULL,
	"description" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by_role" text NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"available_from" timestamp with time zone,
	"provided_by" text,
	"subcontractor_consent_at" timestamp with time zone,
	"backup_confirmed_at" timestamp with time zone,
	"backup_confirmed_by_role" text,
	CONSTRAINT "office_assistance_requests_channel_check" CHECK ("office_assistance_requests"."channel" in ('PHONE','EMAIL')),
	CONSTRAINT "office_assistance_requests_scope_check" CHECK ("office_assistance_requests"."device_kind" <> 'OTHER' and "office_assistance_requests"."software" not in ('BUSINESS_SPECIFIC','OTHER')),
	CONSTRAINT "office_assistance_requests_prerequisite_check" CHECK ("office_assistance_requests"."operating_system" = 'MACOS' or ("office_assistance_requests"."operating_system" = 'WINDOWS' and "office_assistance_requests"."screen_sharing_available")),
	CONSTRAINT "office_assistance_requests_subcontractor_check" CHECK ("office_assistance_requests"."provided_by" is distinct from 'SUBCONTRACTOR' or "office_assistance_requests"."subcontractor_consent_at" is not null),
	CONSTRAINT "office_assistance_requests_backup_check" CHECK (("office_assistance_requests"."backup_confirmed_at" is null) = ("office_assistance_requests"."backup_confirmed_by_role" is null))
);
--> statement-breakpoint
CREATE TABLE "office_assistance_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"consented_by_role" text NOT NULL,
	"consented_by_id" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_role" text,
	CONSTRAINT "office_assistance_sessions_revoke_check" CHECK (("office_assistance_sessions"."revoked_at" is null) = ("office_assistance_sessions"."revoked_by_role" is null))
);
--> statement-breakpoint
CREATE TABLE "office_assistance_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"address_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"contract_year_start" date NOT NULL,
	"included" boolean NOT NULL,
	"quote_id" uuid,
	"booked_at" timestamp with time zone NOT NULL,
	"booked_by_role" text NOT NULL,
	"booked_by_id" uuid NOT NULL,
	CONSTRAINT "office_assistance_visits_quote_check" CHECK ("office_assistance_visits"."included" = ("office_assistance_visits"."quote_id" is null)),
	CONSTRAINT "office_assistance_visits_order_check" CHECK ("office_assistance_visits"."starts_at" < "office_assistance_visits"."ends_at")
);
--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD COLUMN "quote_request_id" uuid;
--> statement-breakpoint
ALTER TABLE "pro_bricks" ADD COLUMN "quote_request_id" uuid;
--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD COLUMN "quote_request_id" uuid;
--> statement-breakpoint
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quote_requests" ADD CONSTRAINT "quote_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_request_id_quote_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_requests" ADD CONSTRAINT "office_assistance_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_sessions" ADD CONSTRAINT "office_assistance_sessions_request_id_office_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."office_assistance_requests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_sessions" ADD CONSTRAINT "office_assistance_sessions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_visits" ADD CONSTRAINT "office_assistance_visits_request_id_office_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."office_assistance_requests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_visits" ADD CONSTRAINT "office_assistance_visits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_visits" ADD CONSTRAINT "office_assistance_visits_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "office_assistance_visits" ADD CONSTRAINT "office_assistance_visits_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "quote_lines_position_key" ON "quote_lines" USING btree ("quote_id","position");
--> statement-breakpoint
CREATE INDEX "quote_requests_member_idx" ON "quote_requests" USING btree ("member_id","requested_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_number_key" ON "quotes" USING btree ("number");
--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_one_live_per_request" ON "quotes" USING btree ("request_id") WHERE "quotes"."status" in ('ISSUED','ACCEPTED');
--> statement-breakpoint
CREATE INDEX "quotes_member_idx" ON "quotes" USING btree ("member_id","issued_at");
--> statement-breakpoint
CREATE INDEX "quotes_accepted_idx" ON "quotes" USING btree ("status","decided_at");
--> statement-breakpoint
CREATE INDEX "office_assistance_requests_member_idx" ON "office_assistance_requests" USING btree ("member_id","requested_at");
--> statement-breakpoint
CREATE INDEX "office_assistance_sessions_member_idx" ON "office_assistance_sessions" USING btree ("member_id","consented_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "office_assistance_sessions_one_open" ON "office_assistance_sessions" USING btree ("request_id") WHERE "office_assistance_sessions"."revoked_at" is null;
--> statement-breakpoint
CREATE INDEX "office_assistance_visits_member_idx" ON "office_assistance_visits" USING btree ("member_id","starts_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "office_assistance_visits_one_included_per_year" ON "office_assistance_visits" USING btree ("member_id","contract_year_start") WHERE "office_assistance_visits"."included";
--> statement-breakpoint
CREATE UNIQUE INDEX "office_assistance_visits_quote_key" ON "office_assistance_visits" USING btree ("quote_id") WHERE "office_assistance_visits"."quote_id" is not null;
--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_quote_request_id_quote_requests_id_fk" FOREIGN KEY ("quote_request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pro_bricks" ADD CONSTRAINT "pro_bricks_quote_request_id_quote_requests_id_fk" FOREIGN KEY ("quote_request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_quote_request_id_quote_requests_id_fk" FOREIGN KEY ("quote_request_id") REFERENCES "public"."quote_requests"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "mailbox_migrations_quote_request_key" ON "mailbox_migrations" USING btree ("quote_request_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "pro_bricks_quote_request_key" ON "pro_bricks" USING btree ("quote_request_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "pro_service_requests_quote_request_key" ON "pro_service_requests" USING btree ("quote_request_id");
--> statement-breakpoint
-- QUO-3: a quote is never changed after it is issued. The only change allowed is its one status
-- move ISSUED -> ACCEPTED | DECLINED | REPLACED (with who and when); lines never change.
CREATE FUNCTION quotes_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id <> OLD.id OR NEW.number <> OLD.number OR NEW.request_id <> OLD.request_id OR NEW.member_id <> OLD.member_id
     OR NEW.valid_until <> OLD.valid_until OR NEW.total_ttc_cents <> OLD.total_ttc_cents
     OR NEW.total_ht_cents <> OLD.total_ht_cents OR NEW.total_vat_cents <> OLD.total_vat_cents
     OR NEW.issued_at <> OLD.issued_at OR NEW.issued_by_role <> OLD.issued_by_role OR NEW.issued_by_id <> OLD.issued_by_id THEN
    RAISE EXCEPTION 'an issued quote is immutable (QUO-3)' USING ERRCODE = 'check_violation', CONSTRAINT = 'quotes_immutable';
  END IF;
  IF OLD.status <> 'ISSUED' AND (NEW.status <> OLD.status OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
     OR NEW.replaced_at IS DISTINCT FROM OLD.replaced_at) THEN
    RAISE EXCEPTION 'a decided or replaced quote is final (QUO-3)' USING ERRCODE = 'check_violation', CONSTRAINT = 'quotes_final';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER quotes_immutable BEFORE UPDATE ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_immutable();
--> statement-breakpoint
CREATE FUNCTION quote_lines_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the lines of an issued quote are immutable (QUO-3)' USING ERRCODE = 'check_violation', CONSTRAINT = 'quote_lines_immutable';
END $$;
--> statement-breakpoint
CREATE TRIGGER quote_lines_immutable BEFORE UPDATE ON quote_lines FOR EACH ROW EXECUTE FUNCTION quote_lines_immutable();
--> statement-breakpoint
-- QUO-1: existing data moves onto the shared workflow. Univers Pro: every studied service gets a
-- quote request (same id as the service request, so the link is a plain update); every quoted
-- one gets the quote it had, as one line.
INSERT INTO quote_requests (id, member_id, purpose, description, requested_at, requested_by_role, requested_by_id)
SELECT id, member_id, 'PRO_SERVICE', left(description, 2000), study_done_at, coalesce(study_by_role, 'DESK_AGENT'), study_by_id
FROM pro_service_requests WHERE study_done_at IS NOT NULL;
--> statement-breakpoint
UPDATE pro_service_requests SET quote_request_id = id WHERE study_done_at IS NOT NULL;
--> statement-breakpoint
INSERT INTO quotes (id, request_id, member_id, status, valid_until, total_ttc_cents, total_ht_cents, total_vat_cents,
                    issued_at, issued_by_role, issued_by_id, decided_at, decided_by_role)
SELECT id, id, member_id,
       CASE WHEN status IN ('ACCEPTED','INSTALLED') THEN 'ACCEPTED' WHEN status = 'DECLINED' THEN 'DECLINED' ELSE 'ISSUED' END,
       quote_valid_until, quote_amount_cents, (10 * quote_amount_cents::bigint + 6) / 12,
       quote_amount_cents - (10 * quote_amount_cents::bigint + 6) / 12,
       quoted_at, 'DESK_AGENT', '00000000-0000-0000-0000-000000000000',
       CASE WHEN status IN ('ACCEPTED','INSTALLED','DECLINED') THEN coalesce(decided_at, quoted_at) END,
       CASE WHEN status IN ('ACCEPTED','INSTALLED','DECLINED') THEN coalesce(decided_by_role, 'MEMBER') END
FROM pro_service_requests WHERE quoted_at IS NOT NULL;
--> statement-breakpoint
INSERT INTO quote_lines (quote_id, position, label, quantity, unit_ttc_cents, ttc_cents, ht_cents, vat_cents)
SELECT id, 1, 'Univers Pro — ' || service, 1, quote_amount_cents, quote_amount_cents, (10 * quote_amount_cents::bigint + 6) / 12,
       quote_amount_cents - (10 * quote_amount_cents::bigint + 6) / 12
FROM pro_service_requests WHERE quoted_at IS NOT NULL;
--> statement-breakpoint
-- MBX-3: a migration beyond 5 GB waits for its quote in the shared workflow.
INSERT INTO quote_requests (id, member_id, purpose, description, requested_at, requested_by_role, requested_by_id)
SELECT id, member_id, 'MAIL_MIGRATION', left('Migration ' || source || ' (' || size_mb || ' Mo)', 2000), requested_at, 'MEMBER', requested_by
FROM mailbox_migrations WHERE status = 'QUOTE_REQUIRED';
--> statement-breakpoint
UPDATE mailbox_migrations SET quote_request_id = id WHERE status = 'QUOTE_REQUIRED';
--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_quote_check";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_amount_check";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_decision_check";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_status_check";--> statement-breakpoint
-- The quote states now live in the shared quotes (0015 copied them there): the service request keeps its study and installation states.
UPDATE pro_service_requests SET status = 'STUDY_DONE' WHERE status IN ('QUOTED','ACCEPTED','DECLINED');--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "quote_amount_cents";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "quote_valid_until";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "quoted_at";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "decided_at";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "decided_by_role";--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_quote_request_check" CHECK (("mailbox_migrations"."status" = 'QUOTE_REQUIRED') = ("mailbox_migrations"."quote_request_id" is not null));--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_quote_request_check" CHECK (("pro_service_requests"."status" = 'STUDY_REQUESTED') = ("pro_service_requests"."quote_request_id" is null));--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_status_check" CHECK ("pro_service_requests"."status" in ('STUDY_REQUESTED','STUDY_DONE','INSTALLED'));
