import { request as httpRequest } from "node:http";
import { and, eq } from "drizzle-orm";
import { auditLog, events, idempotencyKeys, interventions } from "../../../db/schema/index.js";
import { mintToken } from "../../../src/authz/tokens.js";
import type { Database } from "../../../src/shared/db.js";
import { BOOK, aScene, bookingInput } from "../../modules/interventions/support.js";
import { post, testConfig } from "../../support/http.js";

export { BOOK, bookingInput };

/** The test clock of the interventions scene: Thursday 26 November 2026, before the booked Tuesday. */
export const NOW = "2026-11-26T10:00:00Z";

export type Scene = Awaited<ReturnType<typeof aScene>> & { token: string; auth: string };

/** A member holding the option with a failed remote assistance, and a desk agent's token to book a visit for it. */
export async function aBookingScene(db: Database): Promise<Scene> {
  const scene = await aScene(db);
  const token = await mintToken(testConfig().auth, { role: "DESK_AGENT", subjectId: scene.staff.DESK_AGENT.id });
  return { ...scene, token, auth: `Bearer ${token}` };
}

/** POST /graphql with the scene's desk agent, and `key` as the Idempotency-Key header unless null. */
export function book(url: string, scene: Scene, key: string | null, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return post(
    url,
    { query: BOOK, variables: { input: bookingInput(scene, overrides) } },
    { authorization: scene.auth, ...(key === null ? {} : { "idempotency-key": key }), ...headers },
  );
}

/** Everything a booking writes for the scene's member: interventions, audit rows, events, and the keys of the desk agent. */
export async function effects(db: Database, scene: Scene) {
  const [i, a, e, k] = await Promise.all([
    db.db.select({ id: interventions.id }).from(interventions).where(eq(interventions.memberId, scene.member.id)),
    db.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.operation, "bookHomeIntervention"), eq(auditLog.onBehalfOfMemberId, scene.member.id))),
    db.db.select({ id: events.id }).from(events).where(eq(events.memberId, scene.member.id)),
    db.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.scope, `DESK_AGENT:${scene.staff.DESK_AGENT.id}`)),
  ]);
  return { interventions: i.length, audits: a.length, events: e.length, keys: k.length };
}

/**
 * Sends a request and drops the connection as soon as the answer starts to arrive, without
 * reading it: the client of a phone that lost its network after the server committed.
 */
export function sendAndHangUp(url: string, body: unknown, headers: Record<string, string>): Promise<void> {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers } });
    req.on("error", () => resolve());
    req.on("response", (res) => {
      res.destroy();
      req.destroy();
      resolve();
    });
    req.end(payload);
  });
}

export async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}
