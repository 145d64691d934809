import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../src/authz/actor.js";
import type { RunningApi } from "../../src/runtime.js";
import type { Database } from "../../src/shared/db.js";
import { createTestDatabase } from "../support/db.js";
import { aCast, aLine, aMember, anAddress, actors } from "../support/factories.js";
import { serve } from "../support/http.js";
import { ask } from "./limits/support.js";
import { devices } from "../../db/schema/index.js";

/** The app's dashboard (issue 15): the member and the relations of one screen. */
const DASHBOARD = `query Dashboard {
  me { role member {
    id firstName lastName email status
    addresses { id kind commune lines { id offer eligible } }
    devices { id name kind state }
    mailboxes { id address }
    quotas { extraSites { used limit } linesPerAddress { used limit } }
    interventions(first: 10) { edges { node { id kind bookedAt } } }
    conciergeRequests(first: 10) { edges { node { id status category { code } } } }
  } }
}`;

/** The desk's list (issue 15): a page of members with their addresses, lines and devices. */
const DESK_LIST = `query DeskList($n: Int!) {
  members(first: $n) { edges { node { id firstName lastName addresses { id commune lines { id offer } } devices { id name } } } pageInfo { hasNextPage } }
}`;

describe("PERF: SQL statements per request on the read path, over HTTP (the token holder check included)", () => {
  let database: Database;
  let api: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    cast = await aCast(database);
    // No background work in this server: the webhook worker and the due-events sweep would add their own statements to the count.
    api = await serve(database, { WEBHOOK_WORKER: "false", DUE_EVENTS_SWEEP_MS: "3600000" });
  });
  afterAll(async () => {
    await api?.stop();
  });

  /** Statements sent while answering `query` as `actor`: the data must come back without errors. */
  async function statementsOf(actor: Actor, query: string, variables: Record<string, unknown> = {}) {
    const before = database.statements.count;
    const res = await ask(api.url, actor, query, variables);
    const sent = database.statements.count - before;
    expect(res.json.errors).toBeUndefined();
    return { sent, data: res.json.data };
  }

  async function aMemberWith(n: number) {
    const member = await aMember(database);
    for (let a = 0; a < Math.min(n, 3); a++) {
      const address = await anAddress(database, member.id, a === 0 ? {} : { kind: "EXTRA_SITE" });
      for (let l = 0; l < 2; l++) await aLine(database, address);
    }
    if (n > 0) {
      await database.db.insert(devices).values(
        Array.from({ length: n }, (_, i) => ({
          memberId: member.id,
          name: `Appareil ${i}`,
          kind: "COMPUTER" as const,
          os: "WINDOWS" as const,
          hasInternetConnectivity: true,
          state: "DESIGNATED" as const,
          designatedAt: new Date("2026-11-01T10:00:00Z"),
          designatedByRole: "MEMBER",
          designatedById: member.id,
        })),
      );
    }
    return member;
  }

  it("PERF: the member dashboard takes at most 3 statements, with 0 or with many addresses, lines and devices", async () => {
    const empty = await aMemberWith(0);
    const full = await aMemberWith(12);
    const a = await statementsOf(actors.member(empty), DASHBOARD);
    const b = await statementsOf(actors.member(full), DASHBOARD);
    expect(b.data.me.member.devices).toHaveLength(12);
    expect(b.data.me.member.addresses).toHaveLength(3);
    expect(b.data.me.member.addresses.every((x: { lines: unknown[] }) => x.lines.length === 2)).toBe(true);
    expect(b.data.me.member.quotas.linesPerAddress.map((q: { used: number }) => q.used)).toEqual([2, 2, 2]);
    expect(a.sent).toBeLessThanOrEqual(3);
    expect(b.sent).toBe(a.sent);
  });

  it("PERF: the desk list takes at most 3 statements, for 5 members as for 50", async () => {
    for (let i = 0; i < 50; i++) await aMemberWith(i % 4);
    const five = await statementsOf(cast.as.DESK_AGENT, DESK_LIST, { n: 5 });
    const fifty = await statementsOf(cast.as.DESK_AGENT, DESK_LIST, { n: 50 });
    expect(fifty.data.members.edges).toHaveLength(50);
    expect(five.sent).toBeLessThanOrEqual(3);
    expect(fifty.sent).toBe(five.sent);
  });
});
