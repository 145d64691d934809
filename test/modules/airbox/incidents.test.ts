import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addresses, airboxes, members } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors, anAddress, anOption } from "../../support/factories.js";
import {
  ACTIVATE_SIM,
  ASSIGN_INCIDENT,
  CLOSE_INCIDENT,
  DECLARE_INCIDENT,
  NOT_DESK,
  NOT_MEMBER_FACING,
  NOT_SERVING_STAFF,
  anAirbox,
  anIncident,
  expectRefusedAsUserError,
  expectRefusedByShield,
  incidentGid,
} from "./airbox.support.js";

describe("declareAirboxIncident (AIR-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  /** A member with a home (main address) and an Airbox. */
  async function equipped() {
    const m = await aMember(db.current);
    const home = await anAddress(db.current, m.id);
    const box = await anAirbox(db.current, m.id);
    return { m, home, box };
  }

  it("AIR-2: a member declares an incident from the app: recorded at their home, audited", async () => {
    const { m, home, box } = await equipped();
    const res = await gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: " Fibre coupée " } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.declareAirboxIncident).toMatchObject({
      incident: {
        status: "DECLARED",
        description: "Fibre coupée",
        declaredAt: "2026-11-26T10:00:00.000Z",
        simActivatedAt: null,
        dataAllowanceGb: null,
        homeAddress: { id: toGlobalId("Address", home.id) },
        airbox: { id: toGlobalId("Airbox", box.id) },
      },
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "declareAirboxIncident", actorRole: "MEMBER", onBehalfOfMemberId: m.id });
  });

  it("AIR-2: the delegate (for the member) and the desk (naming the member) declare incidents too", async () => {
    await anAddress(db.current, cast.member.id);
    const box = await anAirbox(db.current, cast.member.id);
    const a = await gql(db.current, cast.as.delegate, DECLARE_INCIDENT, { variables: { input: { description: "Panne" } } });
    expect(a.data!.declareAirboxIncident.userErrors).toEqual([]);
    const [audit] = await auditRowsOf(db.current, a.requestId);
    expect(audit).toMatchObject({ actorRole: "DELEGATE", onBehalfOfMemberId: cast.member.id });
    await gql(db.current, cast.as.DESK_AGENT, CLOSE_INCIDENT, { variables: { input: { incidentId: a.data!.declareAirboxIncident.incident.id } } });
    const b = await gql(db.current, cast.as.DESK_AGENT, DECLARE_INCIDENT, { variables: { input: { memberId: cast.memberGid, description: "Appel au Desk" } } });
    expect(b.data!.declareAirboxIncident.userErrors).toEqual([]);
    expect(box.memberId).toBe(cast.member.id);
  });

  it("AIR-2: only at the member's declared home: an extra site, another member's address or no main address is refused", async () => {
    const { m } = await equipped();
    const site = await anAddress(db.current, m.id, { kind: "EXTRA_SITE" });
    const elsewhere = await anAddress(db.current, cast.other.id, { kind: "EXTRA_SITE" });
    for (const addressId of [toGlobalId("Address", site.id), toGlobalId("Address", elsewhere.id), "garbage"]) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "Panne", addressId } } }),
        [m.id],
        "declareAirboxIncident",
      );
      expect(errors).toEqual([["NOT_AT_HOME", "AIR-2"]]);
    }
    const homeless = await aMember(db.current);
    await anAirbox(db.current, homeless.id);
    await anAddress(db.current, homeless.id, { kind: "EXTRA_SITE" });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(homeless), DECLARE_INCIDENT, { variables: { input: { description: "Panne" } }, locale: "en" }),
      [homeless.id],
      "declareAirboxIncident",
    );
    expect(errors).toEqual([["NOT_AT_HOME", "AIR-2"]]);
    expect(userErrors[0]!.message).toBe("The Airbox SIM is activated only at the member's declared home (their main address), never for mobile use.");
  });

  it("AIR-2: the backup serves active members whose option is in force: a terminated member is refused, and nothing is written", async () => {
    const { m } = await equipped();
    await db.current.db.update(members).set({ status: "TERMINATED" }).where(eq(members.id, m.id));
    const refused = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "x" } } }),
      [m.id],
      "declareAirboxIncident",
    );
    expect(refused.errors).toEqual([["NOT_SERVED", "AIR-2"]]);
  });

  it("AIR-2: one open incident per member, even after the Airbox was replaced", async () => {
    const { m, home, box } = await equipped();
    await anIncident(db.current, box, home.id, { status: "SIM_ACTIVATED", simActivatedAt: new Date("2026-11-25T10:00:00Z"), simActivatedBy: m.id, dataAllowanceGb: 200 });
    await db.current.db
      .update(airboxes)
      .set({ replacedAt: new Date("2026-11-25T12:00:00Z") })
      .where(eq(airboxes.id, box.id));
    await anAirbox(db.current, m.id, { serialNumber: "AB-REPLACEMENT-1", simIccid: `${"89330112345678901234".slice(0, 19)}0` });
    const again = await gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "encore" } } });
    expect(refusalCodes(again, "declareAirboxIncident")).toEqual(["INCIDENT_ALREADY_OPEN"]);
  });

  it("AIR-2: no Airbox, an incident already open, or an empty description are refused", async () => {
    const bare = await aMember(db.current);
    await anAddress(db.current, bare.id);
    await anOption(db.current, bare.id);
    const none = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(bare), DECLARE_INCIDENT, { variables: { input: { description: "x" } } }),
      [bare.id],
      "declareAirboxIncident",
    );
    expect(none.errors).toEqual([["NO_AIRBOX", "AIR-1"]]);
    const { m, home, box } = await equipped();
    await anIncident(db.current, box, home.id, { status: "SIM_ACTIVATED", simActivatedAt: new Date("2026-11-25T10:00:00Z"), simActivatedBy: m.id, dataAllowanceGb: 200 });
    const open = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "x" } } }),
      [m.id],
      "declareAirboxIncident",
    );
    expect(open.errors).toEqual([["INCIDENT_ALREADY_OPEN", "AIR-2"]]);
    const empty = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "  " } } }),
      [m.id],
      "declareAirboxIncident",
    );
    expect(empty.errors).toEqual([["INVALID_TEXT", null]]);
  });

  it("AIR-2: after inadequate use, no incident is taken", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    await anAirbox(db.current, m.id, { inadequateUseAt: new Date("2026-11-20T10:00:00Z"), inadequateUseReason: "MOBILE_USE", inadequateUseRecordedBy: m.id });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "x" } } }),
      [m.id],
      "declareAirboxIncident",
    );
    expect(errors).toEqual([["INADEQUATE_USE", "AIR-2"]]);
    expect(userErrors[0]!.message).toContain("2026-11-20");
  });

  it("AUT-2: a member or delegate naming another member is refused", async () => {
    for (const who of ["member", "delegate"] as const) {
      const { errors } = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as[who], DECLARE_INCIDENT, { variables: { input: { memberId: cast.otherGid, description: "x" } } }),
        [cast.member.id, cast.other.id],
        "declareAirboxIncident",
      );
      expect(errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each(NOT_MEMBER_FACING)("AIR-2: %s cannot declare an incident, and nothing is written", async (who) => {
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], DECLARE_INCIDENT, { variables: { input: { memberId: cast.memberGid, description: "x" } } }), [
      cast.member.id,
    ]);
  });

  it("AIR-2: an anonymous caller cannot declare an incident", async () => {
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, DECLARE_INCIDENT, { variables: { input: { memberId: cast.memberGid, description: "x" } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("activateAirboxSim and closeAirboxIncident (AIR-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  async function declared(overrides: Parameters<typeof anAirbox>[2] = {}) {
    const m = await aMember(db.current);
    const home = await anAddress(db.current, m.id);
    const box = await anAirbox(db.current, m.id, overrides);
    // AUT-3: assigned by the desk to the cast's technician, who may then act on it.
    const incident = await anIncident(db.current, box, home.id, { technicianId: cast.staff.TECHNICIAN.id });
    return { m, home, box, incident };
  }

  it.each(["DESK_AGENT", "TECHNICIAN"] as const)(
    "AIR-2: %s (the desk, or the technician assigned to the incident) activates the SIM with 200 GB of shared data, audited",
    async (who) => {
      const { m, incident } = await declared();
      const res = await gql(db.current, cast.as[who], ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } });
      expect(res.data!.activateAirboxSim).toMatchObject({
        incident: { status: "SIM_ACTIVATED", simActivatedAt: "2026-11-26T10:00:00.000Z", dataAllowanceGb: 200 },
        userErrors: [],
      });
      const [audit] = await auditRowsOf(db.current, res.requestId);
      expect(audit).toMatchObject({ operation: "activateAirboxSim", actorRole: who, onBehalfOfMemberId: m.id, details: { dataAllowanceGb: 200 } });
      const again = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as[who], ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } }),
        [m.id],
        "activateAirboxSim",
      );
      expect(again.errors).toEqual([["INCIDENT_NOT_PENDING", "AIR-2"]]);
    },
  );

  it("AIR-2: never away from home: once the home address is removed (moved out), the SIM is not activated", async () => {
    const { m, home, incident } = await declared();
    await db.current.db
      .update(addresses)
      .set({ removedAt: new Date("2026-11-25T12:00:00Z") })
      .where(eq(addresses.id, home.id));
    await anAddress(db.current, m.id, { line1: "1 rue Nouvelle" });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.TECHNICIAN, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } }),
      [m.id],
      "activateAirboxSim",
    );
    expect(errors).toEqual([["NOT_AT_HOME", "AIR-2"]]);
  });

  it("AIR-2: no activation after inadequate use", async () => {
    const { m, incident } = await declared({
      inadequateUseAt: new Date("2026-11-25T11:00:00Z"),
      inadequateUseReason: "USE_AWAY_FROM_HOME",
      inadequateUseRecordedBy: cast.staff.DESK_AGENT.id,
    });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } }),
      [m.id],
      "activateAirboxSim",
    );
    expect(errors).toEqual([["INADEQUATE_USE", "AIR-2"]]);
  });

  it("AIR-2: the desk or the assigned technician closes the incident; closing twice is refused; a closed incident is not activated", async () => {
    const { m, incident } = await declared();
    const res = await gql(db.current, cast.as.TECHNICIAN, CLOSE_INCIDENT, { variables: { input: { incidentId: incidentGid(incident) } } });
    expect(res.data!.closeAirboxIncident).toMatchObject({ incident: { status: "CLOSED", closedAt: "2026-11-26T10:00:00.000Z" }, userErrors: [] });
    const twice = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, CLOSE_INCIDENT, { variables: { input: { incidentId: incidentGid(incident) } } }),
      [m.id],
      "closeAirboxIncident",
    );
    expect(twice.errors).toEqual([["INCIDENT_CLOSED", "AIR-2"]]);
    const activate = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } }),
      [m.id],
      "activateAirboxSim",
    );
    expect(activate.errors).toEqual([["INCIDENT_NOT_PENDING", "AIR-2"]]);
  });

  it("AIR-2: an unknown or malformed incident id is not found", async () => {
    for (const incidentId of ["garbage", toGlobalId("AirboxIncident", "00000000-0000-4000-8000-000000000000")]) {
      const res = await gql(db.current, cast.as.DESK_AGENT, ACTIVATE_SIM, { variables: { input: { incidentId } } });
      expect(refusalCodes(res, "activateAirboxSim")).toEqual(["INCIDENT_NOT_FOUND"]);
    }
  });

  it.each(NOT_SERVING_STAFF)("AIR-2: %s cannot activate the SIM or close an incident, and nothing is written", async (who) => {
    const { m, incident } = await declared();
    for (const query of [ACTIVATE_SIM, CLOSE_INCIDENT]) {
      await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], query, { variables: { input: { incidentId: incidentGid(incident) } } }), [m.id]);
    }
  });

  it.each(NOT_DESK)("AUT-3: %s cannot assign an incident to a technician (the desk's act), and nothing is written", async (who) => {
    const { m, incident } = await declared();
    const input = { incidentId: incidentGid(incident), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) };
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], ASSIGN_INCIDENT, { variables: { input } }), [m.id]);
  });

  it("AUT-3: an anonymous caller cannot assign an incident", async () => {
    const { m, incident } = await declared();
    const input = { incidentId: incidentGid(incident), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) };
    await expectRefusedByShield(db.current, () => gql(db.current, null, ASSIGN_INCIDENT, { variables: { input } }), [m.id], "UNAUTHENTICATED");
  });

  it("AUT-3: the desk assigns an incident, or moves it to another technician, audited", async () => {
    const { m, incident } = await declared();
    const other = await aStaffUser(db.current, "TECHNICIAN");
    const res = await gql(db.current, cast.as.DESK_AGENT, ASSIGN_INCIDENT, {
      variables: { input: { incidentId: incidentGid(incident), technicianId: toGlobalId("StaffUser", other.id) } },
    });
    expect(res.data!.assignAirboxIncidentTechnician).toMatchObject({ incident: { id: incidentGid(incident), status: "DECLARED" }, userErrors: [] });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({
      operation: "assignAirboxIncidentTechnician",
      onBehalfOfMemberId: m.id,
      targetIds: [incident.id, other.id],
      details: { previousTechnicianId: cast.staff.TECHNICIAN.id },
    });
    const moved = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.TECHNICIAN, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } }),
      [m.id],
      "activateAirboxSim",
    );
    expect(moved.errors).toEqual([["INCIDENT_NOT_FOUND", "AUT-2"]]);
  });

  it("AIR-2: an anonymous caller cannot activate the SIM or close an incident", async () => {
    const { m, incident } = await declared();
    for (const query of [ACTIVATE_SIM, CLOSE_INCIDENT]) {
      await expectRefusedByShield(db.current, () => gql(db.current, null, query, { variables: { input: { incidentId: incidentGid(incident) } } }), [m.id], "UNAUTHENTICATED");
    }
  });
});
