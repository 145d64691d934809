import { eq } from "drizzle-orm";
import { members, privacyRequests, processingLimits } from "../../../db/schema/index.js";
import type { Actor } from "../../../src/authz/actor.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { gql, payloadOf, type ExecOptions } from "../../support/api.js";

export const FILE = `mutation($input: FilePrivacyRequestInput!) {
  filePrivacyRequest(input: $input) {
    request { id kind channel status purpose receivedAt dueAt overdue identityProof { kind reference } processingLimits { id kind purpose inForce } }
    userErrors { code rule message field }
  }
}`;
export const EXTEND = `mutation($input: ExtendPrivacyRequestDeadlineInput!) {
  extendPrivacyRequestDeadline(input: $input) { request { id dueAt extendedAt extensionReason } userErrors { code rule message field } }
}`;
export const ANSWER = `mutation($input: AnswerPrivacyRequestInput!) {
  answerPrivacyRequest(input: $input) { request { id status answeredAt answer answeredLate } userErrors { code rule message field } }
}`;
export const REJECT = `mutation($input: RejectPrivacyRequestInput!) {
  rejectPrivacyRequest(input: $input) { request { id status answer processingLimits { inForce liftedReason } } userErrors { code rule message field } }
}`;
export const LIFT = `mutation($input: LiftProcessingLimitInput!) {
  liftProcessingLimit(input: $input) { limit { id inForce liftedAt liftedReason } userErrors { code rule message field } }
}`;

/** The test clock of this file: 26 November 2026, 10:00 UTC (11:00 Paris). */
export const NOW = "2026-11-26T10:00:00Z";
export const clockAt = (at: string = NOW) => new ManualClock(at);

export const POSTED = (memberGid: string, overrides: Record<string, unknown> = {}) => ({
  memberId: memberGid,
  kind: "ACCESS",
  channel: "POST",
  receivedAt: "2026-11-20T09:00:00Z",
  identityProof: { kind: "IDENTITY_CARD", reference: "CNI …4821, courrier du 20/11" },
  ...overrides,
});

export async function file(db: Database, actor: Actor, input: Record<string, unknown>, options: ExecOptions = {}) {
  const res = await gql(db, actor, FILE, { variables: { input }, ...options });
  return { res, payload: payloadOf<{ request: { id: string; dueAt: string; processingLimits: { id: string }[] } | null }>(res, "filePrivacyRequest") };
}

export const requestRows = (db: Database, memberId: string) => db.db.select().from(privacyRequests).where(eq(privacyRequests.memberId, memberId));
export const limitRows = (db: Database, memberId: string) => db.db.select().from(processingLimits).where(eq(processingLimits.memberId, memberId));
export async function memberRow(db: Database, memberId: string) {
  const [row] = await db.db.select().from(members).where(eq(members.id, memberId));
  return row!;
}
