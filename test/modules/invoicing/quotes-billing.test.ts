import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dunningCases, invoiceLines, invoices } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aDelegate, aStaffUser, actors } from "../../support/factories.js";
import { ACCEPT, ISSUE, REQUEST_QUOTE, aQuotedRequest } from "../quotes/quotes.support.js";
import { aBilledMember, aPayerOf, at, clockOn, invoiceOfMonth, invoicesOf, runMonth } from "./invoicing.support.js";

const quoteLinesOf = async (db: ReturnType<typeof useTestDatabase>["current"], memberId: string) =>
  (await invoicesOf(db, memberId)).flatMap((i) => i.lines.filter((l) => l.itemKind === "QUOTE").map((l) => ({ ...l, billingMonth: i.billingMonth, payerId: i.payerId })));

describe("accepted quotes on invoices (QUO-3)", () => {
  const db = useTestDatabase();
  const billingActor = async () => actors.staff(await aStaffUser(db.current, "BILLING"));

  it("QUO-3: a quote requested by the member, issued by the desk and accepted by the delegate is billed to the member on the next run, exactly once however many runs", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const delegate = actors.delegate(await aDelegate(db.current, member.id));
    const desk = actors.staff(await aStaffUser(db.current, "DESK_AGENT"));
    const clock = clockOn("2026-11-20");
    const requested = await gql(db.current, actors.member(member), REQUEST_QUOTE, {
      variables: { input: { purpose: "EQUIPMENT_STUDY", description: "Étude d'un NAS hors liste" } },
      clock,
    });
    const requestId = requested.data!.requestQuote.request.id as string;
    const issued = await gql(db.current, desk, ISSUE, {
      variables: {
        input: {
          requestId,
          validUntil: "2026-12-15",
          lines: [
            { label: "Étude sur site", quantity: 1, unitTtcCents: 18_000 },
            { label: "Rapport", quantity: 2, unitTtcCents: 3_000 },
          ],
        },
      },
      clock,
    });
    expect(issued.data!.issueQuote.userErrors).toEqual([]);
    const quoteId = issued.data!.issueQuote.quote.id as string;
    const accepted = await gql(db.current, delegate, ACCEPT, { variables: { input: { quoteId } }, clock: clockOn("2026-11-22") });
    expect(accepted.data!.acceptQuote.userErrors).toEqual([]);

    const billing = await billingActor();
    await runMonth(db.current, billing, "2026-11", "2026-11-26");
    await runMonth(db.current, billing, "2026-11", "2026-11-27");
    await runMonth(db.current, billing, "2026-12", "2026-12-01");
    await runMonth(db.current, billing, "2026-12", "2026-12-02");

    const lines = await quoteLinesOf(db.current, member.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ billingMonth: "2026-11-01", payerId: null, ttcCents: 24_000, htCents: 20_000, vatCents: 4_000, quantity: 1 });
    expect(lines[0]!.labelFr).toContain("Étude sur site");
  });

  it("QUO-3: declined, expired, replaced and still-issued quotes bill nothing", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    await aQuotedRequest(db.current, member.id, "EQUIPMENT_STUDY", { status: "DECLINED" });
    await aQuotedRequest(db.current, member.id, "EQUIPMENT_STUDY", { status: "REPLACED" });
    await aQuotedRequest(db.current, member.id, "EQUIPMENT_STUDY", { status: "ISSUED", validUntil: "2026-11-10" }); // expired
    await aQuotedRequest(db.current, member.id, "EQUIPMENT_STUDY", { status: "ISSUED" });
    await runMonth(db.current, await billingActor(), "2026-11", "2026-11-26");
    expect(await quoteLinesOf(db.current, member.id)).toEqual([]);
    const [invoice] = await invoiceOfMonth(db.current, member.id, "2026-11-01");
    expect(invoice!.lines.map((l) => l.itemKind)).toEqual(["OPTION"]);
  });

  it("QUO-3: a quote accepted after the month billed waits for the next month's invoice", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const { quote } = await aQuotedRequest(db.current, member.id, "OFFICE_ASSISTANCE_VISIT", { status: "ACCEPTED", decidedAt: at("2026-12-03") });
    const billing = await billingActor();
    await runMonth(db.current, billing, "2026-11", "2026-12-05");
    expect(await quoteLinesOf(db.current, member.id)).toEqual([]);
    await runMonth(db.current, billing, "2026-12", "2026-12-05");
    const lines = await quoteLinesOf(db.current, member.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ billingMonth: "2026-12-01", ttcCents: quote.totalTtcCents });
  });

  it("BIL-6: a payer who takes over QUOTE items receives the accepted quote line; the member's invoice keeps the rest, and the payer sees the line", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const payer = await aPayerOf(db.current, member.id, ["QUOTE"]);
    await aQuotedRequest(db.current, member.id, "FIBER_INSTALLATION", { status: "ACCEPTED" });
    await runMonth(db.current, await billingActor(), "2026-11", "2026-11-26");
    const [own] = await invoiceOfMonth(db.current, member.id, "2026-11-01");
    const [payers] = await invoiceOfMonth(db.current, member.id, "2026-11-01", payer.id);
    expect(own!.lines.map((l) => l.itemKind)).toEqual(["OPTION"]);
    expect(payers!.lines.map((l) => l.itemKind)).toEqual(["QUOTE"]);
    const seen = await gql(db.current, actors.payer(payer), `{ payerInvoices(first: 5) { edges { node { memberName lines { itemKind amounts { ttcCents } } } } } }`);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.payerInvoices.edges.map((e: { node: { lines: { itemKind: string }[] } }) => e.node.lines.map((l) => l.itemKind))).toEqual([["QUOTE"]]);
  });

  it("BIL-9: a member whose service is suspended for non-payment is still invoiced (the subscription stays due)", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    await db.current.db.insert(dunningCases).values({ memberId: member.id, firstNoticeAt: at("2026-11-10"), suspendedAt: at("2026-11-19") });
    await runMonth(db.current, await billingActor(), "2026-12", "2026-12-01");
    const rows = await db.current.db.select().from(invoices).where(eq(invoices.memberId, member.id));
    expect(rows.map((r) => [r.billingMonth, r.status])).toContainEqual(["2026-12-01", "ISSUED"]);
    const lines = await db.current.db
      .select()
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, rows.find((r) => r.billingMonth === "2026-12-01")!.id));
    // November (never billed: caught up) and December, both due while suspended.
    expect(lines.map((l) => [l.itemKind, l.periodStart])).toEqual([
      ["OPTION", "2026-11-02"],
      ["OPTION", "2026-12-01"],
    ]);
  });
});

describeOnPostgres("accepted quotes under concurrent runs", () => {
  const db = useTestDatabase();

  it("QUO-3: 30 concurrent runs of the month bill an accepted quote exactly once", async () => {
    const { member } = await aBilledMember(db.current, "2026-11-02");
    const { quote } = await aQuotedRequest(db.current, member.id, "MAIL_EXPERT_ON_SITE", { status: "ACCEPTED" });
    const billing = actors.staff(await aStaffUser(db.current, "BILLING"));
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => runMonth(db.current, billing, i % 2 ? "2026-11" : "2026-12", "2026-12-02")));
    for (const r of results) expect(r.errors).toBeUndefined();
    const lines = await quoteLinesOf(db.current, member.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.ttcCents).toBe(quote.totalTtcCents);
  });
});
