import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { buildContext } from "../../src/modules/registry.js";
import { DEMO_TARIFFS } from "../../src/config.js";
import { coachingPermissions } from "../../src/modules/coaching/coaching.permissions.js";
import { devicesPermissions } from "../../src/modules/devices/devices.permissions.js";
import { ManualClock } from "../../src/shared/clock.js";
import { errorCodes, gql, silentLog } from "../support/api.js";
import { useTestDatabase } from "../support/db.js";
import { withFailingStatements } from "../support/faults.js";
import { aCoachedCast } from "../modules/devices/devices.support.js";
import { aQuotedRequest } from "../modules/quotes/quotes.support.js";
import { aScene, anIntervention } from "../modules/interventions/support.js";

/**
 * Rules that load something (the member's coach, the members a technician serves) meet outages
 * too. graphql-shield turns a thrown error into `false`, which would answer FORBIDDEN: the
 * project's `rule` (src/authz/rule.ts) answers SERVICE_UNAVAILABLE instead. Each case makes the
 * rule's own statement fail as in a PostgreSQL restart (57P01), the statements before it succeed,
 * and checks the answer; the same query without the fault shows the object, so the fault is what
 * changed the answer.
 */
const COACH_LOOKUP = /from "coach_assignments" where "coach_assignments"\."member_id" = any\(/;

describe("an outage inside an authorization rule answers SERVICE_UNAVAILABLE, never FORBIDDEN", () => {
  const db = useTestDatabase();

  async function expectOutageOnly(actor: Parameters<typeof gql>[1], query: string, pick: (data: any) => unknown) {
    const healthy = await gql(db.current, actor, query);
    expect(healthy.errors).toBeUndefined();
    expect(pick(healthy.data)).not.toBeNull();

    const failing = withFailingStatements(db.current, COACH_LOOKUP);
    const result = await gql(failing, actor, query);
    expect(failing.sent.some((s) => COACH_LOOKUP.test(s))).toBe(true);
    expect(errorCodes(result)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(JSON.stringify(result.errors)).not.toMatch(/coach_assignments|57P01|administrator/);
  }

  it("canReadQuoteOwner (quotes.permissions.ts): a coach reading a quote of a member they coach", async () => {
    const cast = await aCoachedCast(db.current);
    await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY");
    await expectOutageOnly(cast.as.COACH, `{ quotes(first: 5) { edges { node { id } } } }`, (d) => d?.quotes);
  });

  it("canReadIntervention (interventions.permissions.ts): a coach reading a coach visit", async () => {
    const scene = await aScene(db.current);
    await anIntervention(db.current, scene, { kind: "COACH_VISIT", performerId: scene.staff.COACH.id });
    await expectOutageOnly(scene.as.COACH, `{ interventions(first: 5) { edges { node { id } } } }`, (d) => d?.interventions);
  });

  /** Rules that no GraphQL path reaches before a resolver has loaded the same data: evaluated directly, as shield would. */
  async function ruleAnswerOnOutage(rule: unknown, parent: { memberRawId: string }, actor: Parameters<typeof gql>[1]) {
    const failing = withFailingStatements(db.current, COACH_LOOKUP);
    const ctx = buildContext({
      requestId: "rule-outage",
      actor: actor!,
      locale: "fr",
      clock: new ManualClock("2026-11-26T10:00:00Z"),
      tariffs: DEMO_TARIFFS,
      db: failing.db,
      log: silentLog,
    });
    const shieldRule = rule as { resolve(parent: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo, options: { debug: boolean }): Promise<unknown> };
    const answer = await shieldRule.resolve(parent, {}, ctx, {} as GraphQLResolveInfo, { debug: false });
    expect(failing.sent.some((s) => COACH_LOOKUP.test(s))).toBe(true);
    return answer instanceof Error ? (answer as { extensions?: { code?: string } }).extensions?.code : answer;
  }

  it("canReadDevice and canReadVipLine (devices.permissions.ts): the coach check, evaluated by the rule itself", async () => {
    // node(id) and coachedMembers load the coach before the rule runs (the rule then hits the loader's cache).
    const cast = await aCoachedCast(db.current);
    const types = devicesPermissions.types as Record<string, unknown>;
    expect(await ruleAnswerOnOutage(types.Device, { memberRawId: cast.member.id }, cast.as.COACH)).toBe("SERVICE_UNAVAILABLE");
    expect(await ruleAnswerOnOutage(types.VipLine, { memberRawId: cast.member.id }, cast.as.COACH)).toBe("SERVICE_UNAVAILABLE");
  });

  it("canReadCoaching (coaching.permissions.ts): the coach check, evaluated by the rule itself", async () => {
    // No GraphQL path hands a coach a Coaching object today (Member.coaching is read by the member's
    // readers, AssignCoachPayload by the desk).
    const cast = await aCoachedCast(db.current);
    expect(await ruleAnswerOnOutage(coachingPermissions.types.Coaching, { memberRawId: cast.member.id }, cast.as.COACH)).toBe("SERVICE_UNAVAILABLE");
  });

  it("every shield rule is built with the project's rule(), so a new rule cannot forget the outage wrapper", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
    const src = join(process.cwd(), "src");
    // `rule` by name (aliased or not), or the whole package through a namespace, default or require import.
    const shieldRuleImport =
      /import\s*\{[^}]*\brule\b[^}]*\}\s*from\s*"graphql-shield"|import\s+(\*\s+as\s+)?\w+\s*(,\s*\{[^}]*\})?\s*from\s*"graphql-shield"|require\(\s*"graphql-shield"\s*\)/;
    const offenders = files(src).filter((f) => f !== join(src, "authz", "rule.ts") && shieldRuleImport.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
