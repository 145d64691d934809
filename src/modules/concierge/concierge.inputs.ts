import { Field, ID, InputType } from "type-graphql";
import { MemberTargetInput } from "../../shared/member-target.js";
import type { CONCIERGE_LANGUAGES } from "../../../db/schema/concierge.js";
import { ConciergeLanguage, ConciergePartnerStatus, type PARTNER_STATUS_CHANGES } from "./concierge.types.js";

@InputType({ description: "CON-4: ask the concierge to call back." })
export class ConciergeCallbackInput {
  @Field(() => String, { description: "A French number (06…) or an international one (+44…)." })
  phone!: string;
}

@InputType({ description: "CON-1/CON-2/CON-4: a concierge request for the member, optionally with a callback." })
export class SubmitConciergeRequestInput extends MemberTargetInput {
  @Field(() => String, { description: "A category code from `conciergeCategories` (CON-1; others need Privilège, CON-2)." })
  category!: string;

  @Field(() => String, { description: "What the member asks for, 1 to 2000 characters." })
  content!: string;

  @Field(() => ConciergeCallbackInput, { nullable: true, description: "CON-4: set to be called back." })
  callback?: ConciergeCallbackInput | null;

  @Field(() => ConciergeLanguage, { nullable: true, description: "Defaults to the request's language (Accept-Language), else fr." })
  preferredLanguage?: (typeof CONCIERGE_LANGUAGES)[number] | null;
}

@InputType({ description: "CON-6: the member's side cancels a request, before it is BOOKED." })
export class CancelConciergeRequestInput {
  @Field(() => ID, { description: "The ConciergeRequest's ID." })
  requestId!: string;

  @Field(() => String, { description: "CON-6: why the member cancels." })
  reason!: string;
}

@InputType({ description: "CON-6: the concierge partner moves a request to its next status." })
export class UpdateConciergeRequestStatusInput {
  @Field(() => ID, { description: "The request's ID (PartnerConciergeRequest.id)." })
  requestId!: string;

  @Field(() => ConciergePartnerStatus, { description: "The new status; it must follow the lifecycle (CON-6), REJECTED only before BOOKED." })
  status!: (typeof PARTNER_STATUS_CHANGES)[number];

  @Field(() => String, { nullable: true, description: "Required for REJECTED (the reason); otherwise an optional note for the member." })
  note?: string | null;
}

@InputType({ description: "CON-2: the member whose « Privilège » option is subscribed or cancelled." })
export class ConciergePrivilegeInput extends MemberTargetInput {}
