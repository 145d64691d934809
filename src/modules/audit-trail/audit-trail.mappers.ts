import type { Locale } from "../../shared/i18n.js";
import type { HistoryRow } from "./audit-trail.repository.js";
import { FOR_WORD, operationLabel, ROLE_WORDS, SYSTEM_WORDS } from "./audit-trail.rules.js";
import { AuditActor, HistoryEntry } from "./audit-trail.types.js";
import { ROLES, type Role } from "../../authz/actor.js";

/** Keys of audit details that hold database ids (`replacedDelegateId`, `targetIds`…): internal, never shown. */
const INTERNAL_KEY = /(Id|Ids)$/;

/** The one place audit rows become GraphQL objects. */
export function toHistoryEntry(row: HistoryRow, actor: AuditActor, locale: Locale): HistoryEntry {
  const details = Object.fromEntries(Object.entries(row.details ?? {}).filter(([key]) => !INTERNAL_KEY.test(key)));
  return Object.assign(new HistoryEntry(), {
    memberRawId: row.memberId,
    at: row.at,
    operation: row.operation,
    operationLabel: operationLabel(row.operation, locale),
    actor,
    details,
    changedFields: Object.keys(details),
  });
}

/**
 * « Luc Bernard, délégué, pour Jeanne Dupont »: the name (when known), the role in words, and
 * the member acted for when it is not the actor themself. A role outside ROLES is an automatic job.
 */
export function toActor(role: string, name: string | null, onBehalfOf: string | null, locale: Locale): AuditActor {
  const known = (ROLES as readonly string[]).includes(role) ? (role as Role) : null;
  const parts = known ? [name, ROLE_WORDS[known]![locale]].filter((part): part is string => Boolean(part)) : [SYSTEM_WORDS[locale]];
  if (onBehalfOf) parts.push(`${FOR_WORD[locale]} ${onBehalfOf}`);
  const label = parts.join(", ");
  return Object.assign(new AuditActor(), { role: known, name: known ? name : null, onBehalfOf, label: label.charAt(0).toUpperCase() + label.slice(1) });
}
