-- Annexe 1 tariffs (TTC, integer cents), in force since the contract's edition. BIL-10: later
-- changes are new rows with their own effective date, never edits of these.
INSERT INTO "tariffs" ("code", "ttc_cents", "effective_on", "announced_at", "created_by_role") VALUES
  ('OPTION', 9000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('EXTRA_SITE', 9000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('MAILBOX_PLUS_1', 1200, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('MAILBOX_PACK_5', 5500, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('MAILBOX_PACK_10', 10500, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('PRIVILEGE', 10000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('TRAVEL', 10000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('TECHNICIAN_FIRST_HOUR', 12000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('TECHNICIAN_EXTRA_HALF_HOUR', 5000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('TECHNICIAN_OOH_FIRST_HOUR', 14000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('TECHNICIAN_OOH_EXTRA_HALF_HOUR', 6000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM'),
  ('COACH_HOUR', 15000, '2020-01-01', '2019-11-01T00:00:00Z', 'SYSTEM')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "invoice_sequences" ("series", "last_number") VALUES ('INVOICE', 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- BIL-8: French legal interest rate for creditors other than private individuals (Banque de
-- France / arrêtés semestriels), in basis points. New half-years are added as rows.
INSERT INTO "legal_interest_rates" ("effective_on", "rate_bp") VALUES
  ('2023-01-01', 206),
  ('2023-07-01', 422),
  ('2024-01-01', 507),
  ('2024-07-01', 492),
  ('2025-01-01', 371),
  ('2025-07-01', 276)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- An issued invoice is never edited (corrections go through a credit note): its lines cannot be
-- added, changed or removed, and only its payment state may move.
CREATE OR REPLACE FUNCTION invoice_lines_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid := coalesce(NEW.invoice_id, OLD.invoice_id);
BEGIN
  IF EXISTS (SELECT 1 FROM invoices WHERE id = target AND status <> 'DRAFT') THEN
    RAISE EXCEPTION 'invoice % is issued: its lines are frozen', target USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.invoice_id <> NEW.invoice_id
     AND EXISTS (SELECT 1 FROM invoices WHERE id = OLD.invoice_id AND status <> 'DRAFT') THEN
    RAISE EXCEPTION 'invoice % is issued: its lines are frozen', OLD.invoice_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN coalesce(NEW, OLD);
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invoice_lines_frozen BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoice_lines_frozen();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION invoices_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'DRAFT' THEN
      RAISE EXCEPTION 'invoice % is issued: it cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'DRAFT' AND (
       NEW.kind, NEW.number, NEW.member_id, NEW.payer_id, NEW.billing_month, NEW.corrects_invoice_id,
       NEW.bill_to_name, NEW.bill_to_address, NEW.bill_to_email, NEW.delivery_channel,
       NEW.total_ht_cents, NEW.total_vat_cents, NEW.total_ttc_cents, NEW.issued_on, NEW.due_on, NEW.issued_at
     ) IS DISTINCT FROM (
       OLD.kind, OLD.number, OLD.member_id, OLD.payer_id, OLD.billing_month, OLD.corrects_invoice_id,
       OLD.bill_to_name, OLD.bill_to_address, OLD.bill_to_email, OLD.delivery_channel,
       OLD.total_ht_cents, OLD.total_vat_cents, OLD.total_ttc_cents, OLD.issued_on, OLD.due_on, OLD.issued_at
     ) THEN
    RAISE EXCEPTION 'invoice % is issued: only its payment state may change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status <> 'DRAFT' AND NEW.status = 'DRAFT' THEN
    RAISE EXCEPTION 'invoice % is issued: it cannot return to draft', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_frozen BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoices_frozen();
