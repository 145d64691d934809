import { Payload } from "../../shared/payload.js";
import { userErrorType } from "../../shared/user-errors.js";
import { airboxErrors } from "./airbox.errors.js";
import { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";

const airboxUserErrors = userErrorType("Airbox", airboxErrors);

export const AirboxPayload = Payload("Airbox", airboxUserErrors, {
  airbox: { type: () => Airbox, description: "The Airbox after the change; null when refused." },
});
export const AirboxIncidentPayload = Payload("AirboxIncident", airboxUserErrors, {
  incident: { type: () => AirboxIncident, description: "The incident after the change; null when refused." },
});
export const AirboxRepairPayload = Payload("AirboxRepair", airboxUserErrors, {
  repair: { type: () => AirboxRepair, description: "The repair after the change; null when refused." },
});
