CREATE TABLE "circle_event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "circle_event_registrations_order_check" CHECK ("circle_event_registrations"."cancelled_at" is null or "circle_event_registrations"."cancelled_at" >= "circle_event_registrations"."registered_at")
);
--> statement-breakpoint
CREATE TABLE "circle_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid NOT NULL,
	CONSTRAINT "circle_events_capacity_check" CHECK ("circle_events"."capacity" between 1 and 10000),
	CONSTRAINT "circle_events_title_check" CHECK (length("circle_events"."title") between 1 and 200),
	CONSTRAINT "circle_events_description_check" CHECK (length("circle_events"."description") between 1 and 5000),
	CONSTRAINT "circle_events_place_check" CHECK (length("circle_events"."place") between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "salon_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"salon_code" text NOT NULL,
	"member_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"booked_at" timestamp with time zone NOT NULL,
	"booked_by_role" text NOT NULL,
	"booked_by_id" uuid NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by_role" text,
	"cancelled_by_id" uuid,
	CONSTRAINT "salon_appointments_status_check" CHECK ("salon_appointments"."status" in ('BOOKED','CANCELLED')),
	CONSTRAINT "salon_appointments_duration_check" CHECK ("salon_appointments"."ends_at" - "salon_appointments"."starts_at" between interval '30 minutes' and interval '120 minutes'),
	CONSTRAINT "salon_appointments_note_check" CHECK ("salon_appointments"."note" is null or length("salon_appointments"."note") between 1 and 500),
	CONSTRAINT "salon_appointments_cancel_check" CHECK (("salon_appointments"."status" = 'CANCELLED') = ("salon_appointments"."cancelled_at" is not null) and ("salon_appointments"."cancelled_at" is null) = ("salon_appointments"."cancelled_by_role" is null))
);
--> statement-breakpoint
CREATE TABLE "salons" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"capacity" integer NOT NULL,
	CONSTRAINT "salons_capacity_check" CHECK ("salons"."capacity" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "circle_event_registrations" ADD CONSTRAINT "circle_event_registrations_event_id_circle_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."circle_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_event_registrations" ADD CONSTRAINT "circle_event_registrations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_events" ADD CONSTRAINT "circle_events_published_by_staff_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salon_appointments" ADD CONSTRAINT "salon_appointments_salon_code_salons_code_fk" FOREIGN KEY ("salon_code") REFERENCES "public"."salons"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "salon_appointments" ADD CONSTRAINT "salon_appointments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "circle_event_registrations_one_live" ON "circle_event_registrations" USING btree ("event_id","member_id") WHERE "circle_event_registrations"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "circle_event_registrations_member_idx" ON "circle_event_registrations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "circle_events_start_idx" ON "circle_events" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "salon_appointments_slot_idx" ON "salon_appointments" USING btree ("salon_code","starts_at","id");--> statement-breakpoint
CREATE INDEX "salon_appointments_member_idx" ON "salon_appointments" USING btree ("member_id","starts_at");