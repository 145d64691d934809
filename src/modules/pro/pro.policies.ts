import { hasRole, type Actor } from "../../authz/actor.js";
import { policies } from "../../authz/policies.js";

const isDesk = (actor: Actor) => hasRole(actor, "DESK_AGENT");
const isAssignedTechnician = (actor: Actor, technicianId: string | null) =>
  actor.kind === "staff" && actor.role === "TECHNICIAN" && technicianId !== null && technicianId === actor.subjectId;

/**
 * Who may do what in Univers Pro: pure functions, used by the shield rules and the services alike.
 * AUT-3: the desk assigns the technician to a service request or a brick (assignProService-
 * Technician, assignProBrickTechnician); only that technician, or the desk, records its study or
 * review. Recording never makes a technician serve a member: the desk's assignment does.
 */
export const proPolicies = {
  /** Requests, decisions, brick subscriptions and terminations: the member, their delegate (MEM-4), the desk. */
  actForMember(actor: Actor, memberId: string): boolean {
    return policies.readMember(actor, memberId);
  },
  /** PRO-1/PRO-3: the roles that may call the study and review mutations at all (shield); the assignment check follows. */
  recordStudy(actor: Actor): boolean {
    return hasRole(actor, "DESK_AGENT", "TECHNICIAN");
  },
  /** AUT-3: this study or review: the desk, or the technician the desk assigned to it. */
  recordOnCase(actor: Actor, technicianId: string | null): boolean {
    return isDesk(actor) || isAssignedTechnician(actor, technicianId);
  },
  /** PRO-1: assignments, quotes and installations are the desk's. */
  actForParnasse(actor: Actor): boolean {
    return isDesk(actor);
  },
  /** Whoever reads the member; a technician reads the requests assigned to him. */
  readService(actor: Actor, row: { memberId: string; technicianId: string | null }): boolean {
    return policies.readMember(actor, row.memberId) || isAssignedTechnician(actor, row.technicianId);
  },
  /** Whoever reads the member; a technician reads the bricks assigned to him. */
  readBrick(actor: Actor, row: { memberId: string; technicianId: string | null }): boolean {
    return policies.readMember(actor, row.memberId) || isAssignedTechnician(actor, row.technicianId);
  },
};
