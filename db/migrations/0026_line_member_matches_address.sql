-- Issue 15: an address's lines are read by member (with the addresses, one statement), so a line's
-- member must be its address's member. Held by the database, not only by the code that writes lines.
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_id_member_unique" UNIQUE ("id", "member_id");--> statement-breakpoint
ALTER TABLE "internet_lines" ADD CONSTRAINT "internet_lines_address_member_fk" FOREIGN KEY ("address_id", "member_id") REFERENCES "addresses" ("id", "member_id") ON DELETE CASCADE;
