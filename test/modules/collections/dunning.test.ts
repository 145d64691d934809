import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dunningCases, members, optionSubscriptions } from "../../../db/schema/index.js";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, anOption } from "../../support/factories.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { DISPUTE, RECORD_PAYMENT, anInvoice, clockAt, invoiceGid, payment, snapshot } from "./collections.support.js";

const STEP = (name: string) => `mutation($input: DunningStepInput!) { ${name}(input: $input) {
  dunning { id stage firstNoticeAt suspendedAt secondNoticeAt terminatedAt closedAt nextStepOn } userErrors { code rule message } } }`;
const BOOK_SALON = `mutation($input: BookSalonAppointmentInput!) { bookSalonAppointment(input: $input) { appointment { id } userErrors { code rule } } }`;
const DESIGNATE = `mutation($input: DesignateDeviceInput!) { designateDevice(input: $input) { device { id } userErrors { code rule } } }`;
const codes = (r: { code: string; rule: string }[]) => r.map((e) => `${e.code}/${e.rule}`);

/** Paris 11:00 on a date. */
const on = (date: string) => clockAt(`${date}T10:00:00Z`);

describe("BIL-9: dunning — formal notice, suspension after 8 days, second notice, termination after 8 more days", () => {
  const db = useTestDatabase();

  async function aDebtor() {
    const cast = await aCast(db.current);
    await anOption(db.current, cast.member.id);
    // Issued 1 October, due 11 October: overdue from 12 October.
    const invoice = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" });
    const step = (name: string, date: string, who: keyof typeof cast.as = "BILLING") =>
      gql(db.current, cast.as[who], STEP(name), { variables: { input: { memberId: cast.memberGid } }, clock: on(date) });
    return { cast, invoice, step };
  }

  it("BIL-9: the whole procedure; each step too early is refused with nothing written; termination ends the option (PARNASSE_NON_PAYMENT) and opens debt recovery (MEM-3)", async () => {
    const { cast, step } = await aDebtor();
    const notice = await step("sendFormalNotice", "2026-11-02");
    expect(notice.data!.sendFormalNotice.userErrors).toEqual([]);
    expect(notice.data!.sendFormalNotice.dunning).toMatchObject({ stage: "FORMAL_NOTICE", nextStepOn: "2026-11-10" });

    let before = await snapshot(db.current);
    const early = await step("suspendForNonPayment", "2026-11-09");
    expect(codes(early.data!.suspendForNonPayment.userErrors)).toEqual(["TOO_EARLY/BIL-9"]);
    expect(early.data!.suspendForNonPayment.userErrors[0].message).toContain("2026-11-10");
    expect(await snapshot(db.current)).toEqual(before);

    expect((await step("suspendForNonPayment", "2026-11-10")).data!.suspendForNonPayment.dunning).toMatchObject({ stage: "SUSPENDED" });
    const second = await step("sendSecondNotice", "2026-11-10");
    expect(second.data!.sendSecondNotice.dunning).toMatchObject({ stage: "SECOND_NOTICE", nextStepOn: "2026-11-18" });

    before = await snapshot(db.current);
    const earlyEnd = await step("terminateForNonPayment", "2026-11-17");
    expect(codes(earlyEnd.data!.terminateForNonPayment.userErrors)).toEqual(["TOO_EARLY/BIL-9"]);
    expect(await snapshot(db.current)).toEqual(before);

    const end = await step("terminateForNonPayment", "2026-11-18");
    expect(end.data!.terminateForNonPayment.dunning).toMatchObject({ stage: "TERMINATED" });
    const [option] = await db.current.db.select().from(optionSubscriptions).where(eq(optionSubscriptions.memberId, cast.member.id));
    expect(option).toMatchObject({ endReason: "PARNASSE_NON_PAYMENT" });
    const [member] = await db.current.db.select().from(members).where(eq(members.id, cast.member.id));
    expect(member!.debtRecoveryOpenedAt).not.toBeNull();
    expect(member!.honorary).toBe(false);
  });

  it("BIL-9: refused with nothing overdue (not yet due, paid, or entirely disputed), out of order, or twice; the database is unchanged", async () => {
    const cast = await aCast(db.current);
    await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-11-20" }); // due 30 November: not overdue on the 26th
    const disputed = await anInvoice(db.current, cast.member.id, { ttcCents: 9000, issuedOn: "2026-10-01" });
    await gql(db.current, cast.as.member, DISPUTE, { variables: { input: { invoiceId: invoiceGid(disputed), amountCents: 9000, reason: "Non dû" } }, clock: clockAt() });
    const step = (name: string) => gql(db.current, cast.as.BILLING, STEP(name), { variables: { input: { memberId: cast.memberGid } }, clock: clockAt() });
    for (const name of ["sendFormalNotice", "suspendForNonPayment", "sendSecondNotice", "terminateForNonPayment"]) {
      const before = await snapshot(db.current);
      expect(codes((await step(name)).data![name].userErrors), name).toEqual(["NOTHING_OVERDUE/BIL-9"]);
      expect(await snapshot(db.current)).toEqual(before);
    }
    // Something overdue now: steps out of order are refused.
    const debtor = await aDebtor();
    for (const [name, code] of [
      ["suspendForNonPayment", "NO_OPEN_CASE/BIL-9"],
      ["sendSecondNotice", "NO_OPEN_CASE/BIL-9"],
    ] as const) {
      const before = await snapshot(db.current);
      expect(codes((await debtor.step(name, "2026-11-26")).data![name].userErrors)).toEqual([code]);
      expect(await snapshot(db.current)).toEqual(before);
    }
    await debtor.step("sendFormalNotice", "2026-11-26");
    for (const [name, code] of [
      ["sendFormalNotice", "CASE_ALREADY_OPEN/BIL-9"],
      ["sendSecondNotice", "STEP_OUT_OF_ORDER/BIL-9"],
      ["terminateForNonPayment", "STEP_OUT_OF_ORDER/BIL-9"],
    ] as const) {
      const before = await snapshot(db.current);
      expect(codes((await debtor.step(name, "2026-12-20")).data![name].userErrors)).toEqual([code]);
      expect(await snapshot(db.current)).toEqual(before);
    }
  });

  it("BIL-9: while suspended, member services are refused with BIL-9 (salon, devices); paying the debt closes the case and restores them", async () => {
    const { cast, invoice, step } = await aDebtor();
    await step("sendFormalNotice", "2026-11-02");
    await step("suspendForNonPayment", "2026-11-10");
    const slot = { variables: { input: { startsAt: "2026-12-01T13:00:00.000Z", durationMinutes: 60 } }, clock: clockAt() };
    const device = { variables: { input: { name: "iPhone", kind: "PHONE", os: "IOS", hasInternetConnectivity: true } }, clock: clockAt() };
    const before = await snapshot(db.current);
    expect(codes((await gql(db.current, cast.as.member, BOOK_SALON, slot)).data!.bookSalonAppointment.userErrors)).toEqual(["SERVICE_SUSPENDED/BIL-9"]);
    expect(codes((await gql(db.current, cast.as.delegate, DESIGNATE, device)).data!.designateDevice.userErrors)).toEqual(["SERVICE_SUSPENDED/BIL-9"]);
    expect(await snapshot(db.current)).toEqual(before);

    const paid = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, payment(invoice, { amountCents: 9000 }));
    expect(paid.data!.recordPayment.userErrors).toEqual([]);
    const [row] = await db.current.db.select().from(dunningCases).where(eq(dunningCases.memberId, cast.member.id));
    expect(row).toMatchObject({ closedReason: "SETTLED" });
    expect(row!.closedAt).not.toBeNull();
    expect((await gql(db.current, cast.as.member, BOOK_SALON, slot)).data!.bookSalonAppointment.userErrors).toEqual([]);
    expect((await gql(db.current, cast.as.member, `{ me { member { dunning { stage closedReason } } } }`, { clock: clockAt() })).data!.me.member.dunning).toEqual({
      stage: "CLOSED",
      closedReason: "SETTLED",
    });
  });

  it("BIL-7/BIL-9: disputing the whole overdue amount closes the case and lifts the suspension (a contested amount is not overdue)", async () => {
    const { cast, invoice, step } = await aDebtor();
    await step("sendFormalNotice", "2026-11-02");
    await step("suspendForNonPayment", "2026-11-10");
    const slot = { variables: { input: { startsAt: "2026-12-03T13:00:00.000Z", durationMinutes: 60 } }, clock: clockAt() };
    expect(codes((await gql(db.current, cast.as.member, BOOK_SALON, slot)).data!.bookSalonAppointment.userErrors)).toEqual(["SERVICE_SUSPENDED/BIL-9"]);
    const disputed = await gql(db.current, cast.as.member, DISPUTE, {
      variables: { input: { invoiceId: invoiceGid(invoice), amountCents: 9000, reason: "Montant contesté" } },
      clock: clockAt(),
    });
    expect(disputed.data!.disputeInvoice.userErrors).toEqual([]);
    const [row] = await db.current.db.select().from(dunningCases).where(eq(dunningCases.memberId, cast.member.id));
    expect(row!.closedAt).not.toBeNull();
    expect((await gql(db.current, cast.as.member, BOOK_SALON, slot)).data!.bookSalonAppointment.userErrors).toEqual([]);
  });

  it("BIL-9: only BILLING takes the steps; the member, BILLING and the desk read the case; the delegate, a payer and other staff do not", async () => {
    const { cast, step } = await aDebtor();
    for (const who of ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER", "anonymous"] as const) {
      const before = await snapshot(db.current);
      expect(errorCodes(await step("sendFormalNotice", "2026-11-26", who))[0], who).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(await snapshot(db.current)).toEqual(before);
    }
    await step("sendFormalNotice", "2026-11-26");
    const ME = `{ me { member { dunning { stage } } } }`;
    expect((await gql(db.current, cast.as.member, ME)).data!.me.member.dunning).toEqual({ stage: "FORMAL_NOTICE" });
    const NODE = `query($id: ID!) { node(id: $id) { ... on Member { dunning { stage } } } }`;
    expect((await gql(db.current, cast.as.DESK_AGENT, NODE, { variables: { id: toGlobalId("Member", cast.member.id) } })).data!.node.dunning).toEqual({ stage: "FORMAL_NOTICE" });
    const BY_BILLING = `query($id: ID) { billingStanding(memberId: $id) { overdueCents dunning { stage } } }`;
    expect((await gql(db.current, cast.as.BILLING, BY_BILLING, { variables: { id: cast.memberGid }, clock: clockAt() })).data!.billingStanding).toEqual({
      overdueCents: 9000,
      dunning: { stage: "FORMAL_NOTICE" },
    });
    // The delegate reaches Member but not the case; the payer's view has no dunning; the other member sees nothing of it.
    expect((await gql(db.current, cast.as.delegate, ME)).data!.me.member.dunning).toBeNull();
    expect((await gql(db.current, cast.as.payer, `{ billingStanding { dunning { stage } } }`)).data!.billingStanding.dunning).toBeNull();
    expect((await gql(db.current, cast.as.otherMember, ME)).data!.me.member.dunning).toBeNull();
  });
});
