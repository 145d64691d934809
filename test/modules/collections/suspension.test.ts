import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { airboxIncidents, auditLog, officeAssistanceRequests, vipLines } from "../../../db/schema/index.js";
import { gql } from "../../support/api.js";
import { countRows } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { mutationSamples } from "../../support/mutation-samples.js";

/**
 * BIL-9: services refused while suspended for non-payment, for the services wired after the
 * collections module (office assistance, VIP lines, Airbox). Each case starts from the audit
 * test's successful sample, then suspends every member: the same call is refused and writes nothing.
 */
describe("BIL-9: suspension for non-payment refuses services", () => {
  const db = useTestDatabase();

  const cases = [
    { mutation: "requestOfficeAssistance", table: officeAssistanceRequests },
    { mutation: "declareVipLine", table: vipLines },
    { mutation: "declareAirboxIncident", table: airboxIncidents },
  ] as const;

  for (const { mutation, table } of cases) {
    it(`BIL-9: ${mutation} is refused with SERVICE_SUSPENDED while the member is suspended, and nothing is written`, async () => {
      const sample = await mutationSamples[mutation]!(db.current);
      await db.current.db.execute(sql`insert into dunning_cases (member_id, first_notice_at, suspended_at)
        select m.id, now() - interval '20 days', now() - interval '10 days' from members m
        where not exists (select 1 from dunning_cases d where d.member_id = m.id and d.closed_at is null)`);
      const count = () => countRows(db.current, table);
      const audit = () => countRows(db.current, auditLog);
      const [rowsBefore, auditBefore] = [await count(), await audit()];
      const res = await gql(db.current, sample.actor, sample.query, { variables: sample.variables });
      expect(res.errors).toBeUndefined();
      expect(res.data![mutation].userErrors).toEqual([{ code: "SERVICE_SUSPENDED", rule: "BIL-9" }]);
      expect([await count(), await audit()]).toEqual([rowsBefore, auditBefore]);
    });
  }

  it("BIL-9: control: the same calls succeed for members who are not suspended (the refusals above are due to the suspension)", async () => {
    for (const { mutation } of cases) {
      const sample = await mutationSamples[mutation]!(db.current);
      const res = await gql(db.current, sample.actor, sample.query, { variables: sample.variables });
      expect(res.data![mutation].userErrors, mutation).toEqual([]);
    }
  });
});
