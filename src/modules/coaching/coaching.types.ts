import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@ObjectType({ description: "How to reach a coach: what a member needs, nothing more." })
export class CoachContact {
  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;
}

@ObjectType({ description: "SVC-2: the member's assigned coach and the substitute offered when the coach is unavailable." })
export class Coaching {
  memberRawId!: string;
  coachRawId!: string;
  substituteRawId!: string | null;

  @Field(() => CoachContact, { nullable: true })
  coach!: CoachContact | null;

  @Field(() => CoachContact, { nullable: true })
  substitute!: CoachContact | null;

  @Field(() => DateTimeScalar)
  assignedAt!: Date;
}

@InputType()
export class AssignCoachInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ID, { description: "A StaffUser with the COACH role." })
  coachId!: string;

  @Field(() => ID, { nullable: true, description: "Another coach, offered when the assigned one is unavailable." })
  substituteCoachId?: string | null;
}
