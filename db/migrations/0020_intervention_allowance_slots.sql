ALTER TABLE "interventions" ADD COLUMN "allowance_slot" smallint;--> statement-breakpoint
-- INT-3 backfill, with the booking-order semantics the rows were booked under: booking made an
-- intervention free while fewer than 15 non-cancelled ones counted in its contract year, so the
-- non-cancelled rows booked as included (billing_reason not BEYOND_ALLOWANCE) are at most 15 per
-- member and year; they take slots 1..15 in booking order. Cancelled rows and rows booked beyond
-- the 15 hold no slot. (More than 15 could only come from rows written outside the API: the range
-- check below then stops the migration rather than guessing which ones the member pays.)
UPDATE "interventions" AS i SET "allowance_slot" = ranked.slot
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "member_id", "contract_year_start" ORDER BY "booked_at", "id") AS slot
  FROM "interventions"
  WHERE "status" <> 'CANCELLED' AND "billing_reason" IS DISTINCT FROM 'BEYOND_ALLOWANCE'
) AS ranked
WHERE i."id" = ranked."id";--> statement-breakpoint
CREATE UNIQUE INDEX "interventions_allowance_slot_idx" ON "interventions" USING btree ("member_id","contract_year_start","allowance_slot");--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_allowance_slot_range_check" CHECK ("interventions"."allowance_slot" is null or "interventions"."allowance_slot" between 1 and 15);--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_allowance_check" CHECK (case when "interventions"."status" = 'CANCELLED' then "interventions"."allowance_slot" is null else ("interventions"."allowance_slot" is not null) = ("interventions"."billing_reason" is distinct from 'BEYOND_ALLOWANCE') end);