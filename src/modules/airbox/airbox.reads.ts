import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import type { Node } from "../../shared/relay.js";
import { premisesService, type Address } from "../premises/index.js";
import { airboxPolicies } from "./airbox.policies.js";
import { toAirbox, toAirboxIncident, toAirboxRepair } from "./airbox.mappers.js";
import type { Airbox, AirboxIncident, AirboxRepair } from "./airbox.types.js";

/**
 * Reads through the request's DataLoaders; each checks the actor may read the member's Airbox
 * (AUT-2/AUT-3: a technician only the members he serves, the check batched by its own loader).
 */
export const airboxReads = {
  async current(ctx: Context, memberId: string): Promise<Airbox | null> {
    if (!(await airboxPolicies.read(ctx, memberId))) return null;
    const row = await ctx.loaders.airbox.currentAirboxByMemberId.load(memberId);
    return row && toAirbox(row);
  },

  async byId(ctx: Context, memberId: string, id: string | null): Promise<Airbox | null> {
    if (!id || !(await airboxPolicies.read(ctx, memberId))) return null;
    const row = await ctx.loaders.airbox.airboxById.load(id);
    return row && toAirbox(row);
  },

  async incidents(ctx: Context, airbox: Airbox): Promise<AirboxIncident[]> {
    if (!(await airboxPolicies.read(ctx, airbox.memberRawId))) return [];
    return (await ctx.loaders.airbox.incidentsByAirboxId.load(airbox.rawId)).map(toAirboxIncident);
  },

  async repairs(ctx: Context, airbox: Airbox): Promise<AirboxRepair[]> {
    if (!(await airboxPolicies.read(ctx, airbox.memberRawId))) return [];
    return (await ctx.loaders.airbox.repairsByAirboxId.load(airbox.rawId)).map(toAirboxRepair);
  },

  /** The home the SIM serves; null for whoever may not read the member's addresses (technicians). */
  homeAddress(ctx: Context, incident: AirboxIncident): Promise<Address | null> {
    return premisesService.addressNode(ctx, incident.addressRawId);
  },

  /** `node(id:)`: null when unknown or not visible (no existence leak). */
  async node(ctx: Context, type: string, id: string): Promise<Node | null> {
    if (!(await principalIsCurrent(ctx))) return null;
    const loaders = ctx.loaders.airbox;
    const visible = async (row: { memberId: string } | null) => row !== null && (await airboxPolicies.read(ctx, row.memberId));
    switch (type) {
      case "Airbox": {
        const row = await loaders.airboxById.load(id);
        return row && (await visible(row)) ? toAirbox(row) : null;
      }
      case "AirboxIncident": {
        const row = await loaders.incidentById.load(id);
        return row && (await visible(row)) ? toAirboxIncident(row) : null;
      }
      case "AirboxRepair": {
        const row = await loaders.repairById.load(id);
        return row && (await visible(row)) ? toAirboxRepair(row) : null;
      }
      default:
        return null;
    }
  },
};

export const AIRBOX_NODE_TYPES = ["Airbox", "AirboxIncident", "AirboxRepair"] as const;
