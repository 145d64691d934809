ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_quote_check";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_amount_check";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_decision_check";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP CONSTRAINT "pro_service_requests_status_check";--> statement-breakpoint
-- The quote states now live in the shared quotes (0015 copied them there): the service request keeps its study and installation states.
UPDATE pro_service_requests SET status = 'STUDY_DONE' WHERE status IN ('QUOTED','ACCEPTED','DECLINED');--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "quote_amount_cents";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "quote_valid_until";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "quoted_at";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "decided_at";--> statement-breakpoint
ALTER TABLE "pro_service_requests" DROP COLUMN "decided_by_role";--> statement-breakpoint
ALTER TABLE "mailbox_migrations" ADD CONSTRAINT "mailbox_migrations_quote_request_check" CHECK (("mailbox_migrations"."status" = 'QUOTE_REQUIRED') = ("mailbox_migrations"."quote_request_id" is not null));--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_quote_request_check" CHECK (("pro_service_requests"."status" = 'STUDY_REQUESTED') = ("pro_service_requests"."quote_request_id" is null));--> statement-breakpoint
ALTER TABLE "pro_service_requests" ADD CONSTRAINT "pro_service_requests_status_check" CHECK ("pro_service_requests"."status" in ('STUDY_REQUESTED','STUDY_DONE','INSTALLED'));