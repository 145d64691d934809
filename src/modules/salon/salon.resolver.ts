import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Payload } from "../../shared/payload.js";
import { Connection, PageArgs, toGlobalId } from "../../shared/relay.js";
import { DateTimeScalar } from "../../shared/scalars.js";
import { userErrorType } from "../../shared/user-errors.js";
import { Member, membersService } from "../members/index.js";
import { salonAppointmentsService } from "./salon.appointments.service.js";
import { salonErrors } from "./salon.errors.js";
import { circleEventsService } from "./salon.events.service.js";
import { BookSalonAppointmentInput, CancelSalonAppointmentInput, CircleEventRegistrationInput, PublishCircleEventInput } from "./salon.inputs.js";
import { CircleEvent, CircleEventRegistration, Salon, SalonAppointment } from "./salon.types.js";

const salonUserErrors = userErrorType("Salon", salonErrors, "Why a Salon particulier or « Vie de Cercle » mutation was refused (SVC-4).");

export const { ConnectionType: SalonAppointmentConnection } = Connection(SalonAppointment, "SalonAppointment");
export const { ConnectionType: CircleEventConnection } = Connection(CircleEvent, "CircleEvent");

export const SalonAppointmentPayload = Payload(
  "SalonAppointment",
  salonUserErrors,
  {
    appointment: { type: () => SalonAppointment, description: "The appointment after the change; null when refused." },
  },
  "The answer to bookSalonAppointment and cancelSalonAppointment (SVC-4).",
);
export const PublishCircleEventPayload = Payload(
  "PublishCircleEvent",
  salonUserErrors,
  {
    event: { type: () => CircleEvent, description: "The published event; null when refused." },
  },
  "The answer to publishCircleEvent (SVC-4).",
);
export const CircleEventRegistrationPayload = Payload(
  "CircleEventRegistration",
  salonUserErrors,
  {
    registration: { type: () => CircleEventRegistration, description: "The registration after the change; null when refused." },
    event: { type: () => CircleEvent, description: "The event, with its places left; null when refused." },
  },
  "The answer to registerForCircleEvent and unregisterFromCircleEvent (SVC-4).",
);

@Resolver()
export class SalonResolver {
  @Query(() => Salon, { description: "SVC-4: the Salon particulier (fixed place, by appointment only)." })
  salon(@Ctx() ctx: Context): Promise<Salon> {
    return salonAppointmentsService.salon(ctx);
  }

  @Query(() => SalonAppointmentConnection, { description: "SVC-4: the salon's agenda, soonest first (DESK_AGENT)." })
  salonAppointments(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("from", () => DateTimeScalar, { nullable: true, description: "Appointments starting at or after; defaults to now." }) from: Date | null,
    @Arg("to", () => DateTimeScalar, { nullable: true, description: "Appointments starting before." }) to: Date | null,
    @Arg("includeCancelled", () => Boolean, { defaultValue: false, description: "True to list cancelled appointments too; false (the default) lists booked ones only." })
    includeCancelled: boolean,
  ) {
    return salonAppointmentsService.agenda(ctx, { ...page, from, to, includeCancelled });
  }

  @Query(() => CircleEventConnection, { description: "SVC-4: « Vie de Cercle » events not started yet, soonest first." })
  upcomingEvents(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return circleEventsService.upcoming(ctx, page);
  }

  @Mutation(() => SalonAppointmentPayload, { description: "SVC-4: book the Salon particulier (member, delegate for the member, or desk)." })
  async bookSalonAppointment(
    @Ctx() ctx: Context,
    @Arg("input", () => BookSalonAppointmentInput, { description: "The member (desk only), the start, the length and an optional note." }) input: BookSalonAppointmentInput,
  ) {
    return SalonAppointmentPayload.from(ctx, await salonAppointmentsService.book(ctx, input));
  }

  @Mutation(() => SalonAppointmentPayload, { description: "SVC-4: cancel an appointment before it starts." })
  async cancelSalonAppointment(
    @Ctx() ctx: Context,
    @Arg("input", () => CancelSalonAppointmentInput, { description: "The appointment to cancel." }) input: CancelSalonAppointmentInput,
  ) {
    return SalonAppointmentPayload.from(ctx, await salonAppointmentsService.cancel(ctx, input));
  }

  @Mutation(() => PublishCircleEventPayload, { description: "SVC-4 (art. 4.8): the desk publishes a « Vie de Cercle » event." })
  async publishCircleEvent(
    @Ctx() ctx: Context,
    @Arg("input", () => PublishCircleEventInput, { description: "The event's title, description, place, start and number of places." }) input: PublishCircleEventInput,
  ) {
    return PublishCircleEventPayload.from(ctx, await circleEventsService.publish(ctx, input));
  }

  @Mutation(() => CircleEventRegistrationPayload, { description: "SVC-4: the member registers for an event (members only, within its capacity)." })
  async registerForCircleEvent(
    @Ctx() ctx: Context,
    @Arg("input", () => CircleEventRegistrationInput, { description: "The event to register the caller's member for (members only)." }) input: CircleEventRegistrationInput,
  ) {
    return CircleEventRegistrationPayload.from(ctx, await circleEventsService.register(ctx, input));
  }

  @Mutation(() => CircleEventRegistrationPayload, { description: "SVC-4: the member unregisters before the event starts." })
  async unregisterFromCircleEvent(
    @Ctx() ctx: Context,
    @Arg("input", () => CircleEventRegistrationInput, { description: "The event to unregister the caller's member from." }) input: CircleEventRegistrationInput,
  ) {
    return CircleEventRegistrationPayload.from(ctx, await circleEventsService.unregister(ctx, input));
  }
}

/** Salon fields of Member; guarded by Member's own rule (canReadMember). */
@Resolver(() => Member)
export class MemberSalonResolver {
  @FieldResolver(() => [SalonAppointment], { description: "SVC-4: booked Salon appointments not ended yet, soonest first." })
  salonAppointments(@Root() member: Member, @Ctx() ctx: Context): Promise<SalonAppointment[]> {
    return salonAppointmentsService.upcomingFor(ctx, member.rawId);
  }

  @FieldResolver(() => [CircleEventRegistration], { description: "SVC-4: registrations to « Vie de Cercle » events not started yet." })
  eventRegistrations(@Root() member: Member, @Ctx() ctx: Context): Promise<CircleEventRegistration[]> {
    return circleEventsService.upcomingFor(ctx, member.rawId);
  }
}

@Resolver(() => SalonAppointment)
export class SalonAppointmentResolver {
  @FieldResolver(() => Salon, { description: "Boutique Orange Opéra, 10 rue Halévy, 75009 Paris." })
  salon(@Root() appointment: SalonAppointment, @Ctx() ctx: Context): Promise<Salon> {
    return salonAppointmentsService.salon(ctx, appointment.salonCode);
  }

  @FieldResolver(() => Member, { nullable: true, description: "The member received (never the delegate)." })
  async member(@Root() appointment: SalonAppointment, @Ctx() ctx: Context): Promise<Member | null> {
    const node = await membersService.node(ctx, toGlobalId("Member", appointment.memberRawId));
    return node instanceof Member ? node : null;
  }
}

@Resolver(() => CircleEvent)
export class CircleEventResolver {
  @FieldResolver(() => Int, { description: "Live registrations." })
  registeredCount(@Root() event: CircleEvent, @Ctx() ctx: Context): Promise<number> {
    return circleEventsService.registeredCount(ctx, event.rawId);
  }

  @FieldResolver(() => Int, { description: "Places left: capacity minus live registrations, never below 0." })
  async remainingPlaces(@Root() event: CircleEvent, @Ctx() ctx: Context): Promise<number> {
    return Math.max(0, event.capacity - (await circleEventsService.registeredCount(ctx, event.rawId)));
  }

  @FieldResolver(() => CircleEventRegistration, { nullable: true, description: "The caller's member's registration, if any (null for the desk)." })
  viewerRegistration(@Root() event: CircleEvent, @Ctx() ctx: Context): Promise<CircleEventRegistration | null> {
    return circleEventsService.viewerRegistration(ctx, event.rawId);
  }
}

@Resolver(() => CircleEventRegistration)
export class CircleEventRegistrationResolver {
  @FieldResolver(() => CircleEvent, { description: "The event registered for." })
  event(@Root() registration: CircleEventRegistration, @Ctx() ctx: Context): Promise<CircleEvent> {
    return circleEventsService.event(ctx, registration.eventRawId);
  }
}

export const salonResolvers = [SalonResolver, MemberSalonResolver, SalonAppointmentResolver, CircleEventResolver, CircleEventRegistrationResolver];
