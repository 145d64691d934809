-- Issue 15: the desk search (`members(search:)`) matches a fragment anywhere in "last first",
-- "first last" or the email (ILIKE '%…%'). A b-tree cannot serve a leading wildcard; a trigram
-- GIN index can, for fragments of 3 characters or more. One index per expression of the WHERE
-- (members.repository.ts searchMembers), written exactly as the query writes it, so the planner
-- matches them and combines them with the phone b-tree in one BitmapOr. pg_trgm is a trusted
-- extension (PostgreSQL 13+): the database owner may create it. PGlite loads it at start-up
-- (src/shared/db.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "members_search_last_first_trgm" ON "members" USING gin (("last_name" || ' ' || "first_name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "members_search_first_last_trgm" ON "members" USING gin (("first_name" || ' ' || "last_name") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "members_search_email_trgm" ON "members" USING gin ("email" gin_trgm_ops);
