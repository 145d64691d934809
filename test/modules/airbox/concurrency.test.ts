import { and, eq, inArray, isNull } from "drizzle-orm";
import { expect, it } from "vitest";
import { airboxIncidents, airboxes } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql } from "../../support/api.js";
import { outcomesOf, tally } from "../../support/assertions.js";
import { describeOnPostgres, useTestDatabase } from "../../support/db.js";
import { aCast, aMember, actors, anAddress } from "../../support/factories.js";
import { DECLARE_INCIDENT, RECORD_HANDOVER, aDevice, anAirbox } from "./airbox.support.js";
import { aProService } from "../pro/pro.support.js";

const CONCURRENCY = 30;

describeOnPostgres("Airbox limits under concurrent requests (PostgreSQL)", () => {
  const db = useTestDatabase({ poolMax: 20 });

  it("AIR-1: 30 concurrent handovers for one member record exactly one Airbox", async () => {
    const cast = await aCast(db.current);
    const m = await aMember(db.current);
    // AUT-3: the technician serves the member (the desk assigned him a Univers Pro request of theirs).
    await aProService(db.current, m.id, { technicianId: cast.staff.TECHNICIAN.id });
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) =>
        gql(db.current, i % 2 ? cast.as.DESK_AGENT : cast.as.TECHNICIAN, RECORD_HANDOVER, { variables: { input: { memberId: toGlobalId("Member", m.id), device: aDevice() } } }),
      ),
    );
    expect(tally(outcomesOf(results, "recordAirboxHandover"))).toEqual({ ok: 1, "AIRBOX_ALREADY_ASSIGNED/AIR-1": 29 });
    expect(
      await db.current.db
        .select()
        .from(airboxes)
        .where(and(eq(airboxes.memberId, m.id), isNull(airboxes.replacedAt))),
    ).toHaveLength(1);
  });

  it("AIR-1: one SIM handed to 30 members at once goes to exactly one of them", async () => {
    const cast = await aCast(db.current);
    const members = await Promise.all(Array.from({ length: CONCURRENCY }, () => aMember(db.current)));
    const { simIccid } = aDevice();
    const results = await Promise.all(
      members.map((m) =>
        gql(db.current, cast.as.DESK_AGENT, RECORD_HANDOVER, {
          variables: { input: { memberId: toGlobalId("Member", m.id), device: { serialNumber: aDevice().serialNumber, simIccid } } },
        }),
      ),
    );
    expect(tally(outcomesOf(results, "recordAirboxHandover"))).toEqual({ ok: 1, "ICCID_IN_USE/AIR-1": 29 });
    expect(
      await db.current.db
        .select()
        .from(airboxes)
        .where(
          inArray(
            airboxes.memberId,
            members.map((m) => m.id),
          ),
        ),
    ).toHaveLength(1);
  });

  it("AIR-2: 30 concurrent incident declarations leave exactly one open incident", async () => {
    const m = await aMember(db.current);
    await anAddress(db.current, m.id);
    const box = await anAirbox(db.current, m.id);
    const results = await Promise.all(
      Array.from({ length: CONCURRENCY }, () => gql(db.current, actors.member(m), DECLARE_INCIDENT, { variables: { input: { description: "Plus d'internet" } } })),
    );
    expect(tally(outcomesOf(results, "declareAirboxIncident"))).toEqual({ ok: 1, "INCIDENT_ALREADY_OPEN/AIR-2": 29 });
    expect(await db.current.db.select().from(airboxIncidents).where(eq(airboxIncidents.airboxId, box.id))).toHaveLength(1);
  });
});
