import { commonErrors } from "../../shared/common-errors.js";
import { defineErrors } from "../../shared/errors.js";

export const airboxErrors = defineErrors({
  ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "SERVICE_SUSPENDED", "INVALID_TEXT"),
  NOT_SERVED: {
    rule: "AIR-2",
    fr: "Le secours Airbox est réservé aux membres actifs dont l'option Intérieur est en cours.",
    en: "The Airbox backup is for active members whose Option Intérieur is in force.",
  },
  MEMBERSHIP_NOT_ACTIVE: {
    rule: "AIR-1",
    fr: "L'Airbox est remise au rendez-vous d'entrée d'un membre dont l'adhésion est active.",
    en: "The Airbox is handed over at the entry appointment of a member whose membership is active.",
  },
  AIRBOX_ALREADY_ASSIGNED: {
    rule: "AIR-1",
    fr: "Ce membre a déjà une Airbox (n° {serialNumber}) : une seule par membre.",
    en: "This member already has an Airbox (serial {serialNumber}): one per member.",
  },
  INVALID_SERIAL: {
    rule: "AIR-1",
    fr: "Le numéro de série doit compter de 4 à 40 lettres, chiffres ou tirets.",
    en: "The serial number must have 4 to 40 letters, digits or hyphens.",
  },
  INVALID_ICCID: {
    rule: "AIR-1",
    fr: "L'ICCID de la carte SIM doit compter 18 à 20 chiffres, commencer par 89 et avoir une clé de contrôle valide.",
    en: "The SIM ICCID must have 18 to 20 digits, start with 89 and have a valid check digit.",
  },
  SERIAL_IN_USE: { rule: "AIR-1", fr: "Cette Airbox est déjà attribuée à un membre.", en: "This Airbox is already assigned to a member." },
  ICCID_IN_USE: { rule: "AIR-1", fr: "Cette carte SIM est déjà attribuée à une Airbox.", en: "This SIM card is already assigned to an Airbox." },
  HANDOVER_IN_FUTURE: { rule: "AIR-1", fr: "La date de remise ne peut pas être dans le futur.", en: "The handover date cannot be in the future." },
  NO_AIRBOX: {
    rule: "AIR-1",
    fr: "Aucune Airbox n'a été remise à ce membre.",
    en: "No Airbox has been handed over to this member.",
  },
  AIRBOX_NOT_FOUND: { rule: "AUT-2", fr: "Airbox introuvable, ou vous n'y avez pas accès.", en: "Airbox not found, or you do not have access to it." },
  INADEQUATE_USE: {
    rule: "AIR-2",
    fr: "Une utilisation inadaptée de l'Airbox a été constatée le {at} : Parnasse n'intervient plus sur cette Airbox.",
    en: "Inadequate use of the Airbox was recorded on {at}: Parnasse no longer intervenes on this Airbox.",
  },
  NOT_AT_HOME: {
    rule: "AIR-2",
    fr: "La carte SIM de l'Airbox n'est activée qu'au domicile déclaré du membre (son adresse principale), jamais pour un usage mobile.",
    en: "The Airbox SIM is activated only at the member's declared home (their main address), never for mobile use.",
  },
  INCIDENT_ALREADY_OPEN: {
    rule: "AIR-2",
    fr: "Un incident est déjà en cours pour cette Airbox.",
    en: "An incident is already open for this Airbox.",
  },
  INCIDENT_NOT_FOUND: { rule: "AUT-2", fr: "Incident introuvable, ou vous n'y avez pas accès.", en: "Incident not found, or you do not have access to it." },
  INCIDENT_NOT_PENDING: {
    rule: "AIR-2",
    fr: "Cet incident n'attend pas d'activation (statut {status}).",
    en: "This incident is not waiting for an activation (status {status}).",
  },
  INCIDENT_CLOSED: { rule: "AIR-2", fr: "Cet incident est déjà clos.", en: "This incident is already closed." },
  REPAIR_ALREADY_OPEN: {
    rule: "AIR-3",
    fr: "Une réparation est déjà en cours pour cette Airbox.",
    en: "A repair is already under way for this Airbox.",
  },
  REPAIR_NOT_FOUND: { rule: "AUT-2", fr: "Réparation introuvable, ou vous n'y avez pas accès.", en: "Repair not found, or you do not have access to it." },
  REMOTE_DIAGNOSIS_FIRST: {
    rule: "AIR-3",
    fr: "Un diagnostic à distance doit d'abord conclure qu'un technicien est nécessaire.",
    en: "A remote diagnosis must first conclude that a technician is needed.",
  },
  WRONG_REPAIR_STEP: {
    rule: "AIR-3",
    fr: "Cette étape n'est pas possible au statut actuel de la réparation ({status}).",
    en: "This step is not possible at the repair's current status ({status}).",
  },
  SLOT_OUTSIDE_HOURS: {
    rule: "AIR-3",
    fr: "Le technicien Airbox intervient du lundi au vendredi, de 8 h à 20 h : choisissez un créneau dans ces horaires.",
    en: "The Airbox technician works Monday to Friday, 8 am to 8 pm: choose a slot within these hours.",
  },
  SLOT_IN_PAST: { rule: "AIR-3", fr: "Le créneau doit être dans le futur.", en: "The slot must be in the future." },
  NOT_A_TECHNICIAN: {
    rule: "AIR-3",
    fr: "Indiquez un technicien en activité.",
    en: "Name an active technician.",
  },
  NO_HOME_ADDRESS: {
    rule: "ZON-2",
    fr: "Le technicien intervient à l'adresse principale du membre : aucune n'est déclarée.",
    en: "The technician comes to the member's main address: none is declared.",
  },
  REPLACEMENT_REQUIRED: {
    rule: "AIR-3",
    fr: "Un remplacement indique le numéro de série et l'ICCID de la nouvelle Airbox.",
    en: "A replacement gives the new Airbox's serial number and ICCID.",
  },
});

export type AirboxErrorCode = keyof typeof airboxErrors.catalog;
