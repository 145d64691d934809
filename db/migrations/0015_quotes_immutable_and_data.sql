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
