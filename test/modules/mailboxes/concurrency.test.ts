import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { actors } from "../../support/factories.js";
import { CANCEL_PACK, CREATE_MAILBOX, aMailbox, aMailboxMember, aPack, liveMailboxesOf, packGid } from "./mailboxes.support.js";

const CONCURRENCY = 30;

describeOnPostgres("mailbox capacity under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  const audits = async (operation: string, memberId: string) =>
    (
      await db.current.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.operation, operation), eq(auditLog.onBehalfOfMemberId, memberId)))
    ).length;

  it("MBX-2: 30 concurrent creations with a capacity of 6 leave exactly 6 mailboxes, 24 refused, no 500", async () => {
    const m = await aMailboxMember(db.current);
    await aPack(db.current, m.id, "PACK_5");
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) => gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: `race${i}.${m.id.slice(0, 8)}` } } })),
    );
    expect(tally(outcomesOf(results, "createMailbox"))).toEqual({ ok: 6, "MAILBOX_CAPACITY_REACHED/MBX-2": 24 });
    expect(await liveMailboxesOf(db.current, m.id)).toHaveLength(6);
    expect(await audits("createMailbox", m.id)).toBe(6);
  });

  it("MBX-1: 30 members racing for one address: exactly one gets it, the others are told it is taken", async () => {
    const members = await Promise.all(Array.from({ length: CONCURRENCY }, () => aMailboxMember(db.current)));
    const results = await Promise.all(
      members.map((m) => gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: "contact", customDomain: "course-unique.fr" } } })),
    );
    // The losers are told the address is taken, or (when the winner committed between their two
    // checks) that its custom domain now belongs to another member: both are MBX-1 refusals.
    const counts = tally(outcomesOf(results, "createMailbox"));
    expect(counts.ok).toBe(1);
    expect((counts["ADDRESS_TAKEN/MBX-1"] ?? 0) + (counts["DOMAIN_TAKEN/MBX-1"] ?? 0)).toBe(29);
    expect(Object.keys(counts).filter((k) => !["ok", "ADDRESS_TAKEN/MBX-1", "DOMAIN_TAKEN/MBX-1"].includes(k))).toEqual([]);
  });

  it("MBX-2: a pack cancellation racing 29 creations never leaves more mailboxes than the capacity", async () => {
    const m = await aMailboxMember(db.current);
    const pack = await aPack(db.current, m.id, "PACK_5");
    await aMailbox(db.current, m.id);
    const results = await Promise.all([
      gql(db.current, actors.member(m), CANCEL_PACK, { variables: { input: { packId: packGid(pack) } } }),
      ...Array.from({ length: CONCURRENCY - 1 }, (_, i) =>
        gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: `mix${i}.${m.id.slice(0, 8)}` } } }),
      ),
    ]);
    const cancelled = results[0]!.data!.cancelMailboxPack.userErrors.length === 0;
    const live = await liveMailboxesOf(db.current, m.id);
    expect(live.length).toBeLessThanOrEqual(cancelled ? 1 : 6);
    expect(live.length).toBe(1 + (tally(outcomesOf(results.slice(1), "createMailbox")).ok ?? 0));
  });
});
