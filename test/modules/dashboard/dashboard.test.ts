import { describe, expect, it } from "vitest";
import { addresses } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aLine, actors } from "../../support/factories.js";
import { aConciergeRequest } from "../concierge/concierge.support.js";
import { aDevice } from "../devices/devices.support.js";
import { anIntervention, aScene } from "../interventions/support.js";
import { aMailbox, aPack } from "../mailboxes/mailboxes.support.js";

/** The app's home screen: everything a member holds, in one request. */
const DASHBOARD = `{ me { role member {
  firstName option { status }
  coaching { coach { displayName } substitute { displayName } }
  addresses { id kind lines { id eligible } }
  devices { id state }
  mailboxes { id address }
  conciergeRequests(first: 5) { edges { node { id status category { code } } } }
  interventions(first: 5) { edges { node { id status startsAt } } }
  quotas { extraSites { used limit } linesPerAddress { used limit } devices { used limit } interventions { used limit } mailboxes { used limit } }
} } }`;

describe("member dashboard", () => {
  const db = useTestDatabase();

  /** A member holding the option with `n` of everything: extra sites with lines, devices, mailboxes, requests, interventions. */
  async function memberWith(n: number) {
    const scene = await aScene(db.current);
    const id = scene.member.id;
    await aPack(db.current, id, "PACK_10");
    for (let i = 0; i < n; i++) {
      const [site] = await db.current.db
        .insert(addresses)
        .values({
          memberId: id,
          kind: "EXTRA_SITE",
          line1: `${i + 1} rue de la Paix`,
          postalCode: "75002",
          commune: "Paris",
          fiberEligible: true,
          createdAt: new Date("2026-11-01T09:00:00Z"),
        })
        .returning();
      await aLine(db.current, site!);
      await aDevice(db.current, id);
      await aMailbox(db.current, id);
      await aConciergeRequest(db.current, id, { createdAt: new Date(Date.UTC(2026, 10, 10 + i)) });
      await anIntervention(db.current, scene, { startsAt: new Date(Date.UTC(2026, 11, 1 + i, 9)) });
    }
    return scene;
  }

  async function statementsFor(scene: Awaited<ReturnType<typeof aScene>>) {
    const before = db.current.statements.count;
    const res = await gql(db.current, actors.member(scene.member), DASHBOARD);
    const count = db.current.statements.count - before;
    expect(res.errors).toBeUndefined();
    return { count, member: res.data!.me.member };
  }

  it("AUT-2: the dashboard of a member with 1 or with 5 of everything takes the same number of SQL statements", async () => {
    const small = await statementsFor(await memberWith(1));
    const large = await statementsFor(await memberWith(5));
    expect(large.member.devices).toHaveLength(5);
    expect(large.member.mailboxes).toHaveLength(5);
    expect(large.member.addresses).toHaveLength(6);
    expect(large.member.conciergeRequests.edges).toHaveLength(5);
    expect(large.member.interventions.edges).toHaveLength(5);
    expect(large.member.quotas).toMatchObject({ extraSites: { used: 5, limit: 5 }, devices: { used: 5, limit: 20 }, mailboxes: { used: 5, limit: 11 } });
    expect(large.count).toBe(small.count);
  });
});
