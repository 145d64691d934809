ALTER TABLE "airbox_incidents" ADD COLUMN "technician_id" uuid;--> statement-breakpoint
ALTER TABLE "pro_bricks" ADD COLUMN "technician_id" uuid;--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD COLUMN "technician_id" uuid;--> statement-breakpoint
ALTER TABLE "airbox_incidents" ADD CONSTRAINT "airbox_incidents_technician_id_staff_users_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_bricks" ADD CONSTRAINT "pro_bricks_technician_id_staff_users_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_technician_id_staff_users_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."staff_users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "airbox_incidents_technician_idx" ON "airbox_incidents" USING btree ("technician_id");--> statement-breakpoint
CREATE INDEX "airbox_repairs_technician_idx" ON "airbox_repairs" USING btree ("technician_id");--> statement-breakpoint
CREATE INDEX "pro_bricks_technician_idx" ON "pro_bricks" USING btree ("technician_id");--> statement-breakpoint
CREATE INDEX "pro_service_requests_technician_idx" ON "pro_service_requests" USING btree ("technician_id");