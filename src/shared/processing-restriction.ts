import { and, eq, inArray, isNull } from "drizzle-orm";
import { privacyRequests, processingLimits } from "../../db/schema/privacy.js";
import type { Actor } from "../authz/actor.js";
import type { Queryable } from "./db.js";

/**
 * GDP-1 (GDPR art. 18): while a member's RESTRICTION of ACCOUNT_DATA is in force, staff do not
 * change the member's account data (contact details, addresses, delegate, payers). The member
 * themself still may (art. 18(2): with the data subject's consent), and staff may when the change
 * answers the member's open RECTIFICATION or RESTRICTION request itself. The rule is owned by
 * src/modules/privacy; this is the one query the kernel's `notRestricted` prerequisite asks.
 */
export async function accountDataRestricted(db: Queryable, memberId: string): Promise<boolean> {
  const t = processingLimits;
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.memberId, memberId), eq(t.kind, "RESTRICTION"), eq(t.purpose, "ACCOUNT_DATA"), isNull(t.liftedAt)))
    .limit(1);
  return rows.length > 0;
}

/** True when `requestId` is the member's open RECTIFICATION or RESTRICTION request: the change answers it. */
export async function answersOpenRequest(db: Queryable, memberId: string, requestId: string): Promise<boolean> {
  const t = privacyRequests;
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.id, requestId), eq(t.memberId, memberId), eq(t.status, "RECEIVED"), inArray(t.kind, ["RECTIFICATION", "RESTRICTION"])))
    .limit(1);
  return rows.length > 0;
}

/** Whether the restriction binds this actor: staff only; the member (or their delegate) acts with the member's consent. */
export function restrictionBinds(actor: Actor): boolean {
  return actor.kind === "staff";
}

/** The refusal, for every module's catalogue (code PROCESSING_RESTRICTED, rule GDP-1). */
export const PROCESSING_RESTRICTED_ERROR = {
  rule: "GDP-1",
  fr: "Le membre a demandé la limitation du traitement de ses données de compte : elles ne sont pas modifiées par le personnel tant qu'elle est en vigueur, sauf pour répondre à sa demande (indiquez-la dans privacyRequestId).",
  en: "The member asked for the processing of their account data to be restricted: staff do not change it while the restriction is in force, except to answer that request (name it in privacyRequestId).",
} as const;
