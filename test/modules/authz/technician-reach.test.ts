import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { airboxIncidents, airboxRepairs, coachAssignments, interventions, proBricks, proServiceRequests, quoteRequests, quotes } from "../../../db/schema/index.js";
import { DEMO_TARIFFS } from "../../../src/config.js";
import { buildContext } from "../../../src/modules/registry.js";
import { coachingService } from "../../../src/modules/coaching/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusals, silentLog, type GqlResult } from "../../support/api.js";
import type { Database } from "../../../src/shared/db.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aMember, aStaffUser, actors, anAddress } from "../../support/factories.js";
import {
  ACTIVATE_SIM,
  CLOSE_INCIDENT,
  COMPLETE_REPAIR,
  RECORD_HANDOVER,
  RECORD_INADEQUATE_USE,
  SCHEDULE_TECHNICIAN,
  aDevice,
  aRepairNeedingTechnician,
  aScheduledRepair,
  airboxGid,
  airboxState,
  anAirbox,
  anIncident,
  incidentGid,
  repairGid,
} from "../airbox/airbox.support.js";
import { ISSUE, aQuoteRequest, aQuotedRequest, quoteGid, requestGid } from "../quotes/quotes.support.js";
import { PREREQUISITE, STUDY, aProBrick, aProMember, aProService, brickGid, proState, serviceGid } from "../pro/pro.support.js";

/*
 * Issue 10, item 1 (AUT-3): a technician reaches only the members he serves, and nothing lets him
 * make himself serve a member: every relation that widens a technician's reach is created by the desk.
 */

/** Friday 27 Nov 2026, 08:00–09:00 Paris: inside AIRBOX_TECHNICIAN hours. */
const FRIDAY_8AM = { startsAt: "2026-11-27T07:00:00Z", endsAt: "2026-11-27T08:00:00Z" };
const staffGid = (row: { id: string }) => toGlobalId("StaffUser", row.id);

const ASSIGN_INCIDENT = `mutation($input: AssignAirboxIncidentTechnicianInput!) {
  assignAirboxIncidentTechnician(input: $input) { incident { id status } userErrors { code message field rule } } }`;
const ASSIGN_PRO_SERVICE = `mutation($input: AssignProServiceTechnicianInput!) {
  assignProServiceTechnician(input: $input) { request { id status } userErrors { code message field rule } } }`;
const ASSIGN_PRO_BRICK = `mutation($input: AssignProBrickTechnicianInput!) {
  assignProBrickTechnician(input: $input) { brick { id status } userErrors { code message field rule } } }`;

const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Airbox { serialNumber simIccid incidents { id status } repairs { id status } }
  ... on AirboxIncident { incidentStatus: status airbox { id serialNumber simIccid } }
  ... on AirboxRepair { repairStatus: status airbox { id serialNumber simIccid incidents { id } repairs { id } } } } }`;
const QUOTES = `query($memberId: ID) { quotes(first: 100, memberId: $memberId) { edges { node { id memberId } } } }`;
const QUOTE_REQUESTS = `query($memberId: ID) { quoteRequests(first: 100, memberId: $memberId) { edges { node { id memberId } } } }`;
const QUOTE_NODE = `query($id: ID!) { node(id: $id) { ... on Quote { id totalTtcCents } ... on QuoteRequest { id purpose } } }`;

async function reachState(db: Database, memberIds: string[]) {
  const [airbox, pro, quoteRows, requestRows] = await Promise.all([
    airboxState(db, memberIds),
    proState(db, memberIds),
    db.db.select().from(quotes).where(inArray(quotes.memberId, memberIds)).orderBy(quotes.id),
    db.db.select().from(quoteRequests).where(inArray(quoteRequests.memberId, memberIds)).orderBy(quoteRequests.id),
  ]);
  return { airbox, pro, quoteRows, requestRows };
}

/** Refused by the shield (FORBIDDEN), and nothing written, audit included. */
async function expectForbidden(db: Database, run: () => Promise<GqlResult>, memberIds: string[]) {
  const before = await reachState(db, memberIds);
  const res = await run();
  expect(res.data).toBeNull();
  expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
  expect(await reachState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
}

/** Refused as a userError of `field`, and nothing written; returns [code, rule] pairs. */
async function expectRefused(db: Database, run: () => Promise<GqlResult>, memberIds: string[], field: string) {
  const before = await reachState(db, memberIds);
  const res = await run();
  expect(res.errors).toBeUndefined();
  expect(await reachState(db, memberIds)).toEqual(before);
  expect(await auditRowsOf(db, res.requestId)).toEqual([]);
  return refusals(res, field);
}

describe("AUT-3: the attack chain of issue 10 (a technician serving only B reaches A)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let a: { id: string };
  let aRepair: { id: string };
  let aRequest: { id: string };
  let aQuote: { id: string };
  beforeAll(async () => {
    cast = await aCast(db.current);
    // The technician serves member B only: the desk assigned him B's Airbox repair.
    const b = await aMember(db.current);
    await aScheduledRepair(db.current, await anAirbox(db.current, b.id), cast.staff.TECHNICIAN.id);
    // Member A: a faulty Airbox waiting for a technician, and a quote request with its quote.
    a = await aMember(db.current);
    await anAddress(db.current, a.id);
    aRepair = await aRepairNeedingTechnician(db.current, await anAirbox(db.current, a.id));
    const quoted = await aQuotedRequest(db.current, a.id, "EQUIPMENT_STUDY");
    aRequest = quoted.request;
    aQuote = quoted.quote;
  });

  it("AUT-3: (1) the technician schedules himself on A's repair (no technicianId): refused, the repair is still unassigned", async () => {
    await expectForbidden(db.current, () => gql(db.current, cast.as.TECHNICIAN, SCHEDULE_TECHNICIAN, { variables: { input: { repairId: repairGid(aRepair), ...FRIDAY_8AM } } }), [
      a.id,
    ]);
    const [row] = await db.current.db.select().from(airboxRepairs).where(eq(airboxRepairs.id, aRepair.id));
    expect(row).toMatchObject({ status: "NEEDS_TECHNICIAN", technicianId: null, slotStartsAt: null });
  });

  it("AUT-3: (2)–(3) after that attempt he still does not serve A: A's quotes and quote requests stay out of his reach", async () => {
    await gql(db.current, cast.as.TECHNICIAN, SCHEDULE_TECHNICIAN, { variables: { input: { repairId: repairGid(aRepair), ...FRIDAY_8AM } } });
    const aGid = toGlobalId("Member", a.id);
    const list = await gql(db.current, cast.as.TECHNICIAN, QUOTES, { variables: { memberId: aGid } });
    expect(list.errors).toBeUndefined();
    expect(list.data!.quotes.edges).toEqual([]);
    const requests = await gql(db.current, cast.as.TECHNICIAN, QUOTE_REQUESTS, { variables: { memberId: aGid } });
    expect(requests.errors).toBeUndefined();
    expect(requests.data!.quoteRequests.edges).toEqual([]);
    for (const id of [quoteGid(aQuote), requestGid(aRequest)]) {
      expect((await gql(db.current, cast.as.TECHNICIAN, QUOTE_NODE, { variables: { id } })).data!.node).toBeNull();
    }
  });

  it("AUT-3: (4) he cannot issue A a 9,999.00 € quote: not found, nothing written", async () => {
    await gql(db.current, cast.as.TECHNICIAN, SCHEDULE_TECHNICIAN, { variables: { input: { repairId: repairGid(aRepair), ...FRIDAY_8AM } } });
    const request = await aQuoteRequest(db.current, a.id);
    const errors = await expectRefused(
      db.current,
      () =>
        gql(db.current, cast.as.TECHNICIAN, ISSUE, {
          variables: { input: { requestId: requestGid(request), validUntil: "2026-12-31", lines: [{ label: "Prestation", quantity: 1, unitTtcCents: 999_900 }] } },
        }),
      [a.id],
      "issueQuote",
    );
    expect(errors).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
  });

  it("AUT-3: the desk assigns the technician: only then does he serve A (reads A's Airbox and quotes, completes the repair)", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    const box = await anAirbox(db.current, m.id);
    const repair = await aRepairNeedingTechnician(db.current, box);
    const { quote } = await aQuotedRequest(db.current, m.id, "EQUIPMENT_STUDY");
    expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: airboxGid(box) } })).data!.node).toBeNull();
    const scheduled = await gql(db.current, cast.as.DESK_AGENT, SCHEDULE_TECHNICIAN, {
      variables: { input: { repairId: repairGid(repair), technicianId: staffGid(cast.staff.TECHNICIAN), ...FRIDAY_8AM } },
    });
    expect(scheduled.data!.scheduleAirboxTechnician).toMatchObject({ repair: { status: "TECHNICIAN_SCHEDULED" }, userErrors: [] });
    expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: airboxGid(box) } })).data!.node).toMatchObject({
      id: airboxGid(box),
      serialNumber: box.serialNumber,
    });
    expect((await gql(db.current, cast.as.TECHNICIAN, QUOTE_NODE, { variables: { id: quoteGid(quote) } })).data!.node).toMatchObject({ id: quoteGid(quote) });
    const done = await gql(db.current, cast.as.TECHNICIAN, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED" } } });
    expect(done.data!.completeAirboxRepair).toMatchObject({ repair: { status: "REPAIRED" }, userErrors: [] });
  });
});

describe("AUT-3: Airbox reads by technicians (node and nested lists)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let ids: { airbox: string; incident: string; repair: string; servedRepair: string; servedAirbox: string };
  let aId: string;
  beforeAll(async () => {
    cast = await aCast(db.current);
    const b = await aMember(db.current);
    const bBox = await anAirbox(db.current, b.id);
    const served = await aScheduledRepair(db.current, bBox, cast.staff.TECHNICIAN.id);
    const a = await aMember(db.current);
    aId = a.id;
    const home = await anAddress(db.current, a.id);
    const box = await anAirbox(db.current, a.id);
    const incident = await anIncident(db.current, box, home.id);
    const colleague = await aStaffUser(db.current, "TECHNICIAN");
    const repair = await aScheduledRepair(db.current, box, colleague.id);
    ids = { airbox: airboxGid(box), incident: incidentGid(incident), repair: repairGid(repair), servedRepair: repairGid(served), servedAirbox: airboxGid(bBox) };
  });

  it("AUT-3: a technician who does not serve the member reads none of its Airbox, incidents or repairs (serial and ICCID included) by node(id)", async () => {
    for (const id of [ids.airbox, ids.incident, ids.repair]) {
      const res = await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });

  it("AUT-3: the member's own technician (the desk assigned him the repair) reads the Airbox with its incidents and repairs lists", async () => {
    const colleague = await db.current.db.select({ technicianId: airboxRepairs.technicianId }).from(airboxRepairs).where(eq(airboxRepairs.memberId, aId));
    const res = await gql(db.current, actors.staff({ id: colleague[0]!.technicianId!, role: "TECHNICIAN" }), NODE, { variables: { id: ids.airbox } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toMatchObject({ id: ids.airbox, incidents: [{ id: ids.incident }], repairs: [{ id: ids.repair }] });
  });

  it("AUT-3: through the repair he serves, a technician reaches that member's Airbox and lists only", async () => {
    const res = await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: ids.servedRepair } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.airbox).toMatchObject({ id: ids.servedAirbox, repairs: [{ id: ids.servedRepair }] });
  });

  it("AUT-3: once the desk moves the repair to another technician, the first one no longer reads it (nested lists nulled too)", async () => {
    const b = await aMember(db.current);
    const box = await anAirbox(db.current, b.id);
    const first = await aStaffUser(db.current, "TECHNICIAN");
    const repair = await aScheduledRepair(db.current, box, first.id);
    const asFirst = actors.staff(first);
    expect((await gql(db.current, asFirst, NODE, { variables: { id: airboxGid(box) } })).data!.node).toMatchObject({ repairs: [{ id: repairGid(repair) }] });
    await db.current.db.update(airboxRepairs).set({ technicianId: cast.staff.TECHNICIAN.id }).where(eq(airboxRepairs.id, repair.id));
    for (const id of [airboxGid(box), repairGid(repair)]) {
      expect((await gql(db.current, asFirst, NODE, { variables: { id } })).data!.node).toBeNull();
    }
  });
});

describe("AUT-3: Airbox acts on a case assigned to another technician", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let colleague: Awaited<ReturnType<typeof aStaffUser>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    colleague = await aStaffUser(db.current, "TECHNICIAN");
  });

  async function incidentFor(technicianId: string | null) {
    const m = await aMember(db.current);
    const home = await anAddress(db.current, m.id);
    const box = await anAirbox(db.current, m.id);
    const incident = await anIncident(db.current, box, home.id, { technicianId });
    return { m, box, incident };
  }

  it.each([
    ["activateAirboxSim", ACTIVATE_SIM],
    ["closeAirboxIncident", CLOSE_INCIDENT],
  ] as const)("AUT-3: %s by a technician on an incident assigned to another technician (or to no one): not found, nothing written", async (field, query) => {
    for (const technicianId of [colleague.id, null]) {
      const { m, incident } = await incidentFor(technicianId);
      const errors = await expectRefused(
        db.current,
        () => gql(db.current, cast.as.TECHNICIAN, query, { variables: { input: { incidentId: incidentGid(incident) } } }),
        [m.id],
        field,
      );
      expect(errors).toEqual([["INCIDENT_NOT_FOUND", "AUT-2"]]);
    }
  });

  it("AUT-3: completeAirboxRepair by a technician on a repair assigned to another technician: not found, nothing written", async () => {
    const m = await aMember(db.current);
    const repair = await aScheduledRepair(db.current, await anAirbox(db.current, m.id), colleague.id);
    const errors = await expectRefused(
      db.current,
      () => gql(db.current, cast.as.TECHNICIAN, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPLACED", replacement: aDevice() } } }),
      [m.id],
      "completeAirboxRepair",
    );
    expect(errors).toEqual([["REPAIR_NOT_FOUND", "AUT-2"]]);
  });

  it("AUT-3: the assigned technician activates the SIM and closes the incident; the desk does both on any incident", async () => {
    const mine = await incidentFor(cast.staff.TECHNICIAN.id);
    const activated = await gql(db.current, cast.as.TECHNICIAN, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(mine.incident) } } });
    expect(activated.data!.activateAirboxSim).toMatchObject({ incident: { status: "SIM_ACTIVATED", dataAllowanceGb: 200 }, userErrors: [] });
    const closed = await gql(db.current, cast.as.TECHNICIAN, CLOSE_INCIDENT, { variables: { input: { incidentId: incidentGid(mine.incident) } } });
    expect(closed.data!.closeAirboxIncident).toMatchObject({ incident: { status: "CLOSED" }, userErrors: [] });
    const theirs = await incidentFor(colleague.id);
    const desk = await gql(db.current, cast.as.DESK_AGENT, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(theirs.incident) } } });
    expect(desk.data!.activateAirboxSim).toMatchObject({ incident: { status: "SIM_ACTIVATED" }, userErrors: [] });
    const deskClose = await gql(db.current, cast.as.DESK_AGENT, CLOSE_INCIDENT, { variables: { input: { incidentId: incidentGid(theirs.incident) } } });
    expect(deskClose.data!.closeAirboxIncident).toMatchObject({ incident: { status: "CLOSED" }, userErrors: [] });
  });

  it("AUT-3: the desk completes a repair assigned to any technician", async () => {
    const m = await aMember(db.current);
    const repair = await aScheduledRepair(db.current, await anAirbox(db.current, m.id), colleague.id);
    const res = await gql(db.current, cast.as.DESK_AGENT, COMPLETE_REPAIR, { variables: { input: { repairId: repairGid(repair), outcome: "REPAIRED" } } });
    expect(res.data!.completeAirboxRepair).toMatchObject({ repair: { status: "REPAIRED" }, userErrors: [] });
  });

  it("AUT-3: only the desk assigns an incident to a technician (audited); a technician assigning one to himself is refused, nothing written", async () => {
    const { m, incident } = await incidentFor(null);
    const input = { incidentId: incidentGid(incident), technicianId: staffGid(cast.staff.TECHNICIAN) };
    for (const who of ["TECHNICIAN", "COACH", "member", "BILLING"] as const) {
      await expectForbidden(db.current, () => gql(db.current, cast.as[who], ASSIGN_INCIDENT, { variables: { input } }), [m.id]);
    }
    const res = await gql(db.current, cast.as.DESK_AGENT, ASSIGN_INCIDENT, { variables: { input } });
    expect(res.data!.assignAirboxIncidentTechnician).toMatchObject({ incident: { id: incidentGid(incident), status: "DECLARED" }, userErrors: [] });
    const [row] = await db.current.db.select().from(airboxIncidents).where(eq(airboxIncidents.id, incident.id));
    expect(row!.technicianId).toBe(cast.staff.TECHNICIAN.id);
    expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "assignAirboxIncidentTechnician", actorRole: "DESK_AGENT", onBehalfOfMemberId: m.id }]);
    // Now assigned to him, the technician acts on it.
    const activated = await gql(db.current, cast.as.TECHNICIAN, ACTIVATE_SIM, { variables: { input: { incidentId: incidentGid(incident) } } });
    expect(activated.data!.activateAirboxSim.userErrors).toEqual([]);
  });

  it("AUT-3: the desk names an active technician for an open incident; anything else is refused, nothing written", async () => {
    const { m, incident } = await incidentFor(null);
    for (const technicianId of [staffGid(cast.staff.COACH), "garbage"]) {
      const errors = await expectRefused(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, ASSIGN_INCIDENT, { variables: { input: { incidentId: incidentGid(incident), technicianId } } }),
        [m.id],
        "assignAirboxIncidentTechnician",
      );
      expect(errors).toEqual([["NOT_A_TECHNICIAN", "AIR-3"]]);
    }
    const closed = await incidentFor(null);
    await db.current.db
      .update(airboxIncidents)
      .set({ status: "CLOSED", closedAt: new Date("2026-11-25T12:00:00Z") })
      .where(eq(airboxIncidents.id, closed.incident.id));
    const errors = await expectRefused(
      db.current,
      () =>
        gql(db.current, cast.as.DESK_AGENT, ASSIGN_INCIDENT, { variables: { input: { incidentId: incidentGid(closed.incident), technicianId: staffGid(cast.staff.TECHNICIAN) } } }),
      [closed.m.id],
      "assignAirboxIncidentTechnician",
    );
    expect(errors).toEqual([["INCIDENT_CLOSED", "AIR-2"]]);
  });

  it("AUT-3: a technician records a handover or an inadequate use only for a member he serves; the desk for anyone", async () => {
    const stranger = await aMember(db.current);
    const handover = (who: "TECHNICIAN" | "DESK_AGENT", memberId: string) =>
      gql(db.current, cast.as[who], RECORD_HANDOVER, { variables: { input: { memberId: toGlobalId("Member", memberId), device: aDevice() } } });
    expect(await expectRefused(db.current, () => handover("TECHNICIAN", stranger.id), [stranger.id], "recordAirboxHandover")).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    const box = await anAirbox(db.current, (await aMember(db.current)).id);
    const misuse = (who: "TECHNICIAN" | "DESK_AGENT") =>
      gql(db.current, cast.as[who], RECORD_INADEQUATE_USE, { variables: { input: { airboxId: airboxGid(box), reason: "MOBILE_USE" } } });
    expect(await expectRefused(db.current, misuse.bind(null, "TECHNICIAN"), [box.memberId], "recordAirboxInadequateUse")).toEqual([["AIRBOX_NOT_FOUND", "AUT-2"]]);
    // Once the desk assigned him a case of that member (here the Airbox repair), he may.
    await aScheduledRepair(db.current, box, cast.staff.TECHNICIAN.id);
    expect((await misuse("TECHNICIAN")).data!.recordAirboxInadequateUse.userErrors).toEqual([]);
    // The entry appointment: a member the desk assigned him (here a Univers Pro study) gets his Airbox recorded by him.
    const newcomer = await aMember(db.current);
    await aProService(db.current, newcomer.id, { technicianId: cast.staff.TECHNICIAN.id });
    expect((await handover("TECHNICIAN", newcomer.id)).data!.recordAirboxHandover.userErrors).toEqual([]);
    expect((await handover("DESK_AGENT", stranger.id)).data!.recordAirboxHandover.userErrors).toEqual([]);
  });

  it("AUT-3: the remote diagnosis and the technician's slot are the desk's: a technician is refused, nothing written", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    const repair = await aRepairNeedingTechnician(db.current, await anAirbox(db.current, m.id));
    await expectForbidden(
      db.current,
      () =>
        gql(db.current, cast.as.TECHNICIAN, SCHEDULE_TECHNICIAN, {
          variables: { input: { repairId: repairGid(repair), technicianId: staffGid(cast.staff.TECHNICIAN), ...FRIDAY_8AM } },
        }),
      [m.id],
    );
  });
});

describe("AUT-3: Univers Pro: the desk assigns the technician; only he records the study or the prerequisite", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let colleague: Awaited<ReturnType<typeof aStaffUser>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    colleague = await aStaffUser(db.current, "TECHNICIAN");
  });
  const SERVICE_NODE = `query($id: ID!) { node(id: $id) { id ... on ProServiceRequest { status quoteRequest { id } } ... on ProBrick { brickStatus: status } } }`;

  it("AUT-3: a technician no one assigned cannot record a Pro study (the old way to start serving a legal-entity member): not found, nothing written, still not serving", async () => {
    const { member } = await aProMember(db.current);
    for (const technicianId of [null, colleague.id]) {
      const request = await aProService(db.current, member.id, { technicianId });
      const errors = await expectRefused(
        db.current,
        () => gql(db.current, cast.as.TECHNICIAN, STUDY, { variables: { input: { requestId: serviceGid(request), summary: "Étude" } } }),
        [member.id],
        "recordProServiceStudy",
      );
      expect(errors).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
    }
    const other = await aQuoteRequest(db.current, member.id);
    const issue = await expectRefused(
      db.current,
      () =>
        gql(db.current, cast.as.TECHNICIAN, ISSUE, {
          variables: { input: { requestId: requestGid(other), validUntil: "2026-12-31", lines: [{ label: "Étude", quantity: 1, unitTtcCents: 999_900 }] } },
        }),
      [member.id],
      "issueQuote",
    );
    expect(issue).toEqual([["REQUEST_NOT_FOUND", "AUT-2"]]);
  });

  it("AUT-3: a technician no one assigned cannot record a brick's review or study: not found, nothing written", async () => {
    const { member, address } = await aProMember(db.current);
    for (const technicianId of [null, colleague.id]) {
      const brick = await aProBrick(db.current, member.id, address.id, {
        status: "REVIEW_REQUIRED",
        brick: technicianId ? "SERVERS" : "WIFI",
        accessPoints: technicianId ? null : 2,
        technicianId,
      });
      const errors = await expectRefused(
        db.current,
        () => gql(db.current, cast.as.TECHNICIAN, PREREQUISITE, { variables: { input: { brickId: brickGid(brick), summary: "Revue" } } }),
        [member.id],
        "recordProBrickPrerequisite",
      );
      expect(errors).toEqual([["BRICK_NOT_FOUND", "AUT-2"]]);
    }
  });

  it("AUT-3: only the desk assigns a technician to a Pro request or brick (audited); then that technician records, reads it, and quotes the member", async () => {
    const { member, address } = await aProMember(db.current);
    const request = await aProService(db.current, member.id);
    const brick = await aProBrick(db.current, member.id, address.id, { status: "STUDY_REQUIRED" });
    const assignService = { requestId: serviceGid(request), technicianId: staffGid(cast.staff.TECHNICIAN) };
    const assignBrick = { brickId: brickGid(brick), technicianId: staffGid(cast.staff.TECHNICIAN) };
    for (const who of ["TECHNICIAN", "COACH", "member", "delegate"] as const) {
      await expectForbidden(db.current, () => gql(db.current, cast.as[who], ASSIGN_PRO_SERVICE, { variables: { input: assignService } }), [member.id]);
      await expectForbidden(db.current, () => gql(db.current, cast.as[who], ASSIGN_PRO_BRICK, { variables: { input: assignBrick } }), [member.id]);
    }
    expect((await gql(db.current, cast.as.TECHNICIAN, SERVICE_NODE, { variables: { id: serviceGid(request) } })).data!.node).toBeNull();

    const s = await gql(db.current, cast.as.DESK_AGENT, ASSIGN_PRO_SERVICE, { variables: { input: assignService } });
    expect(s.data!.assignProServiceTechnician).toMatchObject({ request: { id: serviceGid(request), status: "STUDY_REQUESTED" }, userErrors: [] });
    expect(await auditRowsOf(db.current, s.requestId)).toMatchObject([{ operation: "assignProServiceTechnician", onBehalfOfMemberId: member.id }]);
    const b = await gql(db.current, cast.as.DESK_AGENT, ASSIGN_PRO_BRICK, { variables: { input: assignBrick } });
    expect(b.data!.assignProBrickTechnician).toMatchObject({ brick: { id: brickGid(brick), status: "STUDY_REQUIRED" }, userErrors: [] });
    expect(await auditRowsOf(db.current, b.requestId)).toMatchObject([{ operation: "assignProBrickTechnician", onBehalfOfMemberId: member.id }]);
    expect((await db.current.db.select().from(proServiceRequests).where(eq(proServiceRequests.id, request.id)))[0]!.technicianId).toBe(cast.staff.TECHNICIAN.id);
    expect((await db.current.db.select().from(proBricks).where(eq(proBricks.id, brick.id)))[0]!.technicianId).toBe(cast.staff.TECHNICIAN.id);

    expect((await gql(db.current, cast.as.TECHNICIAN, SERVICE_NODE, { variables: { id: serviceGid(request) } })).data!.node).toMatchObject({ status: "STUDY_REQUESTED" });
    const study = await gql(db.current, cast.as.TECHNICIAN, STUDY, { variables: { input: { requestId: serviceGid(request), summary: "Pare-feu" } } });
    expect(study.data!.recordProServiceStudy).toMatchObject({ request: { status: "STUDY_DONE" }, userErrors: [] });
    const prerequisite = await gql(db.current, cast.as.TECHNICIAN, PREREQUISITE, { variables: { input: { brickId: brickGid(brick), summary: "Étude sur site" } } });
    expect(prerequisite.data!.recordProBrickPrerequisite).toMatchObject({ brick: { status: "ACTIVE" }, userErrors: [] });
    const quoteRequestId = study.data!.recordProServiceStudy.request.quoteRequest.id;
    const issued = await gql(db.current, cast.as.TECHNICIAN, ISSUE, {
      variables: { input: { requestId: quoteRequestId, validUntil: "2026-12-31", lines: [{ label: "Pare-feu", quantity: 1, unitTtcCents: 90_000 }] } },
    });
    expect(issued.data!.issueQuote.userErrors).toEqual([]);
  });

  it("AUT-3: the desk still records a study or a prerequisite itself, whoever is assigned", async () => {
    const { member, address } = await aProMember(db.current);
    const request = await aProService(db.current, member.id, { technicianId: colleague.id });
    const brick = await aProBrick(db.current, member.id, address.id, { status: "REVIEW_REQUIRED", technicianId: colleague.id });
    expect(
      (await gql(db.current, cast.as.DESK_AGENT, STUDY, { variables: { input: { requestId: serviceGid(request), summary: "Étude" } } })).data!.recordProServiceStudy.userErrors,
    ).toEqual([]);
    expect(
      (await gql(db.current, cast.as.DESK_AGENT, PREREQUISITE, { variables: { input: { brickId: brickGid(brick), summary: "Revue" } } })).data!.recordProBrickPrerequisite
        .userErrors,
    ).toEqual([]);
  });

  it("AUT-3: the desk assigns an active technician, and only while the study or prerequisite is pending; refusals write nothing", async () => {
    const { member, address } = await aProMember(db.current);
    const request = await aProService(db.current, member.id);
    for (const technicianId of [staffGid(cast.staff.COACH), "garbage"]) {
      const errors = await expectRefused(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, ASSIGN_PRO_SERVICE, { variables: { input: { requestId: serviceGid(request), technicianId } } }),
        [member.id],
        "assignProServiceTechnician",
      );
      expect(errors).toEqual([["NOT_A_TECHNICIAN", "PRO-1"]]);
    }
    const studied = await aProService(db.current, member.id, { status: "STUDY_DONE" });
    expect(
      await expectRefused(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, ASSIGN_PRO_SERVICE, { variables: { input: { requestId: serviceGid(studied), technicianId: staffGid(cast.staff.TECHNICIAN) } } }),
        [member.id],
        "assignProServiceTechnician",
      ),
    ).toEqual([["STUDY_ALREADY_DONE", "PRO-1"]]);
    const active = await aProBrick(db.current, member.id, address.id);
    expect(
      await expectRefused(
        db.current,
        () => gql(db.current, cast.as.DESK_AGENT, ASSIGN_PRO_BRICK, { variables: { input: { brickId: brickGid(active), technicianId: staffGid(cast.staff.TECHNICIAN) } } }),
        [member.id],
        "assignProBrickTechnician",
      ),
    ).toEqual([["PREREQUISITE_NOT_PENDING", "PRO-3"]]);
  });
});

describe("AUT-3: the other relations that widen a staff member's reach are the desk's to create", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("AUT-3: a technician cannot book an intervention naming himself as performer (bookHomeIntervention is the desk's): refused, nothing written", async () => {
    const m = await aMember(db.current);
    const address = await anAddress(db.current, m.id);
    const before = await db.current.db.select().from(interventions).where(eq(interventions.memberId, m.id));
    const res = await gql(
      db.current,
      cast.as.TECHNICIAN,
      `mutation($input: BookHomeInterventionInput!) { bookHomeIntervention(input: $input) { intervention { id } userErrors { code } } }`,
      {
        variables: {
          input: {
            assistanceRequestId: toGlobalId("AssistanceRequest", "00000000-0000-4000-8000-000000000000"),
            kind: "TECHNICIAN",
            performerId: staffGid(cast.staff.TECHNICIAN),
            addressId: toGlobalId("Address", address.id),
            startsAt: "2026-12-01T09:00:00Z",
            durationMinutes: 60,
          },
        },
      },
    );
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(await db.current.db.select().from(interventions).where(eq(interventions.memberId, m.id))).toEqual(before);
  });

  it("AUT-3: a coach cannot make himself a member's coach or substitute (assignCoach is the desk's): refused, nothing written", async () => {
    const m = await aMember(db.current);
    for (const input of [
      { memberId: toGlobalId("Member", m.id), coachId: staffGid(cast.staff.COACH) },
      { memberId: toGlobalId("Member", m.id), coachId: staffGid(await aStaffUser(db.current, "COACH")), substituteCoachId: staffGid(cast.staff.COACH) },
    ]) {
      for (const who of ["COACH", "TECHNICIAN", "member"] as const) {
        const res = await gql(db.current, cast.as[who], `mutation($input: AssignCoachInput!) { assignCoach(input: $input) { userErrors { code } } }`, { variables: { input } });
        expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      }
    }
    expect(await db.current.db.select().from(coachAssignments).where(eq(coachAssignments.memberId, m.id))).toEqual([]);
  });

  it("AUT-3: behind the shield, the coaching service itself refuses an assignment by anyone but the desk (second barrier)", async () => {
    const m = await aMember(db.current);
    const input = { memberId: toGlobalId("Member", m.id), coachId: staffGid(cast.staff.COACH) };
    for (const who of ["COACH", "TECHNICIAN", "member"] as const) {
      const ctx = buildContext({
        requestId: `assign-${who}`,
        actor: cast.as[who]!,
        locale: "fr",
        clock: new ManualClock("2026-11-26T10:00:00Z"),
        tariffs: DEMO_TARIFFS,
        db: db.current.db,
        log: silentLog,
      });
      await expect(coachingService.assign(ctx, input)).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
    }
    expect(await db.current.db.select().from(coachAssignments).where(eq(coachAssignments.memberId, m.id))).toEqual([]);
  });
});
