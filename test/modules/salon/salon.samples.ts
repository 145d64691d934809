import { toGlobalId } from "../../../src/shared/relay.js";
import { aCast, actors } from "../../support/factories.js";
import type { MutationSamples } from "../../support/mutation-samples.js";
import { aRegistration, aSalonCast, anAppointment, anEvent, anOptionHolder } from "./salon.support.js";

/** One successful call per Salon and Vie de Cercle mutation (audit test). */
export const samples: MutationSamples = {
  async bookSalonAppointment(db) {
    const member = await anOptionHolder(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: BookSalonAppointmentInput!) { bookSalonAppointment(input: $input) { userErrors { code rule } } }`,
      variables: { input: { startsAt: "2026-12-01T13:00:00Z", durationMinutes: 60 } },
    };
  },
  async cancelSalonAppointment(db) {
    const cast = await aSalonCast(db);
    const row = await anAppointment(db, cast.member.id, { startsAt: new Date("2026-12-22T13:00:00Z"), endsAt: new Date("2026-12-22T14:00:00Z") });
    return {
      actor: cast.as.delegate,
      query: `mutation($input: CancelSalonAppointmentInput!) { cancelSalonAppointment(input: $input) { userErrors { code rule } } }`,
      variables: { input: { appointmentId: toGlobalId("SalonAppointment", row.id) } },
    };
  },
  async publishCircleEvent(db) {
    const cast = await aCast(db);
    return {
      actor: cast.as.DESK_AGENT,
      query: `mutation($input: PublishCircleEventInput!) { publishCircleEvent(input: $input) { userErrors { code rule } } }`,
      variables: { input: { title: "Soirée", description: "Concert privé", place: "Opéra Garnier", startsAt: "2026-12-20T19:00:00Z", capacity: 50 } },
    };
  },
  async registerForCircleEvent(db) {
    const member = await anOptionHolder(db);
    const event = await anEvent(db);
    return {
      actor: actors.member(member),
      query: `mutation($input: CircleEventRegistrationInput!) { registerForCircleEvent(input: $input) { userErrors { code rule } } }`,
      variables: { input: { eventId: toGlobalId("CircleEvent", event.id) } },
    };
  },
  async unregisterFromCircleEvent(db) {
    const member = await anOptionHolder(db);
    const event = await anEvent(db);
    await aRegistration(db, event.id, member.id);
    return {
      actor: actors.member(member),
      query: `mutation($input: CircleEventRegistrationInput!) { unregisterFromCircleEvent(input: $input) { userErrors { code rule } } }`,
      variables: { input: { eventId: toGlobalId("CircleEvent", event.id) } },
    };
  },
};
