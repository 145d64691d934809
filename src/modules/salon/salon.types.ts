import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { SALON_APPOINTMENT_STATUSES } from "../../../db/schema/salon.js";
import { Node } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";

export const SalonAppointmentStatus = graphqlEnum(SALON_APPOINTMENT_STATUSES, {
  name: "SalonAppointmentStatus",
  description: "SVC-4: whether a Salon appointment stands.",
  valuesConfig: { BOOKED: { description: "The appointment stands." }, CANCELLED: { description: "The appointment was cancelled." } },
});

export const BOOKER_ROLES = ["MEMBER", "DELEGATE", "DESK_AGENT"] as const;
export const SalonBookerRole = graphqlEnum(BOOKER_ROLES, {
  name: "SalonBookerRole",
  description: "Who booked or cancelled: MEM-4, a delegate acts on the member's behalf.",
  valuesConfig: {
    MEMBER: { description: "The member themselves." },
    DELEGATE: { description: "The member's delegate, on the member's behalf (MEM-4)." },
    DESK_AGENT: { description: "The Desk, for the member." },
  },
});

@ObjectType({
  description:
    "SVC-4 (art. 4.9): the Salon particulier of the Cercle Parnasse, at the Boutique Orange Opéra. A booking model: members only, " +
    "by appointment only. There is no walk-in: the salon is used only through a SalonAppointment.",
})
export class Salon {
  @Field(() => String, { description: "The salon's display name, e.g. « Salon particulier du Cercle Parnasse — Boutique Orange Opéra »." })
  name!: string;

  @Field(() => String, { description: "10 rue Halévy" })
  street!: string;

  @Field(() => String, { description: "75009" })
  postalCode!: string;

  @Field(() => String, { description: "Paris" })
  city!: string;

  @Field(() => Int, { description: "Appointments received at the same time." })
  capacity!: number;

  @Field(() => Int, { description: "The shortest appointment, in minutes." })
  minDurationMinutes!: number;

  @Field(() => Int, { description: "The longest appointment, in minutes." })
  maxDurationMinutes!: number;

  @Field(() => Int, { description: "How far ahead appointments may be booked, in months." })
  bookingHorizonMonths!: number;

  @Field(() => Int, { description: "Upcoming appointments a member may hold at once." })
  maxUpcomingAppointmentsPerMember!: number;
}

@ObjectType({
  implements: Node,
  description:
    "SVC-4: an appointment at the Salon particulier, always in the member's name: the member is received (members only). " +
    "The delegate may book or cancel it on the member's behalf (MEM-4) but is not received. No walk-in without one.",
})
export class SalonAppointment extends Node {
  rawId!: string;
  memberRawId!: string;
  salonCode!: string;

  @Field(() => DateTimeScalar, { description: "When the member is received (on a quarter hour)." })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the appointment ends: startsAt + durationMinutes." })
  endsAt!: Date;

  @Field(() => Int, { description: "The appointment's length in minutes, in quarter hours." })
  durationMinutes!: number;

  @Field(() => SalonAppointmentStatus, { description: "Booked, or cancelled." })
  status!: (typeof SALON_APPOINTMENT_STATUSES)[number];

  @Field(() => String, { nullable: true, description: "What the member would like to do at the salon." })
  note!: string | null;

  @Field(() => DateTimeScalar, { description: "When the appointment was booked." })
  bookedAt!: Date;

  @Field(() => SalonBookerRole, { description: "Who booked it: the member, their delegate (on the member's behalf) or the desk." })
  bookedByRole!: (typeof BOOKER_ROLES)[number];

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was cancelled; null while booked." })
  cancelledAt!: Date | null;

  @Field(() => SalonBookerRole, { nullable: true, description: "Who cancelled it; null while booked." })
  cancelledByRole!: (typeof BOOKER_ROLES)[number] | null;
}

@ObjectType({ implements: Node, description: "SVC-4 (art. 4.8): a « Vie de Cercle » event, for members only." })
export class CircleEvent extends Node {
  rawId!: string;

  @Field(() => String, { description: "The event's title." })
  title!: string;

  @Field(() => String, { description: "What the event is, as shown to members." })
  description!: string;

  @Field(() => String, { description: "Where it takes place." })
  place!: string;

  @Field(() => DateTimeScalar, { description: "When it starts." })
  startsAt!: Date;

  @Field(() => Int, { description: "How many members may register." })
  capacity!: number;

  @Field(() => DateTimeScalar, { description: "When the event was published." })
  publishedAt!: Date;
}

@ObjectType({ implements: Node, description: "SVC-4: a member's live registration to a « Vie de Cercle » event." })
export class CircleEventRegistration extends Node {
  rawId!: string;
  memberRawId!: string;
  eventRawId!: string;

  @Field(() => DateTimeScalar, { description: "When the member registered." })
  registeredAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "Set when the member unregistered." })
  cancelledAt!: Date | null;
}
