import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, payloadOf, refusals } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors } from "../../support/factories.js";
import { aMemberWithHistory, fingerprint, one, rows } from "./personal-data.support.js";

const ERASE = `mutation($input: ErasePersonalDataInput!) {
  erasePersonalData(input: $input) {
    erasure { anonymisedAt retentionLedger { table recordId legalBasis purgeOn } }
    userErrors { code rule message field }
  }
}`;

interface Ledger {
  table: string;
  recordId: string;
  legalBasis: string;
  purgeOn: string;
}

describe("erasePersonalData", () => {
  const db = useTestDatabase();
  const officer = async () => actors.staff(await aStaffUser(db.current, "PRIVACY_OFFICER"));
  const erase = async (input: Record<string, unknown>, actor?: Awaited<ReturnType<typeof officer>> | null, locale: "fr" | "en" = "fr") =>
    gql(db.current, actor === undefined ? await officer() : actor, ERASE, { variables: { input }, locale });

  it("GDP-3: the privacy officer erases a former member: identity, contact, free texts and device labels are anonymised or redacted, delegates and payers revoked", async () => {
    const h = await aMemberWithHistory(db.current);
    const res = await erase({ memberId: toGlobalId("Member", h.member.id) });
    expect(payloadOf(res, "erasePersonalData").userErrors).toEqual([]);
    const member = await one<Record<string, unknown>>(db.current, sql`select * from members where id = ${h.member.id}::uuid`);
    expect(member).toMatchObject({
      last_name: "Anonyme",
      first_name: "Anonyme",
      nationality: null,
      email: `anonyme-${h.member.id}@anonymised.invalid`,
      phone: "",
      address_line2: null,
      postal_code: "00000",
      status: "TERMINATED",
    });
    expect(String(member.birth_date)).toContain("1900");
    expect(member.anonymised_at).not.toBeNull();
    const delegate = await one<Record<string, unknown>>(db.current, sql`select * from delegates where id = ${h.delegateId}::uuid`);
    expect(delegate).toMatchObject({ last_name: "Anonyme", first_name: "Anonyme", phone: null, postal_address: null });
    expect(delegate.revoked_at).not.toBeNull();
    const payer = await one<Record<string, unknown>>(db.current, sql`select * from payers where id = ${h.payerId}::uuid`);
    expect(payer).toMatchObject({ display_name: "Anonyme" });
    expect(payer.revoked_at).not.toBeNull();
    const texts = await one<Record<string, unknown>>(
      db.current,
      sql`select (select name from devices where member_id = m.id) as device, (select phone_number from vip_lines where member_id = m.id) as vip,
        (select content from concierge_requests where member_id = m.id) as concierge, (select callback_phone from concierge_requests where member_id = m.id) as callback,
        (select description from assistance_requests where member_id = m.id) as assistance, (select label from addresses where member_id = m.id) as label,
        (select line1 from addresses where member_id = m.id) as line1, (select reference from internet_lines where member_id = m.id) as line_ref,
        (select display_name from mailboxes where member_id = m.id) as mailbox_name, (select address from mailboxes where member_id = m.id) as mailbox,
        (select reason from membership_events where member_id = m.id) as event_reason, (select end_detail from option_subscriptions where member_id = m.id) as end_detail
        from members m where m.id = ${h.member.id}::uuid`,
    );
    expect(texts).toMatchObject({
      device: "Appareil",
      concierge: "[effacé / erased]",
      callback: null,
      assistance: "[effacé / erased]",
      label: null,
      line_ref: null,
      mailbox_name: null,
      event_reason: "[effacé / erased]",
      end_detail: "[effacé / erased]",
    });
    expect(texts.vip).toMatch(/^\+336\d{8}$/);
    expect(texts.vip).not.toBe("+33611223344");
    expect(texts.mailbox).not.toContain("jeanne");
    expect(JSON.stringify(texts)).not.toMatch(/Jeanne|mari|Halévy/);
    const audit = await auditRowsOf(db.current, res.requestId);
    expect(audit.map((a) => [a.operation, a.actorRole, a.onBehalfOfMemberId])).toEqual([["erasePersonalData", "PRIVACY_OFFICER", h.member.id]]);
  });

  it("GDP-3: issued invoices, their lines, payments, guarantees and the audit trail are kept unaltered and listed in the retention ledger with basis and purge date", async () => {
    const h = await aMemberWithHistory(db.current);
    const kept = sql`select (select to_jsonb(i) from invoices i where i.id = ${h.invoiceId}::uuid) as invoice,
      (select to_jsonb(l) from invoice_lines l where l.id = ${h.invoiceLineId}::uuid) as line,
      (select to_jsonb(p) from payments p where p.id = ${h.paymentId}::uuid) as payment,
      (select to_jsonb(g) from financial_guarantees g where g.id = ${h.guaranteeId}::uuid) as guarantee,
      (select to_jsonb(a) from audit_log a where a.id = ${h.auditId}::bigint) as audit`;
    const before = await one(db.current, kept);
    const res = await erase({ memberId: toGlobalId("Member", h.member.id) });
    const ledger = payloadOf<{ erasure: { retentionLedger: Ledger[] } }>(res, "erasePersonalData").erasure.retentionLedger;
    expect(await one(db.current, kept)).toEqual(before);
    const entry = (table: string, id: string) => ledger.find((l) => l.table === table && l.recordId === id);
    expect(entry("invoices", h.invoiceId)).toEqual({ table: "invoices", recordId: h.invoiceId, legalBasis: expect.stringContaining("L123-22"), purgeOn: "2036-10-01" });
    expect(entry("invoice_lines", h.invoiceLineId)?.purgeOn).toBe("2036-10-01");
    expect(entry("payments", h.paymentId)?.purgeOn).toBe("2036-10-15");
    expect(entry("financial_guarantees", h.guaranteeId)?.purgeOn).toBe("2036-10-01");
    expect(entry("audit_log", h.auditId)).toEqual({ table: "audit_log", recordId: h.auditId, legalBasis: expect.stringContaining("GDPR art. 5(2)"), purgeOn: "2031-11-02" });
    expect(entry("privacy_requests", h.erasureRequestId)?.purgeOn).toBe("2031-11-20");
    // Every kept record of the member, and only those.
    expect(new Set(ledger.map((l) => l.table))).toEqual(new Set(["invoices", "invoice_lines", "payments", "financial_guarantees", "audit_log", "privacy_requests"]));
  });

  it("GDP-3/GDP-1: answering an ERASURE request records the answer and the retention ledger on the request", async () => {
    const h = await aMemberWithHistory(db.current);
    const requestGid = toGlobalId("PrivacyRequest", h.erasureRequestId);
    const res = await erase({ memberId: toGlobalId("Member", h.member.id), requestId: requestGid });
    const ledger = payloadOf<{ erasure: { retentionLedger: Ledger[] } }>(res, "erasePersonalData").erasure.retentionLedger;
    const request = await one<Record<string, unknown>>(db.current, sql`select * from privacy_requests where id = ${h.erasureRequestId}::uuid`);
    expect(request.status).toBe("ANSWERED");
    expect(request.answered_at).not.toBeNull();
    expect(String(request.answer)).toContain("effacées");
    const stored = typeof request.retention_ledger === "string" ? JSON.parse(request.retention_ledger) : request.retention_ledger;
    expect(stored).toEqual(ledger);
    expect((await auditRowsOf(db.current, res.requestId))[0]!.targetIds).toEqual([h.member.id, h.erasureRequestId]);
  });

  it("GDP-3: an option in force, unpaid issued invoices and an open dunning case refuse the erasure, each with its reason; nothing is written", async () => {
    const h = await aMemberWithHistory(db.current, { status: "ACTIVE", terminatedAt: null, optionEndsAt: null, paid: false });
    await db.current.db.execute(sql`insert into dunning_cases (member_id, first_notice_at) values (${h.member.id}::uuid, '2026-10-20T08:00:00Z')`);
    const before = await fingerprint(db.current);
    const input = { memberId: toGlobalId("Member", h.member.id), requestId: toGlobalId("PrivacyRequest", h.erasureRequestId) };
    const res = await erase(input);
    expect(refusals(res, "erasePersonalData")).toEqual([
      ["OPTION_IN_FORCE", "GDP-3"],
      ["BALANCE_DUE", "GDP-3"],
      ["DUNNING_OPEN", "GDP-3"],
    ]);
    expect(payloadOf(res, "erasePersonalData").erasure).toBeNull();
    expect(await fingerprint(db.current)).toEqual(before);
    expect(await auditRowsOf(db.current, res.requestId)).toEqual([]);
    const english = await erase(input, undefined, "en");
    expect(payloadOf<{ userErrors: { message: string }[] }>(english, "erasePersonalData").userErrors[0]!.message).toContain("relationship has not ended");
    expect(payloadOf<{ userErrors: { message: string }[] }>(res, "erasePersonalData").userErrors[1]!.message).toContain("factures émises non réglées");
  });

  it("GDP-3: each obstacle alone refuses (option in force; unpaid invoice; open dunning case)", async () => {
    const option = await aMemberWithHistory(db.current, { optionEndsAt: null });
    expect(refusals(await erase({ memberId: toGlobalId("Member", option.member.id) }), "erasePersonalData")).toEqual([["OPTION_IN_FORCE", "GDP-3"]]);
    const unpaid = await aMemberWithHistory(db.current, { paid: false });
    expect(refusals(await erase({ memberId: toGlobalId("Member", unpaid.member.id) }), "erasePersonalData")).toEqual([["BALANCE_DUE", "GDP-3"]]);
    const dunning = await aMemberWithHistory(db.current);
    await db.current.db.execute(sql`insert into dunning_cases (member_id, first_notice_at) values (${dunning.member.id}::uuid, '2026-10-20T08:00:00Z')`);
    expect(refusals(await erase({ memberId: toGlobalId("Member", dunning.member.id) }), "erasePersonalData")).toEqual([["DUNNING_OPEN", "GDP-3"]]);
    const names = await rows<{ last_name: string }>(
      db.current,
      sql`select last_name from members where id in (${option.member.id}::uuid, ${unpaid.member.id}::uuid, ${dunning.member.id}::uuid)`,
    );
    expect(names.map((n) => n.last_name)).toEqual(["Dupont", "Dupont", "Dupont"]);
  });

  it("GDP-1: a requestId that is not an open ERASURE request of that member is refused; nothing is written", async () => {
    const h = await aMemberWithHistory(db.current);
    const other = await aMemberWithHistory(db.current);
    const access = await one<{ id: string }>(
      db.current,
      sql`insert into privacy_requests (member_id, kind, channel, identity_proof_kind, identity_proof_reference, received_at, due_at, filed_by_role, created_at)
        values (${h.member.id}::uuid, 'ACCESS', 'APP', 'APP_AUTHENTICATION', 'session', '2026-11-20T10:00:00Z', '2026-12-20T10:00:00Z', 'MEMBER', '2026-11-20T10:00:00Z') returning id`,
    );
    const before = await fingerprint(db.current);
    for (const requestId of [toGlobalId("PrivacyRequest", other.erasureRequestId), toGlobalId("PrivacyRequest", access.id), toGlobalId("Member", h.member.id), "garbage"]) {
      const res = await erase({ memberId: toGlobalId("Member", h.member.id), requestId });
      expect(refusals(res, "erasePersonalData"), requestId).toEqual([["ERASURE_REQUEST_NOT_FOUND", "GDP-1"]]);
      expect(await auditRowsOf(db.current, res.requestId)).toEqual([]);
    }
    expect(refusals(await erase({ memberId: toGlobalId("Device", h.member.id) }), "erasePersonalData")).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    expect(await fingerprint(db.current)).toEqual(before);
  });

  it("GDP-3: erasing again changes nothing more and keeps the first anonymisation instant", async () => {
    const h = await aMemberWithHistory(db.current);
    const first = payloadOf<{ erasure: { anonymisedAt: string } }>(await erase({ memberId: toGlobalId("Member", h.member.id) }), "erasePersonalData").erasure;
    const after = await fingerprint(db.current);
    const second = await gql(db.current, await officer(), ERASE, {
      variables: { input: { memberId: toGlobalId("Member", h.member.id) } },
      clock: { now: () => new Date("2027-01-05T10:00:00Z") },
    });
    expect(payloadOf<{ erasure: { anonymisedAt: string } }>(second, "erasePersonalData").erasure.anonymisedAt).toBe(first.anonymisedAt);
    const changed = Object.entries(await fingerprint(db.current))
      .filter(([table, print]) => after[table] !== print)
      .map(([table]) => table);
    // Only the new audit row and the members row's updated_at.
    expect(changed.sort()).toEqual(["audit_log", "members"]);
  });

  it("GDP-3/AUT-2: only the privacy officer erases: member, delegate, payer, every other staff role and anonymous are refused, nothing written", async () => {
    const cast = await aCast(db.current);
    const target = await aMember(db.current, { status: "TERMINATED", terminatedAt: new Date("2026-10-31T23:00:00Z") });
    const before = await fingerprint(db.current);
    const outcomes: Record<string, string> = {};
    for (const who of ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "anonymous"] as const) {
      const memberId = who === "member" || who === "delegate" || who === "payer" ? cast.memberGid : toGlobalId("Member", target.id);
      const res = await gql(db.current, cast.as[who], ERASE, { variables: { input: { memberId } } });
      outcomes[who] = errorCodes(res)[0] ?? "none";
      expect(res.data?.erasePersonalData ?? null, who).toBeNull();
    }
    expect(outcomes).toEqual({
      member: "FORBIDDEN",
      delegate: "FORBIDDEN",
      payer: "FORBIDDEN",
      DESK_AGENT: "FORBIDDEN",
      COACH: "FORBIDDEN",
      TECHNICIAN: "FORBIDDEN",
      COMMITTEE: "FORBIDDEN",
      BILLING: "FORBIDDEN",
      CONCIERGE_PARTNER: "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    });
    expect(await fingerprint(db.current)).toEqual(before);
    const allowed = await gql(db.current, cast.as.PRIVACY_OFFICER, ERASE, { variables: { input: { memberId: toGlobalId("Member", target.id) } } });
    expect(payloadOf(allowed, "erasePersonalData").userErrors).toEqual([]);
  });
});
