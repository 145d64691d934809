import type { Context } from "../../context.js";
import { actorRole } from "../../authz/actor.js";
import { fail, ok, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { idOfType } from "../../shared/relay.js";
import { airboxErrors, type AirboxErrorCode } from "./airbox.errors.js";
import { airboxPolicies, requireDispatcher, requireServingStaff } from "./airbox.policies.js";
import type { AirboxIncidentInput, AssignAirboxIncidentTechnicianInput, DeclareAirboxIncidentInput } from "./airbox.inputs.js";
import { toAirboxIncident } from "./airbox.mappers.js";
import { airboxRepository as repo, type IncidentRow } from "./airbox.repository.js";
import { AIRBOX_OFFER, inadequateUse, text, type Err } from "./airbox.rules.js";
import { namedTechnician } from "../members/index.js";
import { SERVED } from "./airbox.service.js";
import type { AirboxIncident } from "./airbox.types.js";

const DESCRIPTION_MAX = 1000;
type IncidentResult = Result<AirboxIncident, AirboxErrorCode>;

const notFound = () => fail(airboxErrors.error("INCIDENT_NOT_FOUND", ["input", "incidentId"]));

/** The incident, if the actor may act on it (AUT-3: the desk, or the technician assigned to it); otherwise not found. */
async function findIncident(ctx: Context, globalId: string): Promise<Result<IncidentRow, AirboxErrorCode>> {
  const id = idOfType(globalId, "AirboxIncident");
  const row = id ? await ctx.loaders.airbox.incidentById.load(id) : null;
  return row && airboxPolicies.actOnCase(ctx.actor, row.technicianId) ? ok(row) : notFound();
}

/** AIR-2: incidents on the home connection; the Airbox SIM (200 GB) serves the member's home only. */
export const airboxIncidentsService = {
  /** Declared to the Desk by the member, their delegate (on the member's behalf) or the desk. */
  async declare(ctx: Context, input: DeclareAirboxIncidentInput): Promise<IncidentResult> {
    const errors: Err[] = [];
    const description = text(input.description, DESCRIPTION_MAX, ["input", "description"], errors, true);
    if (errors.length || description === null) return fail(...errors);
    const wantedAddress = input.addressId == null ? null : (idOfType(input.addressId, "Address") ?? "invalid");
    const member = { globalId: input.memberId, mayActFor: airboxPolicies.declare };
    return memberCommand(ctx, { operation: "declareAirboxIncident", errors: airboxErrors, member, requires: SERVED }, async ({ tx, member, audit }) => {
      const airbox = await repo.currentOf(tx, member.id);
      if (!airbox) return fail(airboxErrors.error("NO_AIRBOX", ["input"]));
      const refused = inadequateUse(airbox);
      if (refused) return fail(refused);
      const home = await repo.activeMainAddress(tx, member.id);
      if (!home || (wantedAddress !== null && wantedAddress !== home.id)) return fail(airboxErrors.error("NOT_AT_HOME", ["input", "addressId"]));
      if (await repo.openIncidentOf(tx, member.id)) return fail(airboxErrors.error("INCIDENT_ALREADY_OPEN", ["input"]));
      const row = await repo.insertIncident(tx, {
        airboxId: airbox.id,
        memberId: member.id,
        addressId: home.id,
        description,
        status: "DECLARED",
        declaredAt: ctx.clock.now(),
        declaredBy: actorId(ctx),
        declaredByRole: actorRole(ctx.actor),
      });
      await audit({ targetIds: [row.id, airbox.id] });
      return ok(toAirboxIncident(row));
    });
  },

  /**
   * AUT-3: the desk assigns the open incident to a technician (or moves it to another): from then
   * on that technician, and the desk, act on it, and he serves the member (membersServedBy).
   */
  async assignTechnician(ctx: Context, input: AssignAirboxIncidentTechnicianInput): Promise<IncidentResult> {
    requireDispatcher(ctx);
    const found = await findIncident(ctx, input.incidentId);
    if (!found.ok) return found;
    const technicianId = await namedTechnician(ctx, input.technicianId);
    if (!technicianId) return fail(airboxErrors.error("NOT_A_TECHNICIAN", ["input", "technicianId"]));
    const { id, memberId } = found.value;
    return memberCommand(ctx, { operation: "assignAirboxIncidentTechnician", errors: airboxErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const incident = await repo.incidentById(tx, id);
      if (!incident) return notFound();
      if (incident.status === "CLOSED") return fail(airboxErrors.error("INCIDENT_CLOSED", ["input", "incidentId"]));
      const row = await repo.updateIncident(tx, id, { technicianId });
      await audit({ targetIds: [id, technicianId], details: { previousTechnicianId: incident.technicianId } });
      return ok(toAirboxIncident(row));
    });
  },

  /** The desk, or the technician assigned to the incident, activates the SIM: 200 GB, only while the incident's address is still the member's home. */
  async activateSim(ctx: Context, input: AirboxIncidentInput): Promise<IncidentResult> {
    requireServingStaff(ctx);
    const found = await findIncident(ctx, input.incidentId);
    if (!found.ok) return found;
    const { id, memberId } = found.value;
    return memberCommand(ctx, { operation: "activateAirboxSim", errors: airboxErrors, member: { id: memberId }, requires: SERVED }, async ({ tx, audit }) => {
      const incident = await repo.incidentById(tx, id);
      // Re-checked under the member lock: the desk may have moved the incident to another technician.
      if (!incident || !airboxPolicies.actOnCase(ctx.actor, incident.technicianId)) return notFound();
      if (incident.status !== "DECLARED") return fail(airboxErrors.error("INCIDENT_NOT_PENDING", ["input", "incidentId"], { status: incident.status }));
      const airbox = await repo.airboxById(tx, incident.airboxId);
      if (!airbox || airbox.replacedAt) return fail(airboxErrors.error("NO_AIRBOX", ["input", "incidentId"]));
      const refused = inadequateUse(airbox, ["input", "incidentId"]);
      if (refused) return fail(refused);
      const home = await repo.activeMainAddress(tx, memberId);
      if (!home || home.id !== incident.addressId) return fail(airboxErrors.error("NOT_AT_HOME", ["input", "incidentId"]));
      const row = await repo.updateIncident(tx, id, {
        status: "SIM_ACTIVATED",
        simActivatedAt: ctx.clock.now(),
        simActivatedBy: actorId(ctx),
        dataAllowanceGb: AIRBOX_OFFER.simDataAllowanceGb,
      });
      await audit({ targetIds: [id, airbox.id], details: { dataAllowanceGb: row.dataAllowanceGb, addressId: row.addressId } });
      return ok(toAirboxIncident(row));
    });
  },

  /** The home connection is back: the incident is closed (and the SIM allowance with it), by the desk or the assigned technician. */
  async close(ctx: Context, input: AirboxIncidentInput): Promise<IncidentResult> {
    requireServingStaff(ctx);
    const found = await findIncident(ctx, input.incidentId);
    if (!found.ok) return found;
    const { id, memberId } = found.value;
    return memberCommand(ctx, { operation: "closeAirboxIncident", errors: airboxErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const incident = await repo.incidentById(tx, id);
      if (!incident || !airboxPolicies.actOnCase(ctx.actor, incident.technicianId)) return notFound();
      if (incident.status === "CLOSED") return fail(airboxErrors.error("INCIDENT_CLOSED", ["input", "incidentId"]));
      const row = await repo.updateIncident(tx, id, { status: "CLOSED", closedAt: ctx.clock.now() });
      await audit({ targetIds: [id], details: { previousStatus: incident.status } });
      return ok(toAirboxIncident(row));
    });
  },
};
