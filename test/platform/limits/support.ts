import { type Actor } from "../../../src/authz/actor.js";
import { mintToken } from "../../../src/authz/tokens.js";
import { post, testConfig } from "../../support/http.js";

/** The Authorization header of `actor`, signed with the test configuration's key. */
export async function authOf(actor: Actor): Promise<Record<string, string>> {
  if (actor.kind === "anonymous") return {};
  const token = await mintToken(testConfig().auth, {
    role: actor.role,
    subjectId: actor.subjectId,
    ...(actor.kind === "member-scoped" ? { memberId: actor.memberId } : {}),
  });
  return { authorization: `Bearer ${token}` };
}

export async function ask(url: string, actor: Actor, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return post(url, { query, variables }, { ...(await authOf(actor)), ...headers });
}

/** `"cost";r=12;t=3` → { r: 12, t: 3 } */
export function parseRateLimit(header: string | null): Record<string, number | string> {
  if (!header) return {};
  const [name, ...params] = header.split(";");
  return { name: name!, ...Object.fromEntries(params.map((p) => p.split("=")).map(([k, v]) => [k!, Number(v)])) };
}
