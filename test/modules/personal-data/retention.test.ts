import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { retentionCutoff, runRetention } from "../../../src/modules/personal-data/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { openDatabase, type Database } from "../../../src/shared/db.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { databaseUrlFor, testEnv } from "../../support/env.js";
import { aMember } from "../../support/factories.js";
import { aMemberWithHistory, fingerprint, one, rows } from "./personal-data.support.js";

const NOW = "2030-01-15T10:00:00Z";

async function anonymisedAt(db: Database, memberId: string): Promise<unknown> {
  return (await one<{ anonymised_at: unknown }>(db, sql`select anonymised_at from members where id = ${memberId}::uuid`)).anonymised_at;
}

async function retentionAudits(db: Database, memberIds: string[]): Promise<{ member: string; actor_role: string; actor_id: string }[]> {
  if (memberIds.length === 0) return [];
  return rows(
    db,
    sql`select on_behalf_of_member_id::text as member, actor_role, actor_id from audit_log where operation = 'runRetention'
        and on_behalf_of_member_id in (${sql.join(
          memberIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) order by 1`,
  );
}

describe("runRetention", () => {
  const db = useTestDatabase();

  it("GDP-3: members whose relationship ended more than 3 years ago are anonymised (TERMINATED, and REJECTED candidates), others are left alone", async () => {
    const ended4y = await aMemberWithHistory(db.current, { terminatedAt: "2026-10-31T23:00:00Z" });
    const ended2y = await aMember(db.current, { status: "TERMINATED", terminatedAt: new Date("2028-01-10T10:00:00Z") });
    const active = await aMember(db.current, { status: "ACTIVE" });
    const rejectedLongAgo = await aMember(db.current, { status: "REJECTED" });
    await db.current.db.execute(
      sql`insert into membership_events (member_id, kind, at, actor_role) values (${rejectedLongAgo.id}::uuid, 'REJECTED', '2026-06-01T10:00:00Z', 'COMMITTEE')`,
    );
    const rejectedLately = await aMember(db.current, { status: "REJECTED" });
    await db.current.db.execute(
      sql`insert into membership_events (member_id, kind, at, actor_role) values (${rejectedLately.id}::uuid, 'REJECTED', '2029-06-01T10:00:00Z', 'COMMITTEE')`,
    );
    const owing = await aMemberWithHistory(db.current, { terminatedAt: "2026-01-31T23:00:00Z", paid: false });

    const report = await runRetention({ db: db.current.db, clock: new ManualClock(NOW), batchSize: 10 });
    expect(report.cutoff.toISOString()).toBe("2027-01-15T10:00:00.000Z");
    expect(report.anonymised).toEqual(expect.arrayContaining([ended4y.member.id, rejectedLongAgo.id]));
    for (const id of [ended2y.id, active.id, rejectedLately.id, owing.member.id]) expect(report.anonymised).not.toContain(id);
    expect(report.skipped).toContainEqual({ memberId: owing.member.id, codes: ["BALANCE_DUE"] });
    const name = await one<{ last_name: string; email: string }>(db.current, sql`select last_name, email from members where id = ${ended4y.member.id}::uuid`);
    expect(name).toEqual({ last_name: "Anonyme", email: `anonyme-${ended4y.member.id}@anonymised.invalid` });
    expect(await anonymisedAt(db.current, ended2y.id)).toBeNull();
    expect(await anonymisedAt(db.current, owing.member.id)).toBeNull();
    // Audited with the system as the actor, once per member.
    expect(await retentionAudits(db.current, [ended4y.member.id, rejectedLongAgo.id, owing.member.id])).toEqual(
      [ended4y.member.id, rejectedLongAgo.id].sort().map((member) => ({ member, actor_role: "SYSTEM", actor_id: "retention-job" })),
    );
  });

  it("GDP-3: the job is idempotent: a second run anonymises nobody and writes nothing", async () => {
    await aMemberWithHistory(db.current, { terminatedAt: "2026-10-31T23:00:00Z" });
    await runRetention({ db: db.current.db, clock: new ManualClock(NOW) });
    const before = await fingerprint(db.current);
    const again = await runRetention({ db: db.current.db, clock: new ManualClock(NOW) });
    expect(again.anonymised).toEqual([]);
    expect(await fingerprint(db.current)).toEqual(before);
  });

  it("GDP-3: the 3 years are counted on the injectable clock, from the end of the relationship", async () => {
    const ended = await aMember(db.current, { status: "TERMINATED", terminatedAt: new Date("2027-03-01T09:00:00Z") });
    const clock = new ManualClock("2030-03-01T08:59:00Z");
    expect((await runRetention({ db: db.current.db, clock })).anonymised).not.toContain(ended.id);
    expect(await anonymisedAt(db.current, ended.id)).toBeNull();
    clock.set("2030-03-01T09:01:00Z");
    expect((await runRetention({ db: db.current.db, clock })).anonymised).toContain(ended.id);
    expect(retentionCutoff(new Date("2030-03-01T09:01:00Z")).toISOString()).toBe("2027-03-01T09:01:00.000Z");
  });

  it("GDP-3: the job works in batches: 7 due members with batches of 2 are all anonymised, each once", async () => {
    const due = await Promise.all(Array.from({ length: 7 }, () => aMember(db.current, { status: "TERMINATED", terminatedAt: new Date("2025-05-01T09:00:00Z") })));
    const ids = due.map((m) => m.id);
    const report = await runRetention({ db: db.current.db, clock: new ManualClock(NOW), batchSize: 2 });
    expect(report.anonymised.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(await retentionAudits(db.current, ids)).toHaveLength(7);
  });
});

describeOnPostgres("GDP-3: retention on several replicas at once", () => {
  let pools: Database[] = [];
  let name = "";
  let admin: { unsafe(query: string): Promise<unknown>; end(): Promise<void> };

  beforeAll(async () => {
    const { default: postgres } = await import("postgres");
    name = `parnasse_test_${randomBytes(6).toString("hex")}`;
    admin = postgres(testEnv.postgresUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${inject("postgresTemplateDb")}`);
    const config = { kind: "postgres" as const, url: databaseUrlFor(testEnv.postgresUrl!, name), poolMax: 4, statementTimeoutMs: 15_000, idleInTransactionTimeoutMs: 30_000 };
    pools = [await openDatabase(config, { migrate: false }), await openDatabase(config, { migrate: false })];
  });
  afterAll(async () => {
    for (const pool of pools) await pool.close();
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it("GDP-3: 4 runners on 2 connection pools anonymise 60 due members exactly once each (one audit row each)", async () => {
    const due = await Promise.all(Array.from({ length: 60 }, () => aMember(pools[0]!, { status: "TERMINATED", terminatedAt: new Date("2025-05-01T09:00:00Z") })));
    const reports = await Promise.all([0, 1, 0, 1].map((p) => runRetention({ db: pools[p]!.db, clock: new ManualClock(NOW), batchSize: 4 })));
    const all = reports.flatMap((r) => r.anonymised);
    expect(all.length).toBe(60);
    expect(new Set(all).size).toBe(60);
    expect(new Set(all)).toEqual(new Set(due.map((m) => m.id)));
    // The work was shared, not done by one runner while the others waited.
    expect(reports.filter((r) => r.anonymised.length > 0).length).toBeGreaterThan(1);
    const audits = await retentionAudits(
      pools[1]!,
      due.map((m) => m.id),
    );
    expect(audits).toHaveLength(60);
    expect(new Set(audits.map((a) => a.member)).size).toBe(60);
    const left = await one<{ n: number }>(pools[1]!, sql`select count(*)::int as n from members where status = 'TERMINATED' and anonymised_at is null`);
    expect(left.n).toBe(0);
  });
});
