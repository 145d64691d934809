import { Field, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@InputType({ description: "Issue 13: how far to move the sandbox clock: a duration, or a target time (not both)." })
export class AdvanceSandboxClockInput {
  @Field(() => Int, { nullable: true, description: "Days to add (24-hour days)." })
  days!: number | null;

  @Field(() => Int, { nullable: true, description: "Hours to add to the duration." })
  hours!: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes to add to the duration." })
  minutes!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Move to this time instead, which must be after the current sandbox time." })
  to!: Date | null;
}
