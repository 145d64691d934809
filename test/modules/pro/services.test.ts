import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusalCodes, refusals } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aMember, actors, anOption } from "../../support/factories.js";
import { ACCEPT, ISSUE, quoteGid, rawRows } from "../quotes/quotes.support.js";
import { ASSIGN_SERVICE, INSTALL, LEGAL_ENTITY, REQUEST, STUDY, aProCast, aProService, expectShieldRefusal, expectUserErrors, serviceGid } from "./pro.support.js";

const NOW = "2026-11-26T10:00:00Z";
const clock = () => new ManualClock(NOW);
const input = (value: Record<string, unknown>) => ({ variables: { input: value }, clock: clock() });
const request = (extra: Record<string, unknown> = {}) => input({ service: "NETWORK_SECURITY", description: "Pare-feu pour le cabinet", ...extra });

describe("Univers Pro services: study, quote in the shared workflow, installation (PRO-1, QUO-1)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aProCast>>;
  beforeAll(async () => {
    cast = await aProCast(db.current);
  });

  it("PRO-1: a legal-entity member asks for each service; a technical study comes first", async () => {
    for (const service of ["PUBLIC_WIFI", "NETWORK_SECURITY", "NETWORK_INFRASTRUCTURE", "SERVER", "IT_RENEWAL"]) {
      const res = await gql(db.current, cast.as.member, REQUEST, request({ service }));
      expect(res.data!.requestProService.userErrors).toEqual([]);
      expect(res.data!.requestProService.request).toMatchObject({ service, status: "STUDY_REQUESTED", requestedAt: "2026-11-26T10:00:00.000Z", quoteRequest: null });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "requestProService", onBehalfOfMemberId: cast.member.id }]);
    }
  });

  it("PRO-1/QUO-1: study → quote (shared workflow) → acceptance → installation, each step by the role that may take it", async () => {
    const created = await gql(db.current, cast.as.delegate, REQUEST, request());
    const id = created.data!.requestProService.request.id;
    // AUT-3: the desk assigns the technician who carries out the study.
    const assigned = await gql(db.current, cast.as.DESK_AGENT, ASSIGN_SERVICE, input({ requestId: id, technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) }));
    expect(assigned.data!.assignProServiceTechnician.userErrors).toEqual([]);
    const study = await gql(db.current, cast.as.TECHNICIAN, STUDY, input({ requestId: id, summary: "Pare-feu 2 ports suffisant" }));
    const studied = study.data!.recordProServiceStudy.request;
    expect(studied).toMatchObject({ status: "STUDY_DONE", studySummary: "Pare-feu 2 ports suffisant", studyDoneAt: "2026-11-26T10:00:00.000Z" });
    // The study opened the service's quote request in the one quote workflow.
    expect(studied.quoteRequest).toMatchObject({ purpose: "PRO_SERVICE", status: "AWAITING_QUOTE", currentQuote: null });
    expect(await auditRowsOf(db.current, study.requestId)).toMatchObject([{ operation: "recordProServiceStudy", actorRole: "TECHNICIAN" }]);
    const installEarly = await gql(db.current, cast.as.DESK_AGENT, INSTALL, input({ requestId: id, installedOn: "2026-11-25" }));
    expect(refusals(installEarly, "recordProServiceInstallation")).toEqual([["QUOTE_NOT_ACCEPTED", "PRO-1"]]);
    const issued = await gql(
      db.current,
      cast.as.DESK_AGENT,
      ISSUE,
      input({ requestId: studied.quoteRequest.id, validUntil: "2026-12-26", lines: [{ label: "Pare-feu", quantity: 1, unitTtcCents: 150_000 }] }),
    );
    expect(issued.data!.issueQuote.quote).toMatchObject({ purpose: "PRO_SERVICE", status: "ISSUED", totalTtcCents: 150_000, totalHtCents: 125_000, totalVatCents: 25_000 });
    const accepted = await gql(db.current, cast.as.member, ACCEPT, input({ quoteId: issued.data!.issueQuote.quote.id }));
    expect(accepted.data!.acceptQuote.quote.status).toBe("ACCEPTED");
    const installed = await gql(db.current, cast.as.DESK_AGENT, INSTALL, input({ requestId: id, installedOn: "2026-11-25" }));
    expect(installed.data!.recordProServiceInstallation.request).toMatchObject({
      status: "INSTALLED",
      installedOn: "2026-11-25",
      quoteRequest: { status: "ACCEPTED", currentQuote: { status: "ACCEPTED", totalTtcCents: 150_000 } },
    });
    expect(await auditRowsOf(db.current, installed.requestId)).toMatchObject([{ operation: "recordProServiceInstallation", actorRole: "DESK_AGENT" }]);
  });

  it("QUO-1: Univers Pro keeps no private quote mechanism: no quote mutation, no quote column", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, `mutation { quoteProService(input: {}) { userErrors { code } } }`);
    expect(errorCodes(res)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    const columns = await rawRows<{ table_name: string; column_name: string }>(
      db.current,
      sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and table_name like 'pro%' and column_name like '%quote%' order by 1`,
    );
    expect(columns).toEqual([
      { table_name: "pro_bricks", column_name: "quote_request_id" },
      { table_name: "pro_service_requests", column_name: "quote_request_id" },
    ]);
  });

  it("PRO-1: a member registered without a legal entity is refused; nothing is written", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id);
    expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), REQUEST, request()), [m.id], "requestProService")).toEqual([["NOT_A_LEGAL_ENTITY", "PRO-1"]]);
  });

  it("PRO-1: an inactive membership or no option in force is refused", async () => {
    const inactive = await aMember(db.current, { ...LEGAL_ENTITY, status: "TERMINATED" });
    await anOption(db.current, inactive.id);
    const noOption = await aMember(db.current, LEGAL_ENTITY);
    for (const [m, code] of [
      [inactive, "MEMBERSHIP_NOT_ACTIVE"],
      [noOption, "OPTION_NOT_IN_FORCE"],
    ] as const) {
      expect(await expectUserErrors(db.current, () => gql(db.current, actors.member(m), REQUEST, request()), [m.id], "requestProService")).toEqual([[code, "PRO-1"]]);
    }
  });

  it("PRO-1: an empty or over-long description is refused", async () => {
    for (const description of ["  ", "x".repeat(2001)]) {
      expect(await expectUserErrors(db.current, () => gql(db.current, cast.as.member, REQUEST, request({ description })), [cast.member.id], "requestProService")).toEqual([
        ["INVALID_TEXT", null],
      ]);
    }
  });

  const OUT_OF_ORDER = [
    ["STUDY_REQUESTED", "be installed", INSTALL, { installedOn: "2026-11-20" }, "recordProServiceInstallation", "DESK_AGENT", "ILLEGAL_TRANSITION"],
    ["STUDY_DONE", "be studied again", STUDY, { summary: "x" }, "recordProServiceStudy", "DESK_AGENT", "ILLEGAL_TRANSITION"],
    ["STUDY_DONE", "be installed without a quote", INSTALL, { installedOn: "2026-11-20" }, "recordProServiceInstallation", "DESK_AGENT", "QUOTE_NOT_ACCEPTED"],
    ["QUOTED", "be installed before the quote is accepted", INSTALL, { installedOn: "2026-11-20" }, "recordProServiceInstallation", "DESK_AGENT", "QUOTE_NOT_ACCEPTED"],
    ["DECLINED", "be installed on a declined quote", INSTALL, { installedOn: "2026-11-20" }, "recordProServiceInstallation", "DESK_AGENT", "QUOTE_NOT_ACCEPTED"],
    ["INSTALLED", "be studied again", STUDY, { summary: "x" }, "recordProServiceStudy", "DESK_AGENT", "ILLEGAL_TRANSITION"],
  ] as const;
  it.each(OUT_OF_ORDER)(
    "PRO-1: a %s request cannot %s (study, then accepted quote, then installation); nothing is written",
    async (status, _what, query, extra, field, who, code) => {
      const row = await aProService(db.current, cast.member.id, { status });
      expect(await expectUserErrors(db.current, () => gql(db.current, cast.as[who], query, input({ requestId: serviceGid(row), ...extra })), [cast.member.id], field)).toEqual([
        [code, "PRO-1"],
      ]);
    },
  );

  it("PRO-1/QUO-2: an expired quote of a service cannot be accepted, so the service cannot be installed", async () => {
    const row = await aProService(db.current, cast.member.id, { status: "QUOTED", quoteValidUntil: "2026-11-25" });
    const res = await gql(db.current, cast.as.member, ACCEPT, input({ quoteId: quoteGid({ id: row.quoteId! }) }));
    expect(refusals(res, "acceptQuote")).toEqual([["QUOTE_EXPIRED", "QUO-2"]]);
    const install = await gql(db.current, cast.as.DESK_AGENT, INSTALL, input({ requestId: serviceGid(row), installedOn: "2026-11-20" }));
    expect(refusalCodes(install, "recordProServiceInstallation")).toEqual(["QUOTE_NOT_ACCEPTED"]);
  });

  it("PRO-1: an installation date cannot be in the future", async () => {
    const accepted = await aProService(db.current, cast.member.id, { status: "ACCEPTED" });
    const install = await expectUserErrors(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, INSTALL, input({ requestId: serviceGid(accepted), installedOn: "2026-11-27" })),
      [cast.member.id],
      "recordProServiceInstallation",
    );
    expect(install).toEqual([["INSTALLATION_IN_FUTURE", "PRO-1"]]);
  });

  it("AUT-2: another member cannot accept the service's quote, nor name this member; malformed ids are not found", async () => {
    const row = await aProService(db.current, cast.member.id, { status: "QUOTED" });
    for (const quoteId of [quoteGid({ id: row.quoteId! }), "nope", toGlobalId("ConciergeRequest", row.quoteId!)]) {
      const res = await gql(db.current, cast.as.otherMember, ACCEPT, input({ quoteId }));
      expect(refusals(res, "acceptQuote")).toEqual([["QUOTE_NOT_FOUND", "AUT-2"]]);
    }
    expect(
      await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.otherMember, REQUEST, request({ memberId: cast.memberGid })),
        [cast.member.id, cast.other.id],
        "requestProService",
      ),
    ).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
  });

  describe("roles", () => {
    const ALL = ["member", "delegate", "payer", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const;
    const CASES = [
      ["requestProService", REQUEST, ["member", "delegate", "DESK_AGENT"], () => ({ service: "SERVER", description: "Serveur local", memberId: cast.memberGid })],
      [
        "recordProServiceStudy",
        STUDY,
        ["DESK_AGENT", "TECHNICIAN"],
        async () => ({ requestId: serviceGid(await aProService(db.current, cast.member.id, { technicianId: cast.staff.TECHNICIAN.id })), summary: "Étude faite" }),
      ],
      [
        "assignProServiceTechnician",
        ASSIGN_SERVICE,
        ["DESK_AGENT"],
        async () => ({ requestId: serviceGid(await aProService(db.current, cast.member.id)), technicianId: toGlobalId("StaffUser", cast.staff.TECHNICIAN.id) }),
      ],
      [
        "recordProServiceInstallation",
        INSTALL,
        ["DESK_AGENT"],
        async () => ({ requestId: serviceGid(await aProService(db.current, cast.member.id, { status: "ACCEPTED" })), installedOn: "2026-11-20" }),
      ],
    ] as const;

    for (const [field, query, allowed, makeInput] of CASES) {
      it.each(ALL.filter((r) => !(allowed as readonly string[]).includes(r)))(`PRO-1: %s may not ${field}; nothing is written`, async (who) => {
        const value = await makeInput();
        await expectShieldRefusal(db.current, () => gql(db.current, cast.as[who], query, input(value)), [cast.member.id]);
      });
      it.each(allowed)(`PRO-1: %s may ${field}`, async (who) => {
        const value = await makeInput();
        const { memberId: _drop, ...own } = value as Record<string, unknown>;
        const res = await gql(db.current, cast.as[who], query, input(who === "DESK_AGENT" ? value : own));
        expect(res.errors).toBeUndefined();
        expect(res.data![field].userErrors).toEqual([]);
      });
      it(`PRO-1: an anonymous caller may not ${field}`, async () => {
        const value = await makeInput();
        await expectShieldRefusal(db.current, () => gql(db.current, null, query, input(value)), [cast.member.id], "UNAUTHENTICATED");
      });
    }

    it("PRO-1: a technician reads the requests the desk assigned to him (AUT-3), and no others", async () => {
      const mine = await aProService(db.current, cast.member.id, { technicianId: cast.staff.TECHNICIAN.id });
      const study = await gql(db.current, cast.as.TECHNICIAN, STUDY, input({ requestId: serviceGid(mine), summary: "ok" }));
      expect(study.data!.recordProServiceStudy.request.id).toBe(serviceGid(mine));
      const NODE = `query($id: ID!) { node(id: $id) { ... on ProServiceRequest { id status } } }`;
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: serviceGid(mine) } })).data!.node).toEqual({ id: serviceGid(mine), status: "STUDY_DONE" });
      const other = await aProService(db.current, cast.member.id);
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: serviceGid(other) } })).data!.node).toBeNull();
      expect((await gql(db.current, cast.as.TECHNICIAN, NODE, { variables: { id: cast.memberGid } })).data!.node).toBeNull();
    });

    it("PRO-1: the member, the delegate and the desk list the member's requests; other roles cannot reach them", async () => {
      const row = await aProService(db.current, cast.member.id);
      const ME = `{ me { member { proServiceRequests { id } } } }`;
      for (const who of ["member", "delegate"] as const) {
        expect((await gql(db.current, cast.as[who], ME)).data!.me.member.proServiceRequests.map((r: any) => r.id)).toContain(serviceGid(row));
      }
      const NODE = `query($id: ID!) { node(id: $id) { ... on ProServiceRequest { id } ... on Member { proServiceRequests { id } } } }`;
      expect((await gql(db.current, cast.as.DESK_AGENT, NODE, { variables: { id: serviceGid(row) } })).data!.node.id).toBe(serviceGid(row));
      for (const who of ["otherMember", "payer", "COACH", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
        for (const id of [serviceGid(row), cast.memberGid]) {
          expect((await gql(db.current, cast.as[who], NODE, { variables: { id } })).data!.node).toBeNull();
        }
      }
    });
  });
});
