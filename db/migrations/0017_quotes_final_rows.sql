-- QUO-3: an issued quote is never changed. While ISSUED, only its one decision may be written
-- (status, decided_at/by_role/by_id, or replaced_at/replaced_by_quote_id); once ACCEPTED, DECLINED
-- or REPLACED, nothing of the row may change at all (so who accepted, e.g. a delegate on behalf of
-- the member, can never be rewritten).
CREATE OR REPLACE FUNCTION quotes_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  movable text[] := ARRAY['status', 'decided_at', 'decided_by_role', 'decided_by_id', 'replaced_at', 'replaced_by_quote_id'];
BEGIN
  IF OLD.status <> 'ISSUED' THEN
    IF to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
      RAISE EXCEPTION 'a decided or replaced quote is final (QUO-3)' USING ERRCODE = 'check_violation', CONSTRAINT = 'quotes_final';
    END IF;
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - movable) IS DISTINCT FROM (to_jsonb(OLD) - movable) THEN
    RAISE EXCEPTION 'an issued quote is immutable (QUO-3)' USING ERRCODE = 'check_violation', CONSTRAINT = 'quotes_immutable';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- The lines of a quote never change and are never removed on their own (only with their quote).
CREATE OR REPLACE FUNCTION quote_lines_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM quotes WHERE id = OLD.quote_id) THEN
    RETURN OLD; -- cascade of the quote's own removal (a member's erasure)
  END IF;
  RAISE EXCEPTION 'the lines of an issued quote are immutable (QUO-3)' USING ERRCODE = 'check_violation', CONSTRAINT = 'quote_lines_immutable';
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS quote_lines_immutable ON quote_lines;
--> statement-breakpoint
CREATE TRIGGER quote_lines_immutable BEFORE UPDATE OR DELETE ON quote_lines FOR EACH ROW EXECUTE FUNCTION quote_lines_immutable();
