import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { salons } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aDelegate, aMember, actors, anOption } from "../../support/factories.js";
import {
  BOOK,
  CANCEL,
  SLOT,
  STAFF_REFUSED,
  aSalonCast,
  anAppointment,
  anOptionHolder,
  appointmentGid,
  appointmentsOf,
  book,
  clock,
  expectShieldRefusal,
  expectUserErrors,
} from "./salon.support.js";

const at = (iso: string) => new Date(iso);

describe("Salon particulier appointments", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aSalonCast>>;
  beforeAll(async () => {
    cast = await aSalonCast(db.current);
  });

  describe("SVC-4 booking, members only", () => {
    it("SVC-4: the member books the salon at Boutique Orange Opéra, 10 rue Halévy, 75009 Paris; the booking is audited", async () => {
      const m = await anOptionHolder(db.current);
      const res = await gql(db.current, actors.member(m), BOOK, book({ note: "Découvrir les nouveaux smartphones" }));
      expect(res.errors).toBeUndefined();
      expect(res.data!.bookSalonAppointment).toEqual({
        userErrors: [],
        appointment: {
          id: expect.any(String),
          startsAt: SLOT,
          endsAt: "2026-12-01T14:00:00.000Z",
          durationMinutes: 60,
          status: "BOOKED",
          note: "Découvrir les nouveaux smartphones",
          bookedByRole: "MEMBER",
          cancelledAt: null,
          cancelledByRole: null,
          salon: { name: expect.stringContaining("Boutique Orange Opéra"), street: "10 rue Halévy", postalCode: "75009", city: "Paris", capacity: 1 },
        },
      });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "bookSalonAppointment", actorRole: "MEMBER", onBehalfOfMemberId: m.id }]);
      expect(await appointmentsOf(db.current, [m.id])).toHaveLength(1);
    });

    it("SVC-4: the delegate books on the member's behalf: the appointment is in the member's name, audited as by the delegate", async () => {
      const m = await anOptionHolder(db.current);
      const d = await aDelegate(db.current, m.id);
      const res = await gql(db.current, actors.delegate(d), BOOK, book({ startsAt: "2026-12-02T13:00:00Z" }));
      expect(res.data!.bookSalonAppointment.appointment).toMatchObject({ status: "BOOKED", bookedByRole: "DELEGATE" });
      const [row] = await appointmentsOf(db.current, [m.id]);
      expect(row).toMatchObject({ memberId: m.id, bookedByRole: "DELEGATE", bookedById: d.id });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ actorRole: "DELEGATE", actorId: d.id, onBehalfOfMemberId: m.id }]);
    });

    it("SVC-4: the desk books for a named member; without memberId it is told to name one", async () => {
      const m = await anOptionHolder(db.current);
      const res = await gql(db.current, cast.as.DESK_AGENT, BOOK, book({ memberId: toGlobalId("Member", m.id), startsAt: "2026-12-03T13:00:00Z" }));
      expect(res.data!.bookSalonAppointment.appointment).toMatchObject({ bookedByRole: "DESK_AGENT" });
      const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.DESK_AGENT, BOOK, book({})), "bookSalonAppointment");
      expect(errors).toEqual([["MEMBER_ID_REQUIRED", null]]);
    });

    it("SVC-4: members only: a terminated or candidate member, or one without the Option Intérieur in force, cannot book; nothing is written", async () => {
      const terminated = await aMember(db.current, { status: "TERMINATED" });
      await anOption(db.current, terminated.id);
      const candidate = await aMember(db.current, { status: "ACCEPTED" });
      const noOption = await aMember(db.current);
      const ended = await aMember(db.current);
      await anOption(db.current, ended.id, { endsAt: at("2026-11-10T00:00:00Z"), endReason: "MEMBER_REQUEST" });
      const cases = [
        [terminated, "MEMBERSHIP_NOT_ACTIVE"],
        [candidate, "MEMBERSHIP_NOT_ACTIVE"],
        [noOption, "OPTION_NOT_IN_FORCE"],
        [ended, "OPTION_NOT_IN_FORCE"],
      ] as const;
      for (const [m, code] of cases) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.DESK_AGENT, BOOK, book({ memberId: toGlobalId("Member", m.id) })), "bookSalonAppointment");
        expect(errors).toEqual([[code, "SVC-4"]]);
      }
    });

    it("SVC-4: a member or delegate naming another member gets 'not found'; a malformed id too; nothing is written", async () => {
      for (const actor of [cast.as.member, cast.as.delegate]) {
        for (const memberId of [cast.otherGid, "not-an-id", toGlobalId("Address", cast.other.id)]) {
          const errors = await expectUserErrors(db.current, () => gql(db.current, actor, BOOK, book({ memberId })), "bookSalonAppointment");
          expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
        }
      }
    });

    it.each(["anonymous", ...STAFF_REFUSED] as const)("AUT-1: %s cannot book the salon; nothing is written", async (who) => {
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], BOOK, book({ memberId: cast.memberGid })), who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
    });
  });

  describe("SVC-4 the slot", () => {
    it("SVC-4: a slot in the past, beyond 3 months, off the quarter hour, or of a wrong duration is refused, all errors at once", async () => {
      const cases: [Record<string, unknown>, [string, string | null][]][] = [
        [{ startsAt: "2026-11-26T09:00:00Z" }, [["SLOT_IN_PAST", "SVC-4"]]],
        [{ startsAt: "2027-02-27T13:00:00Z" }, [["SLOT_TOO_FAR", "SVC-4"]]],
        [{ startsAt: "2999-12-31T13:00:00Z" }, [["SLOT_TOO_FAR", "SVC-4"]]],
        [{ startsAt: "2026-12-01T13:05:00Z" }, [["SLOT_NOT_ALIGNED", "SVC-4"]]],
        [{ durationMinutes: 15 }, [["INVALID_DURATION", "SVC-4"]]],
        [{ durationMinutes: 135 }, [["INVALID_DURATION", "SVC-4"]]],
        [{ durationMinutes: 50 }, [["INVALID_DURATION", "SVC-4"]]],
        [{ durationMinutes: -2147483648 }, [["INVALID_DURATION", "SVC-4"]]],
        [{ note: "x".repeat(501) }, [["NOTE_TOO_LONG", null]]],
        [
          { startsAt: "2026-11-20T13:10:00Z", durationMinutes: 500, note: "y".repeat(100_000) },
          [
            ["INVALID_DURATION", "SVC-4"],
            ["SLOT_NOT_ALIGNED", "SVC-4"],
            ["SLOT_IN_PAST", "SVC-4"],
            ["NOTE_TOO_LONG", null],
          ],
        ],
      ];
      for (const [input, expected] of cases) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.member, BOOK, book(input)), "bookSalonAppointment");
        expect(errors).toEqual(expected);
      }
    });

    it("SVC-4: the last day of the 3-month horizon is accepted (Paris dates)", async () => {
      const m = await anOptionHolder(db.current);
      const res = await gql(db.current, actors.member(m), BOOK, book({ startsAt: "2027-02-26T13:00:00Z", durationMinutes: 30 }));
      expect(res.data!.bookSalonAppointment.userErrors).toEqual([]);
    });

    it("SVC-4: outside the salon's hours (Sunday, before 10:00, ending after 19:00 Paris) is refused", async () => {
      const cases = [
        { startsAt: "2026-12-06T13:00:00Z" }, // Sunday
        { startsAt: "2026-12-01T08:30:00Z" }, // 09:30 Paris
        { startsAt: "2026-12-01T17:30:00Z", durationMinutes: 60 }, // 18:30–19:30 Paris
      ];
      for (const input of cases) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.member, BOOK, book(input)), "bookSalonAppointment");
        expect(errors).toEqual([["SALON_CLOSED", "SVC-4"]]);
      }
    });

    it("SVC-4: the salon's hours are data: the app asks whether the salon is open now", async () => {
      const res = await gql(db.current, cast.as.member, `{ serviceAvailability(service: SALON) { openNow rule hours { isoWeekday opens closes } } }`, { clock: clock() });
      expect(res.errors).toBeUndefined();
      expect(res.data!.serviceAvailability).toMatchObject({ openNow: true, rule: "SVC-4" });
      expect(res.data!.serviceAvailability.hours).toHaveLength(6);
    });

    it("SVC-4: two appointments of the same member cannot overlap; back to back is fine", async () => {
      const m = await anOptionHolder(db.current);
      await anAppointment(db.current, m.id, { startsAt: at("2026-12-04T13:00:00Z"), endsAt: at("2026-12-04T14:00:00Z") });
      const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), BOOK, book({ startsAt: "2026-12-04T13:30:00Z" })), "bookSalonAppointment");
      expect(errors).toEqual([["MEMBER_OVERLAP", "SVC-4"]]);
      // The salon's capacity is 1: widen it so only the member's own overlap is tested.
      await db.current.db.update(salons).set({ capacity: 5 }).where(eq(salons.code, "OPERA"));
      try {
        const again = await expectUserErrors(
          db.current,
          () => gql(db.current, actors.member(m), BOOK, book({ startsAt: "2026-12-04T12:30:00Z", durationMinutes: 120 })),
          "bookSalonAppointment",
        );
        expect(again).toEqual([["MEMBER_OVERLAP", "SVC-4"]]);
        const next = await gql(db.current, actors.member(m), BOOK, book({ startsAt: "2026-12-04T14:00:00Z" }));
        expect(next.data!.bookSalonAppointment.userErrors).toEqual([]);
      } finally {
        await db.current.db.update(salons).set({ capacity: 1 }).where(eq(salons.code, "OPERA"));
      }
    });

    it("SVC-4: the salon receives one appointment at a time: an overlapping slot of another member is full; a cancelled one frees it", async () => {
      const a = await anOptionHolder(db.current);
      const b = await anOptionHolder(db.current);
      const taken = await anAppointment(db.current, a.id, { startsAt: at("2026-12-07T13:00:00Z"), endsAt: at("2026-12-07T14:00:00Z") });
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, actors.member(b), BOOK, book({ startsAt: "2026-12-07T13:45:00Z", durationMinutes: 30 })),
        "bookSalonAppointment",
      );
      expect(errors).toEqual([["SLOT_FULL", "SVC-4"]]);
      await gql(db.current, actors.member(a), CANCEL, { variables: { input: { appointmentId: appointmentGid(taken) } }, clock: clock() });
      const res = await gql(db.current, actors.member(b), BOOK, book({ startsAt: "2026-12-07T13:45:00Z", durationMinutes: 30 }));
      expect(res.data!.bookSalonAppointment.userErrors).toEqual([]);
    });

    it("SVC-4: with a capacity of 2, the peak occupancy over the slot decides (two disjoint neighbours do not fill it)", async () => {
      const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => anOptionHolder(db.current)));
      await db.current.db.update(salons).set({ capacity: 2 }).where(eq(salons.code, "OPERA"));
      try {
        await anAppointment(db.current, a!.id, { startsAt: at("2026-12-08T13:00:00Z"), endsAt: at("2026-12-08T14:00:00Z") });
        await anAppointment(db.current, b!.id, { startsAt: at("2026-12-08T14:00:00Z"), endsAt: at("2026-12-08T15:00:00Z") });
        const ok = await gql(db.current, actors.member(c!), BOOK, book({ startsAt: "2026-12-08T13:30:00Z", durationMinutes: 60 }));
        expect(ok.data!.bookSalonAppointment.userErrors).toEqual([]);
        const errors = await expectUserErrors(
          db.current,
          () => gql(db.current, actors.member(d!), BOOK, book({ startsAt: "2026-12-08T13:45:00Z", durationMinutes: 30 })),
          "bookSalonAppointment",
        );
        expect(errors).toEqual([["SLOT_FULL", "SVC-4"]]);
      } finally {
        await db.current.db.update(salons).set({ capacity: 1 }).where(eq(salons.code, "OPERA"));
      }
    });

    it("SVC-4: at most 3 upcoming appointments per member; past ones do not count", async () => {
      const m = await anOptionHolder(db.current);
      await anAppointment(db.current, m.id, { startsAt: at("2026-11-20T13:00:00Z"), endsAt: at("2026-11-20T14:00:00Z") });
      for (const day of ["09", "10", "11"]) await anAppointment(db.current, m.id, { startsAt: at(`2027-01-${day}T13:00:00Z`), endsAt: at(`2027-01-${day}T14:00:00Z`) });
      const errors = await expectUserErrors(db.current, () => gql(db.current, actors.member(m), BOOK, book({ startsAt: "2027-01-12T13:00:00Z" })), "bookSalonAppointment");
      expect(errors).toEqual([["TOO_MANY_UPCOMING", "SVC-4"]]);
    });
  });

  describe("SVC-4 cancellation", () => {
    const cancel = (appointmentId: string) => ({ variables: { input: { appointmentId } }, clock: clock() });

    it("SVC-4: the member, the delegate and the desk cancel an appointment before it starts; audited", async () => {
      const m = await anOptionHolder(db.current);
      const d = await aDelegate(db.current, m.id);
      for (const [actor, role] of [
        [actors.member(m), "MEMBER"],
        [actors.delegate(d), "DELEGATE"],
        [cast.as.DESK_AGENT, "DESK_AGENT"],
      ] as const) {
        const row = await anAppointment(db.current, m.id, { startsAt: at("2027-01-20T13:00:00Z"), endsAt: at("2027-01-20T14:00:00Z") });
        const res = await gql(db.current, actor, CANCEL, cancel(appointmentGid(row)));
        expect(res.data!.cancelSalonAppointment).toMatchObject({
          userErrors: [],
          appointment: { status: "CANCELLED", cancelledByRole: role, cancelledAt: "2026-11-26T10:00:00.000Z" },
        });
        expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "cancelSalonAppointment", actorRole: role, onBehalfOfMemberId: m.id }]);
      }
    });

    it("SVC-4: an appointment already cancelled or already started cannot be cancelled; nothing is written", async () => {
      const m = await anOptionHolder(db.current);
      const cancelled = await anAppointment(db.current, m.id, {
        startsAt: at("2027-01-21T13:00:00Z"),
        endsAt: at("2027-01-21T14:00:00Z"),
        status: "CANCELLED",
        cancelledAt: at("2026-11-25T10:00:00Z"),
        cancelledByRole: "MEMBER",
        cancelledById: m.id,
      });
      const started = await anAppointment(db.current, m.id, { startsAt: at("2026-11-26T09:30:00Z"), endsAt: at("2026-11-26T10:30:00Z") });
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), CANCEL, cancel(appointmentGid(cancelled))), "cancelSalonAppointment")).toEqual([
        ["ALREADY_CANCELLED", "SVC-4"],
      ]);
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), CANCEL, cancel(appointmentGid(started))), "cancelSalonAppointment")).toEqual([
        ["APPOINTMENT_STARTED", "SVC-4"],
      ]);
    });

    it("AUT-2: another member or their delegate cannot cancel (not found); malformed ids are not found either", async () => {
      const row = await anAppointment(db.current, cast.member.id, { startsAt: at("2027-01-22T13:00:00Z"), endsAt: at("2027-01-22T14:00:00Z") });
      const otherDelegate = await aDelegate(db.current, cast.other.id);
      for (const [actor, id] of [
        [cast.as.otherMember, appointmentGid(row)],
        [actors.delegate(otherDelegate), appointmentGid(row)],
        [cast.as.member, "%%%"],
        [cast.as.member, toGlobalId("CircleEvent", row.id)],
      ] as const) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, actor, CANCEL, cancel(id)), "cancelSalonAppointment");
        expect(errors).toEqual([["APPOINTMENT_NOT_FOUND", "AUT-2"]]);
      }
    });

    it.each(["anonymous", ...STAFF_REFUSED] as const)("AUT-1: %s cannot cancel an appointment; nothing is written", async (who) => {
      const row = await anAppointment(db.current, cast.member.id, { startsAt: at("2027-01-23T13:00:00Z"), endsAt: at("2027-01-23T14:00:00Z") });
      await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], CANCEL, cancel(appointmentGid(row))), who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
    });
  });
});
