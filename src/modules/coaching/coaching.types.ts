import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@ObjectType({ description: "How to reach a coach: what a member needs, nothing more." })
export class CoachContact {
  @Field(() => String, { description: "The coach's name as shown to members." })
  displayName!: string;

  @Field(() => String, { description: "The coach's email address." })
  email!: string;
}

@ObjectType({ description: "SVC-2: the member's assigned coach and the substitute offered when the coach is unavailable." })
export class Coaching {
  memberRawId!: string;
  coachRawId!: string;
  substituteRawId!: string | null;

  @Field(() => CoachContact, { nullable: true, description: "The assigned coach." })
  coach!: CoachContact | null;

  @Field(() => CoachContact, { nullable: true, description: "The substitute coach; null when none is named." })
  substitute!: CoachContact | null;

  @Field(() => DateTimeScalar, { description: "When the desk last assigned the coach (and substitute)." })
  assignedAt!: Date;
}

@InputType({ description: "SVC-2: the desk assigns (or changes) the member's coach and substitute." })
export class AssignCoachInput {
  @Field(() => ID, { description: "The member." })
  memberId!: string;

  @Field(() => ID, { description: "A StaffUser with the COACH role." })
  coachId!: string;

  @Field(() => ID, { nullable: true, description: "Another coach, offered when the assigned one is unavailable." })
  substituteCoachId?: string | null;
}
