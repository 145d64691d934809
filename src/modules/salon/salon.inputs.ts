import { Field, ID, InputType, Int } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars.js";

@InputType({ description: "SVC-4: book an appointment at the Salon particulier, in the member's name." })
export class BookSalonAppointmentInput {
  @Field(() => ID, { nullable: true, description: "Required for the desk; MEMBER and DELEGATE book for their own member." })
  memberId?: string | null;

  @Field(() => DateTimeScalar, { description: "On a quarter hour, in the future, within the booking horizon, in the salon's hours." })
  startsAt!: Date;

  @Field(() => Int, { description: "30 to 120 minutes, in quarter hours." })
  durationMinutes!: number;

  @Field(() => String, { nullable: true, description: "Optional, up to 500 characters." })
  note?: string | null;
}

@InputType({ description: "SVC-4: cancel a booked Salon appointment (the member, their delegate or the desk)." })
export class CancelSalonAppointmentInput {
  @Field(() => ID, { description: "The global ID of the booked SalonAppointment." })
  appointmentId!: string;
}

@InputType({ description: "SVC-4 (art. 4.8): publish a « Vie de Cercle » event for members." })
export class PublishCircleEventInput {
  @Field(() => String, { description: "1 to 200 characters." })
  title!: string;

  @Field(() => String, { description: "1 to 5000 characters." })
  description!: string;

  @Field(() => String, { description: "Where it takes place, 1 to 300 characters." })
  place!: string;

  @Field(() => DateTimeScalar, { description: "In the future, at most two years ahead." })
  startsAt!: Date;

  @Field(() => Int, { description: "Places, 1 to 10000." })
  capacity!: number;
}

@InputType({ description: "SVC-4: register the caller's member for an event, or unregister them." })
export class CircleEventRegistrationInput {
  @Field(() => ID, { description: "The global ID of the CircleEvent." })
  eventId!: string;
}
