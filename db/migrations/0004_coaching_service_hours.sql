CREATE TABLE "coach_assignments" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"coach_id" uuid NOT NULL,
	"substitute_coach_id" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" uuid NOT NULL,
	CONSTRAINT "coach_assignments_distinct_check" CHECK ("coach_assignments"."substitute_coach_id" is null or "coach_assignments"."substitute_coach_id" <> "coach_assignments"."coach_id")
);
--> statement-breakpoint
CREATE TABLE "service_hours" (
	"id" serial PRIMARY KEY NOT NULL,
	"service" text NOT NULL,
	"iso_weekday" integer NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	"provided_by" text,
	"rule" text NOT NULL,
	CONSTRAINT "service_hours_weekday_check" CHECK ("service_hours"."iso_weekday" between 1 and 7),
	CONSTRAINT "service_hours_span_check" CHECK ("service_hours"."opens" < "service_hours"."closes")
);
--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_coach_id_staff_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_substitute_coach_id_staff_users_id_fk" FOREIGN KEY ("substitute_coach_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coach_assignments_coach_idx" ON "coach_assignments" USING btree ("coach_id");--> statement-breakpoint
CREATE INDEX "coach_assignments_substitute_idx" ON "coach_assignments" USING btree ("substitute_coach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_hours_key" ON "service_hours" USING btree ("service","iso_weekday","opens");