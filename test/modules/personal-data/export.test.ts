import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, StaffRole } from "../../../src/authz/actor.js";
import { mintToken } from "../../../src/authz/tokens.js";
import { DEMO_TARIFFS } from "../../../src/config.js";
import { CATALOGUE, personalDataService } from "../../../src/modules/personal-data/index.js";
import { buildContext } from "../../../src/modules/registry.js";
import type { RunningApi } from "../../../src/runtime.js";
import { ManualClock } from "../../../src/shared/clock.js";
import type { Database } from "../../../src/shared/db.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, payloadOf, silentLog } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { createTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors, anAddress } from "../../support/factories.js";
import { serve, testConfig } from "../../support/http.js";
import { aMemberWithHistory, type MemberWithHistory } from "./personal-data.support.js";

interface ExportDocument {
  format: string;
  version: string;
  generatedAt: string;
  subject: { memberId: string };
  categories: Record<string, string>;
  sections: { table: string; description: string; erasure: string; records: Record<string, { value: unknown; category: string | null }>[] }[];
}

describe("GET /members/:id/personal-data", () => {
  let database: Database;
  let api: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;
  let history: MemberWithHistory;
  const auth = testConfig().auth;
  const token = (actor: Actor) =>
    actor.kind === "anonymous"
      ? Promise.resolve(null)
      : mintToken(auth, actor.kind === "staff" ? { role: actor.role, subjectId: actor.subjectId } : { role: actor.role, subjectId: actor.subjectId, memberId: actor.memberId });
  const get = async (memberGlobalId: string, actor: Actor | null, method = "GET") => {
    const bearer = actor ? await token(actor) : null;
    const res = await fetch(`${api.url.replace(/\/graphql$/, "")}/members/${memberGlobalId}/personal-data`, {
      method,
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, requestId: res.headers.get("x-request-id")!, json: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await serve(database);
    cast = await aCast(database);
    history = await aMemberWithHistory(database, { status: "ACTIVE", terminatedAt: null, optionEndsAt: null });
  });
  afterAll(async () => {
    await api?.stop();
  });

  const gid = () => toGlobalId("Member", history.member.id);
  const memberActor = () => actors.member(history.member);

  it("GDP-2: the member downloads a complete, versioned JSON export of every catalogued table with their own token", async () => {
    const res = await get(gid(), memberActor());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const doc = res.json as ExportDocument;
    expect([doc.format, doc.version, doc.subject.memberId]).toEqual(["parnasse.personal-data", "1.0", gid()]);
    expect(doc.sections.map((s) => s.table)).toEqual(CATALOGUE.map((e) => e.table));
    const section = (table: string) => doc.sections.find((s) => s.table === table)!;
    expect(section("members").records).toHaveLength(1);
    expect(section("members").records[0]!.last_name).toEqual({ value: "Dupont", category: "identification" });
    expect(section("members").records[0]!.birth_date).toEqual({ value: "1980-01-15", category: "personal-characteristics" });
    expect(section("devices").records[0]!.name).toEqual({ value: "iPhone de Jeanne", category: "products-held" });
    expect(section("concierge_requests").records[0]!.content!.category).toBe("content");
    // Through a parent row: the invoice's line and payment; and the audit rows on behalf of the member.
    expect(section("invoice_lines").records.map((r) => r.id!.value)).toEqual([history.invoiceLineId]);
    expect(section("payments").records.map((r) => r.id!.value)).toEqual([history.paymentId]);
    expect(section("audit_log").records.map((r) => String(r.id!.value))).toContain(history.auditId);
    expect(section("privacy_requests").records.map((r) => r.id!.value)).toEqual([history.erasureRequestId]);
    // Nothing of another member.
    expect(JSON.stringify(doc)).not.toContain(cast.member.id);
  });

  it("GDP-4: every exported value carries one of the documented categories", async () => {
    const doc = (await get(gid(), memberActor())).json as ExportDocument;
    const categories = new Set(Object.keys(doc.categories));
    expect(categories).toEqual(
      new Set([
        "identification",
        "personal-characteristics",
        "contact",
        "personal-life",
        "economic-financial",
        "connection-usage-logs",
        "intervention-reports",
        "products-held",
        "profiles",
        "content",
        "location",
      ]),
    );
    const values = doc.sections.flatMap((s) => s.records.flatMap((r) => Object.entries(r).map(([column, v]) => [`${s.table}.${column}`, v.category] as const)));
    expect(values.length).toBeGreaterThan(150);
    expect(values.filter(([, category]) => category === null || !categories.has(category))).toEqual([]);
  });

  it("GDP-2: each export writes one audit row (exportPersonalData, on behalf of the member) in its transaction", async () => {
    const res = await get(gid(), actors.staff(cast.staff.PRIVACY_OFFICER));
    expect(res.status).toBe(200);
    const audit = await auditRowsOf(database, res.requestId);
    expect(audit.map((a) => [a.operation, a.actorRole, a.actorId, a.onBehalfOfMemberId])).toEqual([
      ["exportPersonalData", "PRIVACY_OFFICER", cast.staff.PRIVACY_OFFICER.id, history.member.id],
    ]);
  });

  it("GDP-2/AUT-2: only the member and the privacy officer get the export; everyone else gets 404 (existence never confirmed), no token 401", async () => {
    const delegate = actors.delegate({ id: history.delegateId, memberId: history.member.id });
    const payer = actors.payer({ id: history.payerId, memberId: history.member.id });
    const refused: [string, Actor][] = [
      ["other member", actors.member(cast.member)],
      ["delegate", delegate],
      ["payer", payer],
      ...(["DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER"] as StaffRole[]).map(
        (role) => [role, actors.staff(cast.staff[role])] as [string, Actor],
      ),
    ];
    const outcomes: Record<string, number> = {};
    for (const [name, actor] of refused) {
      const res = await get(gid(), actor);
      outcomes[name] = res.status;
      expect(await auditRowsOf(database, res.requestId)).toEqual([]);
    }
    expect(outcomes).toEqual(Object.fromEntries(refused.map(([name]) => [name, 404])));
    expect((await get(gid(), null)).status).toBe(401);
    expect((await get(gid(), memberActor())).status).toBe(200);
    expect((await get(gid(), actors.staff(cast.staff.PRIVACY_OFFICER))).status).toBe(200);
    // An unknown member, or an id of another type: 404 for the privacy officer too.
    expect((await get(toGlobalId("Member", randomUUID()), actors.staff(cast.staff.PRIVACY_OFFICER))).status).toBe(404);
    expect((await get(toGlobalId("Invoice", history.invoiceId), actors.staff(cast.staff.PRIVACY_OFFICER))).status).toBe(404);
    expect((await get(gid(), memberActor(), "POST")).status).toBe(405);
  });

  it("GDP-2: the export is read with set-based statements: their count does not grow with the member's rows", async () => {
    const count = async (memberId: string) => {
      const ctx = buildContext({
        requestId: randomUUID(),
        actor: actors.staff(cast.staff.PRIVACY_OFFICER),
        locale: "fr",
        clock: new ManualClock("2026-11-26T10:00:00Z"),
        tariffs: DEMO_TARIFFS,
        db: database.db,
        log: silentLog,
      });
      const before = database.statements.count;
      const doc = await personalDataService.export(ctx, toGlobalId("Member", memberId));
      return { statements: database.statements.count - before, records: doc!.sections.reduce((n, s) => n + s.records.length, 0) };
    };
    const small = await aMember(database);
    const large = await aMember(database);
    for (let i = 0; i < 4; i++) await anAddress(database, large.id, { kind: "EXTRA_SITE", line1: `${i} rue Halévy` });
    await database.db.execute(sql`insert into devices (member_id, name, kind, os, has_internet_connectivity, state, designated_at, designated_by_role, designated_by_id)
      select ${large.id}::uuid, 'Appareil ' || n, 'PHONE', 'IOS', true, 'DESIGNATED', now(), 'MEMBER', ${large.id}::uuid from generate_series(1, 15) n`);
    const [a, b] = [await count(small.id), await count(large.id)];
    expect(b.records - a.records).toBeGreaterThanOrEqual(19);
    expect(b.statements).toBe(a.statements);
    expect(a.statements).toBeLessThanOrEqual(5);
  });

  it("GDP-3: once erased, the member's, the delegate's and the payer's tokens are refused (401); the privacy officer's export shows the anonymised data", async () => {
    const former = await aMemberWithHistory(database);
    const formerGid = toGlobalId("Member", former.member.id);
    const member = actors.member(former.member);
    const delegate = actors.delegate({ id: former.delegateId, memberId: former.member.id });
    const payer = actors.payer({ id: former.payerId, memberId: former.member.id });
    expect((await get(formerGid, member)).status).toBe(200);
    const graphqlStatus = async (actor: Actor) => {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await token(actor)}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      return res.status;
    };
    expect([await graphqlStatus(delegate), await graphqlStatus(payer)]).toEqual([200, 200]);
    const erased = await gql(
      database,
      actors.staff(cast.staff.PRIVACY_OFFICER),
      "mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) { userErrors { code } } }",
      {
        variables: { input: { memberId: formerGid } },
      },
    );
    expect(payloadOf(erased, "erasePersonalData").userErrors).toEqual([]);
    expect((await get(formerGid, member)).status).toBe(401);
    expect([await graphqlStatus(member), await graphqlStatus(delegate), await graphqlStatus(payer)]).toEqual([401, 401, 401]);
    const doc = (await get(formerGid, actors.staff(cast.staff.PRIVACY_OFFICER))).json as ExportDocument;
    const row = doc.sections.find((s) => s.table === "members")!.records[0]!;
    expect([row.last_name!.value, row.email!.value]).toEqual(["Anonyme", `anonyme-${former.member.id}@anonymised.invalid`]);
    expect(row.anonymised_at!.value).not.toBeNull();
  });
});
