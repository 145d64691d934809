CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"os" text NOT NULL,
	"has_internet_connectivity" boolean NOT NULL,
	"state" text DEFAULT 'DESIGNATED' NOT NULL,
	"designated_at" timestamp with time zone NOT NULL,
	"designated_by_role" text NOT NULL,
	"designated_by_id" uuid NOT NULL,
	"activated_at" timestamp with time zone,
	"activated_by_id" uuid,
	"removed_at" timestamp with time zone,
	"removed_by_role" text,
	"removed_by_id" uuid,
	CONSTRAINT "devices_kind_check" CHECK ("devices"."kind" in ('PHONE','TABLET','COMPUTER')),
	CONSTRAINT "devices_os_check" CHECK ("devices"."os" in ('ANDROID','IOS','IPADOS','WINDOWS','MACOS','LINUX','OTHER')),
	CONSTRAINT "devices_state_check" CHECK ("devices"."state" in ('DESIGNATED','ACTIVE')),
	CONSTRAINT "devices_name_check" CHECK (length(trim("devices"."name")) between 1 and 60),
	CONSTRAINT "devices_activation_check" CHECK (("devices"."state" = 'ACTIVE') = ("devices"."activated_at" is not null and "devices"."activated_by_id" is not null)),
	CONSTRAINT "devices_active_connectivity_check" CHECK ("devices"."state" <> 'ACTIVE' or "devices"."has_internet_connectivity"),
	CONSTRAINT "devices_activated_after_check" CHECK ("devices"."activated_at" is null or "devices"."activated_at" >= "devices"."designated_at"),
	CONSTRAINT "devices_removed_check" CHECK (("devices"."removed_at" is null) = ("devices"."removed_by_id" is null) and ("devices"."removed_at" is null) = ("devices"."removed_by_role" is null) and ("devices"."removed_at" is null or "devices"."removed_at" >= "devices"."designated_at"))
);
--> statement-breakpoint
CREATE TABLE "vip_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"phone_number" text NOT NULL,
	"plan_type" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by_id" uuid NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" uuid,
	CONSTRAINT "vip_lines_plan_type_check" CHECK ("vip_lines"."plan_type" in ('ORANGE_PLAN','ORANGE_OPEN')),
	CONSTRAINT "vip_lines_phone_check" CHECK ("vip_lines"."phone_number" ~ '^\+33[67][0-9]{8}$'),
	CONSTRAINT "vip_lines_withdrawn_check" CHECK (("vip_lines"."withdrawn_at" is null) = ("vip_lines"."withdrawn_by_id" is null))
);
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_activated_by_id_staff_users_id_fk" FOREIGN KEY ("activated_by_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vip_lines" ADD CONSTRAINT "vip_lines_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vip_lines" ADD CONSTRAINT "vip_lines_declared_by_id_staff_users_id_fk" FOREIGN KEY ("declared_by_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vip_lines" ADD CONSTRAINT "vip_lines_withdrawn_by_id_staff_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "devices_member_active_idx" ON "devices" USING btree ("member_id") WHERE "devices"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "vip_lines_one_active_number_per_member" ON "vip_lines" USING btree ("member_id","phone_number") WHERE "vip_lines"."withdrawn_at" is null;