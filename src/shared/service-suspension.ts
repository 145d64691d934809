import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { dunningCases } from "../../db/schema/billing.js";
import type { Queryable } from "./db.js";

/**
 * BIL-9: services are suspended for non-payment while the member's open dunning case has reached
 * suspension (closed when the debt is paid). The subscription stays due: the invoice run never
 * looks here. The one place the service modules ask, next to their "ACTIVE member with the option
 * in force" check; the rule is owned by src/modules/collections.
 */
export async function isServiceSuspended(db: Queryable, memberId: string): Promise<boolean> {
  const rows = await db
    .select({ id: dunningCases.id })
    .from(dunningCases)
    .where(and(eq(dunningCases.memberId, memberId), isNull(dunningCases.closedAt), isNotNull(dunningCases.suspendedAt)))
    .limit(1);
  return rows.length > 0;
}

/** The message of the refusal, for every module's catalog (code SERVICE_SUSPENDED, rule BIL-9). */
export const SERVICE_SUSPENDED_ERROR = {
  rule: "BIL-9",
  fr: "Services suspendus pour défaut de paiement : réglez le montant échu pour les retrouver.",
  en: "Services are suspended for non-payment: settle the overdue amount to restore them.",
} as const;
