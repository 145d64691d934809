import type { Locale } from "../../shared/i18n.js";
import { memberNodeIds } from "../../shared/relay.js";
import type { CategoryRow, PrivilegeRow, RequestRow, StatusChangeRow } from "./concierge.repository.js";
import {
  ACTOR_ROLES,
  ConciergeCategory,
  ConciergePrivilege,
  ConciergeRequest,
  ConciergeStatusChange,
  PartnerConciergeRequest,
  type PRIVILEGE_STATUSES,
} from "./concierge.types.js";

type ActorRole = (typeof ACTOR_ROLES)[number];
const asActorRole = (role: string): ActorRole => ((ACTOR_ROLES as readonly string[]).includes(role) ? (role as ActorRole) : "DESK_AGENT");

/** The one place rows become GraphQL objects. */
function common(row: RequestRow) {
  return {
    ...memberNodeIds("ConciergeRequest", row),
    categoryCode: row.category,
    content: row.content,
    status: row.status,
    statusReason: row.statusReason,
    callbackPhone: row.callbackPhone,
    preferredLanguage: row.preferredLanguage,
    submittedAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toConciergeRequest(row: RequestRow): ConciergeRequest {
  return Object.assign(new ConciergeRequest(), {
    ...common(row),
    callbackRequested: row.callbackPhone !== null,
    privilegeRequired: row.privilegeRequired,
    scope: "SEARCH_AND_CONNECTION" as const,
    submittedByRole: asActorRole(row.submittedByRole),
    submittedByRawId: row.submittedById,
  });
}

/** CON-5: names come from the member row, picked here and nothing else. */
export function toPartnerRequest(row: RequestRow, member: { firstName: string; lastName: string }): PartnerConciergeRequest {
  return Object.assign(new PartnerConciergeRequest(), { ...common(row), memberFirstName: member.firstName, memberLastName: member.lastName });
}

export function toStatusChange(row: StatusChangeRow): ConciergeStatusChange {
  return Object.assign(new ConciergeStatusChange(), { from: row.fromStatus, to: row.toStatus, reason: row.reason, at: row.at, byRole: asActorRole(row.byRole) });
}

export function toCategory(row: CategoryRow, locale: Locale): ConciergeCategory {
  return Object.assign(new ConciergeCategory(), { code: row.code, label: locale === "en" ? row.labelEn : row.labelFr, included: row.included, position: row.position });
}

export function privilegeStatus(row: PrivilegeRow, now: Date): (typeof PRIVILEGE_STATUSES)[number] {
  if (!row.endsAt) return "ACTIVE";
  return row.endsAt > now ? "CANCELLATION_PENDING" : "ENDED";
}

export function toPrivilege(row: PrivilegeRow, now: Date): ConciergePrivilege {
  return Object.assign(new ConciergePrivilege(), {
    ...memberNodeIds("ConciergePrivilege", row),
    status: privilegeStatus(row, now),
    startedAt: row.startedAt,
    cancelledAt: row.cancelledAt,
    endsAt: row.endsAt,
  });
}
