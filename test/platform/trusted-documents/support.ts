import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pino } from "pino";
import { mintToken } from "../../../src/authz/tokens.js";
import type { Database } from "../../../src/shared/db.js";
import { aCast } from "../../support/factories.js";
import { testConfig } from "../../support/http.js";

const ROOT = resolve(import.meta.dirname, "../../..");

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** An app operation as the manifest lists it: the file's exact text and its id. */
export function appDocument(file: string) {
  const body = readFileSync(join(ROOT, "examples/app", file), "utf8");
  return { body, id: sha256(body) };
}

/** The documents the tests send: one per app role, and an anonymous one. */
export const DOCS = {
  MEMBER: appDocument("010-me.graphql"),
  DELEGATE: appDocument("080-delegate-me.graphql"),
  PAYER: appDocument("180-payer-me.graphql"),
  ANONYMOUS: appDocument("030-service-availability.graphql"),
};
export const ANONYMOUS_VARIABLES = { service: "COACH" };

/** A query that is in no manifest. */
export const UNLISTED = "query NotListed { me { role } }";

/** A principal in the database for every role, and its Authorization header. */
export async function aTokenCast(db: Database) {
  const cast = await aCast(db);
  const auth = testConfig().auth;
  const bearer = async (claims: Parameters<typeof mintToken>[1]) => ({ authorization: `Bearer ${await mintToken(auth, claims)}` });
  return {
    cast,
    headers: {
      MEMBER: await bearer({ role: "MEMBER", subjectId: cast.member.id, memberId: cast.member.id }),
      DELEGATE: await bearer({ role: "DELEGATE", subjectId: cast.delegate.id, memberId: cast.member.id }),
      PAYER: await bearer({ role: "PAYER", subjectId: cast.payer.id, memberId: cast.member.id }),
      CONCIERGE_PARTNER: await bearer({ role: "CONCIERGE_PARTNER", subjectId: cast.staff.CONCIERGE_PARTNER.id }),
      DESK_AGENT: await bearer({ role: "DESK_AGENT", subjectId: cast.staff.DESK_AGENT.id }),
      ANONYMOUS: {} as Record<string, string>,
    },
  };
}

/** A pino logger that keeps every line it writes, parsed, for assertions on levels. */
export function capturedLog() {
  const lines: { level: number; msg: string; [key: string]: unknown }[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  /** The lines of one request (sent with that x-request-id), once its "request" line is written (after the answer is sent). */
  const linesOf = async (requestId: string) => {
    const deadline = Date.now() + 5_000;
    while (!lines.some((l) => l.requestId === requestId && l.msg === "request")) {
      if (Date.now() > deadline) throw new Error(`no "request" log line for ${requestId}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return lines.filter((l) => l.requestId === requestId);
  };
  return { log, lines, linesOf };
}

/** GET /graphql with the given parameters; the header passes Apollo's CSRF prevention, as a real client's would. */
export async function get(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}?${new URLSearchParams(params)}`, { headers: { "apollo-require-preflight": "true", ...headers } });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, text };
}
