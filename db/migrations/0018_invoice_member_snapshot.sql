-- The member an invoice concerns is part of the invoice as issued: a later change of the member's
-- name or address must not edit it. Existing invoices take the member's current values.
ALTER TABLE "invoices" ADD COLUMN "member_name" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "member_address" text;--> statement-breakpoint
ALTER TABLE "invoices" DISABLE TRIGGER invoices_frozen;--> statement-breakpoint
UPDATE "invoices" i SET
  "member_name" = m.first_name || ' ' || m.last_name,
  "member_address" = concat_ws(', ', nullif(trim(m.address_line1), ''), nullif(trim(m.address_line2), ''), trim(m.postal_code) || ' ' || trim(m.commune))
FROM "members" m WHERE m.id = i.member_id;--> statement-breakpoint
ALTER TABLE "invoices" ENABLE TRIGGER invoices_frozen;--> statement-breakpoint
ALTER TABLE "invoices" ALTER COLUMN "member_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "invoices" ALTER COLUMN "member_address" SET NOT NULL;--> statement-breakpoint
-- The freeze of issued invoices now covers the member's name and address too.
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
       NEW.member_name, NEW.member_address,
       NEW.bill_to_name, NEW.bill_to_address, NEW.bill_to_email, NEW.delivery_channel,
       NEW.total_ht_cents, NEW.total_vat_cents, NEW.total_ttc_cents, NEW.issued_on, NEW.due_on, NEW.issued_at
     ) IS DISTINCT FROM (
       OLD.kind, OLD.number, OLD.member_id, OLD.payer_id, OLD.billing_month, OLD.corrects_invoice_id,
       OLD.member_name, OLD.member_address,
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
