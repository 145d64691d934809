import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { proBricks } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aMember, actors, anAddress, anOption } from "../../support/factories.js";
import { ASSIGN_BRICK, PREREQUISITE, SUBSCRIBE, TERMINATE, aProBrick, aProCast, aProMember, aProService, brickGid, expectShieldRefusal, expectUserErrors } from "./pro.support.js";

const NOW = "2026-11-26T10:00:00Z";
const at = (iso = NOW) => new ManualClock(iso);
const subscribe = (address: { id: string }, extra: Record<string, unknown> = {}) => ({
  variables: { input: { brick: "WORKSTATION", addressId: toGlobalId("Address", address.id), ...extra } },
  clock: at(),
});

describe("Univers Pro maintenance bricks (PRO-2..4)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aProCast>>;
  beforeAll(async () => {
    cast = await aProCast(db.current);
  });

  describe("PRO-2 bricks and their limits", () => {
    it("PRO-2: Wi-Fi covers 1 to 3 access points; LAN & security at most 2 switches and 2 routers; other bricks take no counts", async () => {
      const { member, address } = await aProMember(db.current);
      await aProService(db.current, member.id, { status: "ACCEPTED" });
      const as = actors.member(member);
      const cases = [
        [
          { brick: "WIFI", accessPoints: 3 },
          { accessPoints: 3, switches: null, routers: null },
        ],
        [
          { brick: "LAN_SECURITY", switches: 2, routers: 2 },
          { accessPoints: null, switches: 2, routers: 2 },
        ],
        [{ brick: "WORKSTATION" }, { accessPoints: null }],
        [{ brick: "SERVERS" }, { accessPoints: null }],
        [{ brick: "VIDEO_CONFERENCING" }, { accessPoints: null }],
        [{ brick: "SERVER_BACKUP" }, { accessPoints: null }],
      ] as const;
      for (const [extra, expected] of cases) {
        const res = await gql(db.current, as, SUBSCRIBE, subscribe(address, extra));
        expect(res.data!.subscribeProBrick.userErrors, extra.brick).toEqual([]);
        expect(res.data!.subscribeProBrick.brick).toMatchObject({ brick: extra.brick, status: "ACTIVE", ...expected });
      }
    });

    const OVER = [
      [{ brick: "WIFI", accessPoints: 4 }, [["ACCESS_POINTS_LIMIT", "PRO-2"]]],
      [{ brick: "WIFI", accessPoints: 0 }, [["ACCESS_POINTS_LIMIT", "PRO-2"]]],
      [{ brick: "WIFI" }, [["EQUIPMENT_REQUIRED", "PRO-2"]]],
      [{ brick: "WIFI", accessPoints: 2, switches: 1 }, [["EQUIPMENT_NOT_APPLICABLE", "PRO-2"]]],
      [
        { brick: "LAN_SECURITY", switches: 3, routers: 3 },
        [
          ["SWITCHES_LIMIT", "PRO-2"],
          ["ROUTERS_LIMIT", "PRO-2"],
        ],
      ],
      [{ brick: "LAN_SECURITY", switches: 1 }, [["EQUIPMENT_REQUIRED", "PRO-2"]]],
      [{ brick: "LAN_SECURITY", switches: -1, routers: 1 }, [["EQUIPMENT_REQUIRED", "PRO-2"]]],
      [{ brick: "SERVERS", accessPoints: 1 }, [["EQUIPMENT_NOT_APPLICABLE", "PRO-2"]]],
    ] as const;
    it.each(OVER)("PRO-2: %o is refused with its limit; nothing is written", async (extra, expected) => {
      const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.member, SUBSCRIBE, subscribe(cast.address, extra)), [cast.member.id], "subscribeProBrick");
      expect(errors).toEqual(expected);
    });

    it("PRO-2: the limit messages name the limit, in French and in English", async () => {
      const fr = await gql(db.current, cast.as.member, SUBSCRIBE, subscribe(cast.address, { brick: "WIFI", accessPoints: 9 }));
      expect(fr.data!.subscribeProBrick.userErrors[0].message).toBe("La brique Wi-Fi couvre de 1 à 3 points d'accès.");
      const en = await gql(db.current, cast.as.member, SUBSCRIBE, { ...subscribe(cast.address, { brick: "LAN_SECURITY", switches: 5, routers: 0 }), locale: "en" });
      expect(en.data!.subscribeProBrick.userErrors[0].message).toBe("The LAN & security brick covers at most 2 switches.");
    });

    it("PRO-1: a member without a legal entity cannot subscribe a brick", async () => {
      const m = await aMember(db.current);
      await anOption(db.current, m.id);
      const address = await anAddress(db.current, m.id);
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), SUBSCRIBE, subscribe(address)), [m.id], "subscribeProBrick")).toEqual([
        ["NOT_A_LEGAL_ENTITY", "PRO-1"],
      ]);
    });
  });

  describe("PRO-3 subscription paths", () => {
    it("PRO-3: with a service accepted (being installed), the brick is active at once", async () => {
      const { member, address } = await aProMember(db.current);
      await aProService(db.current, member.id, { status: "ACCEPTED" });
      const res = await gql(db.current, actors.member(member), SUBSCRIBE, subscribe(address));
      expect(res.data!.subscribeProBrick.brick).toMatchObject({ status: "ACTIVE", activeSince: "2026-11-26T10:00:00.000Z", address: { id: toGlobalId("Address", address.id) } });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "subscribeProBrick", details: { path: "DIRECT" } }]);
    });

    it("PRO-3: within 3 months of an installation the brick is direct; from the day after, a review is required", async () => {
      const recent = await aProMember(db.current);
      await aProService(db.current, recent.member.id, { status: "INSTALLED", installedOn: "2026-08-26" });
      expect((await gql(db.current, actors.member(recent.member), SUBSCRIBE, subscribe(recent.address))).data!.subscribeProBrick.brick.status).toBe("ACTIVE");
      const older = await aProMember(db.current);
      await aProService(db.current, older.member.id, { status: "INSTALLED", installedOn: "2026-08-25" });
      const res = await gql(db.current, actors.member(older.member), SUBSCRIBE, subscribe(older.address));
      expect(res.data!.subscribeProBrick.brick).toMatchObject({ status: "REVIEW_REQUIRED", activeSince: null });
    });

    it("PRO-3: without any service (only requested, studied, quoted or declined ones), a technical study at the maintenance address is required", async () => {
      const { member, address } = await aProMember(db.current);
      for (const status of ["STUDY_REQUESTED", "STUDY_DONE", "QUOTED", "DECLINED"] as const) await aProService(db.current, member.id, { status });
      const res = await gql(db.current, actors.member(member), SUBSCRIBE, subscribe(address));
      expect(res.data!.subscribeProBrick.brick).toMatchObject({ status: "STUDY_REQUIRED", activeSince: null });
    });

    it("PRO-3: the study or the review is recorded by the technician the desk assigned, or the desk, then the brick is active", async () => {
      const { member, address } = await aProMember(db.current);
      const study = await aProBrick(db.current, member.id, address.id, { status: "STUDY_REQUIRED", technicianId: cast.staff.TECHNICIAN.id });
      const review = await aProBrick(db.current, member.id, address.id, { status: "REVIEW_REQUIRED", brick: "SERVERS" });
      const a = await gql(db.current, cast.as.TECHNICIAN, PREREQUISITE, { variables: { input: { brickId: brickGid(study), summary: "Étude sur site faite" } }, clock: at() });
      expect(a.data!.recordProBrickPrerequisite.brick).toMatchObject({ status: "ACTIVE", prerequisiteSummary: "Étude sur site faite", activeSince: "2026-11-26T10:00:00.000Z" });
      const b = await gql(db.current, cast.as.DESK_AGENT, PREREQUISITE, { variables: { input: { brickId: brickGid(review), summary: "Revue client + technicien" } } });
      expect(b.data!.recordProBrickPrerequisite.brick.status).toBe("ACTIVE");
      const again = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, PREREQUISITE, { variables: { input: { brickId: brickGid(review), summary: "x" } } }),
        [member.id],
        "recordProBrickPrerequisite",
      );
      expect(again).toEqual([["PREREQUISITE_NOT_PENDING", "PRO-3"]]);
    });

    it("PRO-3: the maintenance address must be one of the member's active addresses", async () => {
      const { member } = await aProMember(db.current);
      const removed = await anAddress(db.current, member.id, { kind: "EXTRA_SITE", removedAt: new Date("2026-11-01T00:00:00Z") });
      for (const address of [removed, cast.address]) {
        expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(member), SUBSCRIBE, subscribe(address)), [member.id], "subscribeProBrick")).toEqual([
          ["ADDRESS_NOT_FOUND", "PRO-3"],
        ]);
      }
      const bad = await gql(db.current, actors.member(member), SUBSCRIBE, { variables: { input: { brick: "SERVERS", addressId: "zzz" } } });
      expect(refusalCodes(bad, "subscribeProBrick")).toEqual(["ADDRESS_NOT_FOUND"]);
    });

    it("PRO-3: the same brick cannot be subscribed twice at one address while in force; after it ended it can", async () => {
      const { member, address } = await aProMember(db.current);
      await aProBrick(db.current, member.id, address.id, { terminationRequestedAt: new Date("2026-11-10T09:00:00Z"), endsOn: "2026-12-01" });
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(member), SUBSCRIBE, subscribe(address)), [member.id], "subscribeProBrick")).toEqual([
        ["BRICK_ALREADY_SUBSCRIBED", "PRO-3"],
      ]);
      const later = await gql(db.current, actors.member(member), SUBSCRIBE, { ...subscribe(address), clock: at("2026-12-01T09:00:00Z") });
      expect(later.data!.subscribeProBrick.userErrors).toEqual([]);
    });
  });

  describe("PRO-4 termination", () => {
    it("PRO-4: terminating takes effect on the first day of the following month; the started month is due", async () => {
      const brick = await aProBrick(db.current, cast.member.id, cast.address.id, { brick: "SERVER_BACKUP" });
      const res = await gql(db.current, cast.as.member, TERMINATE, { variables: { input: { brickId: brickGid(brick) } }, clock: at("2026-11-26T10:00:00Z") });
      expect(res.data!.terminateProBrick.brick).toMatchObject({
        terminationRequestedAt: "2026-11-26T10:00:00.000Z",
        endsOn: "2026-12-01",
        lastDueMonth: "2026-11",
        inForce: true,
      });
      const me = await gql(db.current, cast.as.member, `{ me { member { proBricks { id inForce } } } }`, { clock: at("2026-11-30T23:00:00Z") });
      expect(me.data!.me.member.proBricks.find((b: any) => b.id === brickGid(brick)).inForce).toBe(false);
    });

    it("PRO-4: a termination on 31 December at 23:30 Paris time ends on 1 January; one at 00:30 on 1 February (Paris) ends on 1 March", async () => {
      for (const [instant, endsOn, month] of [
        ["2026-12-31T22:30:00Z", "2027-01-01", "2026-12"],
        ["2027-01-31T23:30:00Z", "2027-03-01", "2027-02"],
      ] as const) {
        const brick = await aProBrick(db.current, cast.member.id, cast.address.id, { brick: "VIDEO_CONFERENCING" });
        const res = await gql(db.current, cast.as.delegate, TERMINATE, { variables: { input: { brickId: brickGid(brick) } }, clock: at(instant) });
        expect(res.data!.terminateProBrick.brick).toMatchObject({ endsOn, lastDueMonth: month });
      }
    });

    it("PRO-4: a brick is terminated only once; the desk may terminate for the member (email to the Desk)", async () => {
      const brick = await aProBrick(db.current, cast.member.id, cast.address.id, { brick: "SERVERS", status: "STUDY_REQUIRED", technicianId: cast.staff.TECHNICIAN.id });
      expect((await gql(db.current, cast.as.DESK_AGENT, TERMINATE, { variables: { input: { brickId: brickGid(brick) } } })).data!.terminateProBrick.userErrors).toEqual([]);
      const errors = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.member, TERMINATE, { variables: { input: { brickId: brickGid(brick) } } }),
        [cast.member.id],
        "terminateProBrick",
      );
      expect(errors).toEqual([["BRICK_ALREADY_TERMINATED", "PRO-4"]]);
      const prerequisite = await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.TECHNICIAN, PREREQUISITE, { variables: { input: { brickId: brickGid(brick), summary: "x" } } }),
        [cast.member.id],
        "recordProBrickPrerequisite",
      );
      expect(prerequisite).toEqual([["PREREQUISITE_NOT_PENDING", "PRO-3"]]);
    });

    it("AUT-2: another member cannot terminate the brick", async () => {
      const brick = await aProBrick(db.current, cast.member.id, cast.address.id);
      expect(
        await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as.otherMember, TERMINATE, { variables: { input: { brickId: brickGid(brick) } } }),
          [cast.member.id],
          "terminateProBrick",
        ),
      ).toEqual([["BRICK_NOT_FOUND", "AUT-2"]]);
    });
  });

  describe("roles", () => {
    const freshSite = async () => (await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" })).id;
    const ALL = ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
    const CASES = [
      [
        "subscribeProBrick",
        SUBSCRIBE,
        ["member", "delegate", "DESK_AGENT"],
        async () => ({ brick: "SERVERS", addressId: toGlobalId("Address", (await anAddress(db.current, cast.member.id, { kind: "EXTRA_SITE" })).id), memberId: cast.memberGid }),
      ],
      [
        "recordProBrickPrerequisite",
        PREREQUISITE,
        ["DESK_AGENT", "TECHNICIAN"],
        async () => ({
          brickId: brickGid(
            await aProBrick(db.current, cast.member.id, await freshSite(), { status: "STUDY_REQUIRED", brick: "SERVER_BACKUP", technicianId: cast.staff.TECHNICIAN.id }),
          ),
          summary: "ok",
        }),
      ],
      [
        "assignProBrickTechnician",
        ASSIGN_BRICK,
        ["DESK_AGENT"],
        async () => ({
          brickId: brickGid(await aProBrick(db.current, cast.member.id, await freshSite(), { status: "REVIEW_REQUIRED", brick: "SERVER_BACKUP" })),
          technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id),
        }),
      ],
      [
        "terminateProBrick",
        TERMINATE,
        ["member", "delegate", "DESK_AGENT"],
        async () => ({ brickId: brickGid(await aProBrick(db.current, cast.member.id, await freshSite(), { brick: "WIFI", accessPoints: 2 })) }),
      ],
    ] as const;
    for (const [field, query, allowed, makeInput] of CASES) {
      it.each(ALL.filter((r) => !(allowed as readonly string[]).includes(r)))(`PRO-2: %s may not ${field}; nothing is written`, async (who) => {
        const input = await makeInput();
        await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], query, { variables: { input } }), [cast.member.id]);
      });
      it.each(allowed)(`PRO-2: %s may ${field}`, async (who) => {
        const { memberId: _drop, ...own } = (await makeInput()) as Record<string, unknown>;
        const res = await gql(db.current, cast.as[who], query, { variables: { input: who === "DESK_AGENT" ? { ...own, ...(_drop ? { memberId: _drop } : {}) } : own } });
        expect(res.errors).toBeUndefined();
        expect(res.data![field].userErrors).toEqual([]);
      });
      it(`PRO-2: an anonymous caller may not ${field}`, async () => {
        const input = await makeInput();
        await expectShieldRefusal(db.current, () => gql(db.current, null, query, { variables: { input } }), [cast.member.id], "UNAUTHENTICATED");
      });
    }

    it("PRO-2: the member's bricks are read by the member, the delegate and the desk; a technician only those the desk assigned to him (AUT-3)", async () => {
      const brick = await aProBrick(db.current, cast.member.id, cast.address.id, { brick: "SERVERS", status: "STUDY_REQUIRED", endsOn: null });
      const NODE = `query($id: ID!) { node(id: $id) { ... on ProBrick { id status address { id } } } }`;
      for (const who of ["member", "delegate", "DESK_AGENT"] as const) {
        expect((await gql(db.current, cast.as[who], NODE, { variables: { id: brickGid(brick) } })).data!.node).toMatchObject({
          id: brickGid(brick),
          address: { id: toGlobalId("Address", cast.address.id) },
        });
      }
      for (const who of ["otherMember", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
        expect((await gql(db.current, cast.as[who], NODE, { variables: { id: brickGid(brick) } })).data!.node).toBeNull();
      }
      // Recording is not a way in: an unassigned technician's review is refused, and he still reads nothing.
      expect(
        (await gql(db.current, cast.as.TECHNICIAN, PREREQUISITE, { variables: { input: { brickId: brickGid(brick), summary: "ok" } } })).data!.recordProBrickPrerequisite
          .userErrors,
      ).toMatchObject([{ code: "BRICK_NOT_FOUND" }]);
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: brickGid(brick) } })).data!.node).toBeNull();
      const assigned = await gql(db.current, cast.as.DESK_AGENT, ASSIGN_BRICK, {
        variables: { input: { brickId: brickGid(brick), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) } },
      });
      expect(assigned.data!.assignProBrickTechnician.userErrors).toEqual([]);
      await gql(db.current, cast.as.TECHNICIAN, PREREQUISITE, { variables: { input: { brickId: brickGid(brick), summary: "ok" } } });
      // The technician sees the brick assigned to him, but not the member's address.
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: brickGid(brick) } })).data!.node).toEqual({
        id: brickGid(brick),
        status: "ACTIVE",
        address: null,
      });
    });
  });
});

describeOnPostgres("Univers Pro bricks under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("PRO-3: 30 concurrent subscriptions of one brick at one address leave exactly one brick", async () => {
    const { member, address } = await aProMember(db.current);
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(db.current, actors.member(member), SUBSCRIBE, subscribe(address))));
    const codes = results.map((r) => {
      expect(r.errors).toBeUndefined();
      return refusalCodes(r, "subscribeProBrick").join(",") || "ok";
    });
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(codes.filter((c) => c === "BRICK_ALREADY_SUBSCRIBED")).toHaveLength(29);
    expect(
      await db.current.db
        .select()
        .from(proBricks)
        .where(and(eq(proBricks.memberId, member.id), eq(proBricks.addressId, address.id))),
    ).toHaveLength(1);
  });

  it("PRO-4: 30 concurrent terminations of one brick record one termination", async () => {
    const { member, address } = await aProMember(db.current);
    const brick = await aProBrick(db.current, member.id, address.id);
    const results = await Promise.all(Array.from({ length: 30 }, () => gql(db.current, actors.member(member), TERMINATE, { variables: { input: { brickId: brickGid(brick) } } })));
    const ok = results.filter((r) => r.data!.terminateProBrick.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.data!.terminateProBrick.userErrors[0]?.code === "BRICK_ALREADY_TERMINATED")).toHaveLength(29);
  });
});
