import { Field, ID, InputType } from "type-graphql";
import { MemberTargetInput } from "../../shared/member-target.js";
import type { CONCIERGE_LANGUAGES } from "../../../db/schema/concierge.js";
import { ConciergeLanguage, ConciergePartnerStatus, type PARTNER_STATUS_CHANGES } from "./concierge.types.js";

@InputType({ description: "CON-4: ask the concierge to call back." })
export class ConciergeCallbackInput {
  @Field(() => String, { description: "A French number (06…) or an international one (+44…)." })
  phone!: string;
}

@InputType()
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

@InputType()
export class CancelConciergeRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { description: "CON-6: why the member cancels." })
  reason!: string;
}

@InputType()
export class UpdateConciergeRequestStatusInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ConciergePartnerStatus)
  status!: (typeof PARTNER_STATUS_CHANGES)[number];

  @Field(() => String, { nullable: true, description: "Required for REJECTED (the reason); otherwise an optional note for the member." })
  note?: string | null;
}

@InputType()
export class ConciergePrivilegeInput extends MemberTargetInput {}
