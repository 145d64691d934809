import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addresses, interventions, optionSubscriptions } from "../../../db/schema/index.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aMember, aStaffUser, actors, anAddress, anOption } from "../../support/factories.js";
import {
  BOOK,
  MEMBER_SIDE_REFUSED,
  QUOTE,
  SATURDAY_10H,
  STAFF_ONLY_REFUSED,
  WEEKDAY_10H,
  YEAR_END,
  YEAR_START,
  aScene,
  anAssistanceRequest,
  anIntervention,
  bookingInput,
  codes,
  expectShieldRefusal,
  expectUserErrors,
  gid,
  usedInterventions,
} from "./support.js";

type Scene = Awaited<ReturnType<typeof aScene>>;

describe("INT-2/INT-3: the desk books a home intervention", () => {
  const db = useTestDatabase();
  let scene: Scene;
  beforeAll(async () => {
    scene = await aScene(db.current);
  });
  const ids = () => [scene.member.id, scene.other.id];
  const book = (input: Record<string, unknown>, who: keyof Scene["as"] = "DESK_AGENT") => gql(db.current, scene.as[who], BOOK, { variables: { input } });
  const refusedBooking = async (s: Scene, input: Record<string, unknown>) =>
    codes(await expectUserErrors(db.current, () => gql(db.current, s.as.DESK_AGENT, BOOK, { variables: { input } }), [s.member.id], "bookHomeIntervention"));

  it("INT-2: a technician visit at the member's address, Tuesday 10:00–11:30 Paris, free within the 15, audited", async () => {
    const res = await book(bookingInput(scene));
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookHomeIntervention.userErrors).toEqual([]);
    const intervention = res.data!.bookHomeIntervention.intervention;
    expect(intervention).toMatchObject({
      kind: "TECHNICIAN",
      status: "BOOKED",
      assistanceRequestId: gid.request(scene.request),
      startsAt: WEEKDAY_10H,
      endsAt: "2026-12-01T10:30:00.000Z",
      durationMinutes: 90,
      countsInAllowance: true,
      contractYearStart: YEAR_START,
      backupConfirmedAt: null,
      price: { billable: false, billingReason: null, inBusinessHours: true, lines: [], totalCents: 0 },
      site: { line1: "10 rue Halévy", postalCode: "75009", commune: "Paris" },
      topic: "LIVEBOX",
      installedByParnasse: false,
      problem: "La Livebox redémarre en boucle",
      performerName: scene.staff.TECHNICIAN.displayName,
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "bookHomeIntervention", actorRole: "DESK_AGENT", onBehalfOfMemberId: scene.member.id });
  });

  it("INT-2: a coach visit by the member's coach, on a Saturday", async () => {
    const res = await book(bookingInput(scene, { kind: "COACH_VISIT", performerId: gid.staff(scene.staff.COACH), startsAt: SATURDAY_10H, durationMinutes: 60 }));
    expect(res.data!.bookHomeIntervention.intervention).toMatchObject({ kind: "COACH_VISIT", price: { billable: false, inBusinessHours: false } });
  });

  it.each(STAFF_ONLY_REFUSED)("AUT-3: %s cannot book a home intervention", async (who) => {
    await expectShieldRefusal(db.current, () => book(bookingInput(scene), who), ids());
  });

  it("AUT-1: an anonymous caller cannot book", async () => {
    await expectShieldRefusal(db.current, () => gql(db.current, null, BOOK, { variables: { input: bookingInput(scene) } }), ids(), "UNAUTHENTICATED");
  });

  it("INT-1: no home intervention before the remote assistance is recorded as failed or impossible", async () => {
    const pending = await anAssistanceRequest(db.current, scene.member.id, { remoteOutcome: null, remoteOutcomeAt: null, remoteOutcomeBy: null });
    const resolved = await anAssistanceRequest(db.current, scene.member.id, { remoteOutcome: "RESOLVED" });
    for (const request of [pending, resolved]) {
      expect(await refusedBooking(scene, bookingInput(scene, { assistanceRequestId: gid.request(request) }))).toEqual(["REMOTE_NOT_FAILED/INT-1"]);
    }
    expect(await refusedBooking(scene, bookingInput(scene, { assistanceRequestId: "garbage" }))).toEqual(["ASSISTANCE_REQUEST_NOT_FOUND/AUT-2"]);
  });

  it("INT-5: TV bouquets / VOD are remote only and can never be booked at home", async () => {
    const tv = await anAssistanceRequest(db.current, scene.member.id, { topic: "TV_VOD" });
    expect(await refusedBooking(scene, bookingInput(scene, { assistanceRequestId: gid.request(tv) }))).toEqual(["TV_VOD_REMOTE_ONLY/INT-5"]);
  });

  it("INT-2: the slot must lie inside Mon–Sat 09:00–19:00 Paris time", async () => {
    const outside = [
      { startsAt: "2026-11-29T09:00:00Z", durationMinutes: 60 }, // Sunday
      { startsAt: "2026-12-01T07:30:00Z", durationMinutes: 60 }, // 08:30 Paris
      { startsAt: "2026-12-01T17:30:00Z", durationMinutes: 60 }, // ends 19:30 Paris
      { startsAt: "2026-11-28T17:00:00Z", durationMinutes: 90 }, // Saturday, ends 19:30
    ];
    for (const slot of outside) expect(await refusedBooking(scene, bookingInput(scene, slot))).toEqual(["OUTSIDE_INTERVENTION_HOURS/INT-2"]);
    expect(await refusedBooking(scene, bookingInput(scene, { startsAt: "2026-11-25T09:00:00Z" }))).toEqual(["SLOT_IN_PAST/INT-2"]);
    expect(await refusedBooking(scene, bookingInput(scene, { durationMinutes: 10 }))).toEqual(["INVALID_DURATION/INT-2"]);
    expect(await refusedBooking(scene, bookingInput(scene, { durationMinutes: 100000 }))).toEqual(["INVALID_DURATION/INT-2"]);
  });

  it("INT-2: far-future slots (over a year ahead) and absurd durations are refused without a 500", async () => {
    const beyondScalar = await gql(db.current, scene.as.DESK_AGENT, QUOTE, {
      variables: { input: { memberId: gid.member(scene.member), kind: "TECHNICIAN", startsAt: "9999-12-31T09:00:00Z", durationMinutes: 60 } },
    });
    expect(beyondScalar.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    for (const startsAt of ["2999-12-31T09:00:00Z", "2999-06-04T09:00:00Z"]) {
      const res = await gql(db.current, scene.as.DESK_AGENT, QUOTE, {
        variables: { input: { memberId: gid.member(scene.member), kind: "TECHNICIAN", startsAt, durationMinutes: 60 } },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.interventionQuote.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`)).toEqual(["SLOT_TOO_FAR/INT-2"]);
    }
    expect(await refusedBooking(scene, bookingInput(scene, { startsAt: "2999-12-31T09:00:00Z" }))).toEqual(["SLOT_TOO_FAR/INT-2"]);
    expect(await refusedBooking(scene, bookingInput(scene, { kind: "COACH_VISIT", durationMinutes: -5, personalDeviceCount: 2_000_000_000 }))).toEqual([
      "NOT_THE_MEMBERS_COACH/INT-2",
      "INVALID_DURATION/INT-2",
      "INVALID_DEVICE_COUNT/INT-7",
    ]);
  });

  it("INT-2: public holidays do not close interventions (Mon–Sat); 14 July 2027 is booked at the holiday rate", async () => {
    const res = await book(bookingInput(scene, { startsAt: "2027-07-14T08:00:00Z" }));
    expect(res.data!.bookHomeIntervention.intervention.price).toMatchObject({ inBusinessHours: false, billable: false });
  });

  it("ZON-2: only at an active address of the member", async () => {
    const removed = await anAddress(db.current, scene.member.id, { kind: "EXTRA_SITE", removedAt: new Date("2026-11-20T09:00:00Z") });
    const others = await anAddress(db.current, scene.other.id);
    for (const address of [removed, others]) {
      expect(await refusedBooking(scene, bookingInput(scene, { addressId: gid.address(address) }))).toEqual(["ADDRESS_NOT_FOUND/ZON-2"]);
    }
    expect(await refusedBooking(scene, bookingInput(scene, { addressId: "x" }))).toEqual(["ADDRESS_NOT_FOUND/ZON-2"]);
  });

  it("INT-2: a technician visit needs an active technician; a coach visit the member's coach or substitute", async () => {
    const disabled = await aStaffUser(db.current, "TECHNICIAN", { disabledAt: new Date("2026-11-01T00:00:00Z") });
    for (const performer of [scene.staff.COACH, scene.staff.DESK_AGENT, disabled]) {
      expect(await refusedBooking(scene, bookingInput(scene, { performerId: gid.staff(performer) }))).toEqual(["NOT_A_TECHNICIAN/INT-2"]);
    }
    const otherCoach = await aStaffUser(db.current, "COACH");
    for (const performer of [otherCoach, scene.staff.TECHNICIAN]) {
      expect(await refusedBooking(scene, bookingInput(scene, { kind: "COACH_VISIT", performerId: gid.staff(performer) }))).toEqual(["NOT_THE_MEMBERS_COACH/INT-2"]);
    }
  });

  it("INT-3: no home intervention without the option in force", async () => {
    const m = await aMember(db.current);
    const address = await anAddress(db.current, m.id);
    const request = await anAssistanceRequest(db.current, m.id);
    const s = { ...scene, member: m, address, request };
    expect(await refusedBooking(s, bookingInput(s))).toEqual(["NO_OPTION_IN_FORCE/INT-3"]);
    await anOption(db.current, m.id, { endsAt: new Date("2026-11-30T23:00:00Z"), endReason: "MEMBER_REQUEST" });
    expect(await refusedBooking(s, bookingInput(s))).toEqual(["OPTION_ENDS_BEFORE_SLOT/INT-3"]);
  });

  it("INT-7: a coach visit with more than 3 personal devices makes the coach's time billable even within the 15", async () => {
    const input = bookingInput(scene, { kind: "COACH_VISIT", performerId: gid.staff(scene.staff.COACH), durationMinutes: 125, personalDeviceCount: 4 });
    const errors = await expectUserErrors(db.current, () => book(input), [scene.member.id], "bookHomeIntervention");
    expect(codes(errors)).toEqual(["COACH_TIME_NOT_ACCEPTED/INT-7"]);
    expect(errors[0]!.message).toContain("450,00 €");
    const res = await book({ ...input, acceptedPriceCents: 45_000 });
    expect(res.data!.bookHomeIntervention.intervention).toMatchObject({
      personalDeviceCount: 4,
      price: { billable: true, billingReason: "COACH_PERSONAL_DEVICES", lines: [{ code: "COACH_HOUR", quantity: 3, unitCents: 15_000, totalCents: 45_000 }], totalCents: 45_000 },
    });
    const three = await book({ ...input, personalDeviceCount: 3 });
    expect(three.data!.bookHomeIntervention.intervention.price.billable).toBe(false);
    expect(await refusedBooking(scene, { ...input, personalDeviceCount: -1 })).toEqual(["INVALID_DEVICE_COUNT/INT-7"]);
  });
});

describe("INT-3: 15 interventions per contract year, then billable once the price is accepted", () => {
  const db = useTestDatabase();

  it("INT-3: the 16th is refused without the accepted price (the price is in the message), then booked billable with it", async () => {
    const scene = await aScene(db.current);
    await usedInterventions(db.current, scene, 15);
    const input = bookingInput(scene, { startsAt: SATURDAY_10H });
    const errors = await expectUserErrors(db.current, () => gql(db.current, scene.as.DESK_AGENT, BOOK, { variables: { input } }), [scene.member.id], "bookHomeIntervention");
    expect(codes(errors)).toEqual(["PRICE_NOT_ACCEPTED/INT-3"]);
    expect(errors[0]!.message).toContain("300,00 €");
    expect(errors[0]!.field).toEqual(["input", "acceptedPriceCents"]);
    const wrong = await expectUserErrors(
      db.current,
      () => gql(db.current, scene.as.DESK_AGENT, BOOK, { variables: { input: { ...input, acceptedPriceCents: 27_000 } } }),
      [scene.member.id],
      "bookHomeIntervention",
    );
    expect(codes(wrong)).toEqual(["PRICE_NOT_ACCEPTED/INT-3"]);

    const res = await gql(db.current, scene.as.DESK_AGENT, BOOK, { variables: { input: { ...input, acceptedPriceCents: 30_000 } } });
    expect(res.data!.bookHomeIntervention.intervention.price).toEqual({
      billable: true,
      billingReason: "BEYOND_ALLOWANCE",
      inBusinessHours: false,
      lines: [
        { code: "TRAVEL", quantity: 1, unitCents: 10_000, totalCents: 10_000 },
        { code: "TECHNICIAN_FIRST_HOUR", quantity: 1, unitCents: 14_000, totalCents: 14_000 },
        { code: "TECHNICIAN_EXTRA_HALF_HOUR", quantity: 1, unitCents: 6_000, totalCents: 6_000 },
      ],
      totalCents: 30_000,
      totalHtCents: 25_000,
      vatCents: 5_000,
    });
    const [row] = await db.current.db.select().from(interventions).where(eq(interventions.billingReason, "BEYOND_ALLOWANCE"));
    expect(row).toMatchObject({ memberId: scene.member.id, priceCents: 30_000 });
  });

  it("INT-3: cancelled interventions do not count; those of the previous contract year do not carry over", async () => {
    const scene = await aScene(db.current);
    await usedInterventions(db.current, scene, 14);
    await anIntervention(db.current, scene, { status: "CANCELLED", cancelledAt: new Date("2026-11-20T09:00:00Z") });
    // Before the contract year: it never counts in this one.
    await anIntervention(db.current, scene, { startsAt: new Date("2026-10-30T09:00:00Z"), contractYearStart: new Date("2025-11-01T23:00:00Z") });
    const quote = await gql(db.current, scene.as.DESK_AGENT, QUOTE, {
      variables: { input: { memberId: gid.member(scene.member), kind: "TECHNICIAN", startsAt: WEEKDAY_10H, durationMinutes: 60 } },
    });
    expect(quote.data!.interventionQuote.quote).toMatchObject({ free: true, usedInContractYear: 14, limit: 15 });
    const res = await gql(db.current, scene.as.DESK_AGENT, BOOK, { variables: { input: bookingInput(scene) } });
    expect(res.data!.bookHomeIntervention.intervention.price.billable).toBe(false);
    const next = await gql(db.current, scene.as.DESK_AGENT, QUOTE, {
      variables: { input: { memberId: gid.member(scene.member), kind: "TECHNICIAN", startsAt: WEEKDAY_10H, durationMinutes: 60 } },
    });
    expect(next.data!.interventionQuote.quote).toMatchObject({ free: false, usedInContractYear: 15, priceToAcceptCents: 22_000 });
    // A slot in the next contract year starts from zero again.
    const nextYear = await gql(db.current, scene.as.DESK_AGENT, QUOTE, {
      variables: { input: { memberId: gid.member(scene.member), kind: "TECHNICIAN", startsAt: "2027-11-02T09:00:00Z", durationMinutes: 60 } },
    });
    expect(nextYear.data!.interventionQuote.quote).toMatchObject({ free: true, usedInContractYear: 0, contractYearStart: YEAR_END });
  });

  it("INT-3: an option re-subscribed later starts a new anniversary year", async () => {
    const scene = await aScene(db.current);
    await db.current.db
      .update(optionSubscriptions)
      .set({ acceptedAt: new Date("2026-03-10T10:00:00Z") })
      .where(eq(optionSubscriptions.memberId, scene.member.id));
    const res = await gql(db.current, scene.as.member, QUOTE, { variables: { input: { kind: "COACH_VISIT", startsAt: WEEKDAY_10H, durationMinutes: 60 } } });
    expect(res.data!.interventionQuote.quote).toMatchObject({ contractYearStart: "2026-03-09T23:00:00.000Z", contractYearEnd: "2027-03-09T23:00:00.000Z" });
  });
});

describe("INT-3: the quote, shown before booking", () => {
  const db = useTestDatabase();
  let scene: Scene;
  beforeAll(async () => {
    scene = await aScene(db.current);
    await usedInterventions(db.current, scene, 15);
  });
  const quote = (who: keyof Scene["as"] | null, input: Record<string, unknown>) => gql(db.current, who ? scene.as[who] : null, QUOTE, { variables: { input } });
  const slot = { kind: "TECHNICIAN", startsAt: WEEKDAY_10H, durationMinutes: 90 };

  it.each(["member", "delegate"] as const)("INT-3: the %s sees the price of the 16th before booking: 100 + 120 + 50 on a weekday", async (who) => {
    const res = await quote(who, slot);
    expect(res.errors).toBeUndefined();
    expect(res.data!.interventionQuote).toEqual({
      quote: {
        kind: "TECHNICIAN",
        startsAt: WEEKDAY_10H,
        durationMinutes: 90,
        free: false,
        usedInContractYear: 15,
        limit: 15,
        contractYearStart: YEAR_START,
        contractYearEnd: YEAR_END,
        priceToAcceptCents: 27_000,
        price: {
          billable: true,
          billingReason: "BEYOND_ALLOWANCE",
          inBusinessHours: true,
          lines: [
            { code: "TRAVEL", quantity: 1, unitCents: 10_000, totalCents: 10_000 },
            { code: "TECHNICIAN_FIRST_HOUR", quantity: 1, unitCents: 12_000, totalCents: 12_000 },
            { code: "TECHNICIAN_EXTRA_HALF_HOUR", quantity: 1, unitCents: 5_000, totalCents: 5_000 },
          ],
          totalCents: 27_000,
          totalHtCents: 22_500,
          vatCents: 4_500,
        },
      },
      userErrors: [],
    });
  });

  it("INT-3: the desk quotes any member: a Saturday at 100 + 140 + 60, 14 July at the holiday rate, a 2h05 coach visit at 100 + 3 × 150", async () => {
    const memberId = gid.member(scene.member);
    const saturday = await quote("DESK_AGENT", { ...slot, memberId, startsAt: SATURDAY_10H });
    expect(saturday.data!.interventionQuote.quote.price).toMatchObject({ inBusinessHours: false, totalCents: 30_000 });
    const bastille = await quote("DESK_AGENT", { ...slot, memberId, startsAt: "2027-07-14T08:00:00Z" });
    expect(bastille.data!.interventionQuote.quote.price).toMatchObject({ inBusinessHours: false, totalCents: 30_000 });
    const coach = await quote("DESK_AGENT", { memberId, kind: "COACH_VISIT", startsAt: WEEKDAY_10H, durationMinutes: 125 });
    expect(coach.data!.interventionQuote.quote.price).toMatchObject({ totalCents: 55_000, totalHtCents: 45_833, vatCents: 9_167 });
  });

  it("INT-2: a slot outside Mon–Sat 09:00–19:00 gets no quote", async () => {
    const res = await quote("member", { ...slot, startsAt: "2026-11-29T09:00:00Z" });
    expect(res.data!.interventionQuote.quote).toBeNull();
    expect(res.data!.interventionQuote.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`)).toEqual(["OUTSIDE_INTERVENTION_HOURS/INT-2"]);
  });

  it("AUT-2: a member cannot quote for another member", async () => {
    const res = await quote("member", { ...slot, memberId: gid.member(scene.other) });
    expect(refusalCodes(res, "interventionQuote")).toEqual(["MEMBER_NOT_FOUND"]);
  });

  it.each(MEMBER_SIDE_REFUSED)("AUT-3: %s cannot ask for a quote", async (who) => {
    await expectShieldRefusal(db.current, () => quote(who, { ...slot, memberId: gid.member(scene.member) }), [scene.member.id]);
  });

  it("AUT-1: an anonymous caller cannot ask for a quote", async () => {
    await expectShieldRefusal(db.current, () => quote(null, slot), [scene.member.id], "UNAUTHENTICATED");
  });

  it("INT-3: a quote for a member without the option is refused", async () => {
    const m = await aMember(db.current);
    await db.current.db.insert(addresses).values({ memberId: m.id, kind: "MAIN", line1: "1 rue X", postalCode: "75001", commune: "Paris", createdAt: new Date() });
    const res = await gql(db.current, actors.member(m), QUOTE, { variables: { input: slot } });
    expect(res.data!.interventionQuote.userErrors.map((e: { code: string; rule: string }) => `${e.code}/${e.rule}`)).toEqual(["NO_OPTION_IN_FORCE/INT-3"]);
  });
});
