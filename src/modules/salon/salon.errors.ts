import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const salonErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "SERVICE_SUSPENDED", "INVALID_TEXT"),
  MEMBERS_ONLY: {
    rule: "SVC-4",
    fr: "Réservé aux membres : seul le membre lui-même peut s'inscrire.",
    en: "Members only: only the member themself can register.",
  },
  MEMBERSHIP_NOT_ACTIVE: { rule: "SVC-4", fr: "Réservé aux membres dont l'adhésion est active.", en: "Reserved for members with an active membership." },
  // Not the shared entry: the salon refuses under its own rule (SVC-4).
  OPTION_NOT_IN_FORCE: {
    rule: "SVC-4",
    fr: "Ce service fait partie de l'option Intérieur, qui n'est pas en cours pour ce membre.",
    en: "This service is part of the Option Intérieur, which is not in force for this member.",
  },
  SLOT_IN_PAST: { rule: "SVC-4", fr: "Le rendez-vous doit être dans le futur.", en: "The appointment must be in the future." },
  SLOT_TOO_FAR: {
    rule: "SVC-4",
    fr: "Les rendez-vous se prennent au plus {months} mois à l'avance (jusqu'au {latest}).",
    en: "Appointments are booked at most {months} months ahead (until {latest}).",
  },
  SLOT_NOT_ALIGNED: {
    rule: "SVC-4",
    fr: "Le rendez-vous commence à l'heure pile ou au quart d'heure (ex. 14:00, 14:15).",
    en: "Appointments start on the hour or a quarter past (e.g. 14:00, 14:15).",
  },
  INVALID_DURATION: {
    rule: "SVC-4",
    fr: "La durée doit être comprise entre {min} et {max} minutes, par quarts d'heure.",
    en: "The duration must be between {min} and {max} minutes, in quarter hours.",
  },
  SALON_CLOSED: {
    rule: "SVC-4",
    fr: "Le Salon particulier ne reçoit pas sur ce créneau (heures d'ouverture : voir serviceAvailability SALON).",
    en: "The Salon particulier does not receive at that time (opening hours: see serviceAvailability SALON).",
  },
  MEMBER_OVERLAP: {
    rule: "SVC-4",
    fr: "Ce membre a déjà un rendez-vous au Salon qui chevauche ce créneau.",
    en: "This member already has a Salon appointment overlapping this slot.",
  },
  SLOT_FULL: { rule: "SVC-4", fr: "Le Salon particulier est complet sur ce créneau.", en: "The Salon particulier is fully booked for this slot." },
  TOO_MANY_UPCOMING: {
    rule: "SVC-4",
    fr: "Au plus {max} rendez-vous à venir par membre : annulez-en un pour en prendre un autre.",
    en: "At most {max} upcoming appointments per member: cancel one to book another.",
  },
  NOTE_TOO_LONG: { rule: null, fr: "La note doit contenir au plus {max} caractères.", en: "The note must be at most {max} characters long." },
  APPOINTMENT_NOT_FOUND: {
    rule: "AUT-2",
    fr: "Rendez-vous introuvable, ou vous n'y avez pas accès.",
    en: "Appointment not found, or you do not have access to it.",
  },
  ALREADY_CANCELLED: { rule: "SVC-4", fr: "Ce rendez-vous est déjà annulé.", en: "This appointment is already cancelled." },
  APPOINTMENT_STARTED: {
    rule: "SVC-4",
    fr: "Ce rendez-vous a déjà commencé : il ne peut plus être annulé.",
    en: "This appointment has already started: it can no longer be cancelled.",
  },
  INVALID_CAPACITY: {
    rule: null,
    fr: "La capacité doit être comprise entre 1 et {max} places.",
    en: "The capacity must be between 1 and {max} places.",
  },
  EVENT_IN_PAST: { rule: "SVC-4", fr: "L'événement doit commencer dans le futur.", en: "The event must start in the future." },
  EVENT_TOO_FAR: {
    rule: "SVC-4",
    fr: "Un événement se publie au plus {days} jours à l'avance.",
    en: "An event is published at most {days} days ahead.",
  },
  EVENT_NOT_FOUND: { rule: "SVC-4", fr: "Événement introuvable.", en: "Event not found." },
  EVENT_STARTED: {
    rule: "SVC-4",
    fr: "L'événement a déjà commencé : les inscriptions sont closes.",
    en: "The event has already started: registrations are closed.",
  },
  EVENT_FULL: { rule: "SVC-4", fr: "L'événement est complet.", en: "The event is full." },
  ALREADY_REGISTERED: { rule: "SVC-4", fr: "Vous êtes déjà inscrit à cet événement.", en: "You are already registered for this event." },
  NOT_REGISTERED: { rule: "SVC-4", fr: "Vous n'êtes pas inscrit à cet événement.", en: "You are not registered for this event." },
});

export type SalonErrorCode = keyof typeof salonErrors.catalog;
