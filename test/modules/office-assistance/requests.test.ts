import { getTableColumns } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { officeAssistanceRequests, officeAssistanceSessions, officeAssistanceVisits } from "../../../db/schema/index.js";
import { OFFICE_ASSISTANCE_SCOPE } from "../../../src/modules/office-assistance/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { rawRows } from "../quotes/quotes.support.js";
import {
  CONFIRM_BACKUP,
  CONSENT,
  REQUEST,
  STOP,
  aSession,
  anOfficeCast,
  anOfficeRequest,
  expectUserErrors,
  officeState,
  requestGid,
  requestInput,
  sessionGid,
} from "./office-assistance.support.js";

const NOW = "2026-11-26T10:00:00Z"; // Thursday 11:00 Paris
const at = (instant: string) => new ManualClock(instant);
const input = (value: Record<string, unknown>, clock = at(NOW)) => ({ variables: { input: value }, clock });

describe("office assistance requests (BUR-1, BUR-2)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof anOfficeCast>>;
  beforeAll(async () => {
    cast = await anOfficeCast(db.current);
  });

  it("BUR-1: a request by phone or email about an in-scope device and software, on macOS or Windows with screen sharing, is recorded", async () => {
    const cases = [
      ["member", { channel: "PHONE", operatingSystem: "MACOS", screenSharingAvailable: false }],
      ["delegate", { channel: "EMAIL", operatingSystem: "WINDOWS", screenSharingAvailable: true, deviceKind: "PC", software: "BROWSER" }],
      ["DESK_AGENT", { channel: "PHONE", memberId: cast.memberGid, deviceKind: "SMARTPHONE", software: "GOOGLE_DRIVE" }],
    ] as const;
    for (const [who, extra] of cases) {
      const res = await gql(db.current, cast.as[who], REQUEST, input(requestInput(extra)));
      expect(res.data!.requestOfficeAssistance.userErrors).toEqual([]);
      expect(res.data!.requestOfficeAssistance.request).toMatchObject({
        channel: extra.channel,
        requestedAt: "2026-11-26T10:00:00.000Z",
        availableFrom: "2026-11-26T10:00:00.000Z",
        providedBy: null,
      });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "requestOfficeAssistance", onBehalfOfMemberId: cast.member.id }]);
    }
  });

  it("BUR-2: office assistance is a service of the option: a member without the option in force is refused (OPTION_REQUIRED), nothing written", async () => {
    const bare = await aCast(db.current); // no option
    const errors = await expectUserErrors(db.current, () => gql(db.current, bare.as.member, REQUEST, input(requestInput({}))), [bare.member.id], "requestOfficeAssistance");
    expect(errors).toEqual([["OPTION_REQUIRED", "BUR-2"]]);
  });

  it("BUR-1: every in-scope device kind and software is accepted (the scope is one constant)", async () => {
    expect(OFFICE_ASSISTANCE_SCOPE.deviceKinds).toEqual(["PC", "MAC", "TABLET", "SMARTPHONE", "KEY_4G", "PERIPHERAL"]);
    for (const deviceKind of OFFICE_ASSISTANCE_SCOPE.deviceKinds) {
      const res = await gql(db.current, cast.as.member, REQUEST, input(requestInput({ deviceKind })));
      expect(res.data!.requestOfficeAssistance.userErrors).toEqual([]);
    }
    for (const software of OFFICE_ASSISTANCE_SCOPE.software) {
      const res = await gql(db.current, cast.as.member, REQUEST, input(requestInput({ software })));
      expect(res.data!.requestOfficeAssistance.userErrors).toEqual([]);
    }
  });

  const REFUSALS = [
    ["Windows without screen sharing", { operatingSystem: "WINDOWS", screenSharingAvailable: false }, "PREREQUISITE_NOT_MET"],
    ["Linux", { operatingSystem: "LINUX", screenSharingAvailable: true }, "PREREQUISITE_NOT_MET"],
    ["ChromeOS", { operatingSystem: "CHROMEOS", screenSharingAvailable: true }, "PREREQUISITE_NOT_MET"],
    ["another kind of device", { deviceKind: "OTHER" }, "DEVICE_OUT_OF_SCOPE"],
    ["business-specific software", { software: "BUSINESS_SPECIFIC" }, "SOFTWARE_OUT_OF_SCOPE"],
    ["software off the list", { software: "OTHER" }, "SOFTWARE_OUT_OF_SCOPE"],
    ["defective equipment (manufacturer or supplier)", { equipmentDefective: true }, "DEFECTIVE_EQUIPMENT"],
  ] as const;
  it.each(REFUSALS)("BUR-1: %s is refused with the rule; nothing is written", async (_what, extra, code) => {
    const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.member, REQUEST, input(requestInput(extra))), [cast.member.id], "requestOfficeAssistance");
    expect(errors).toEqual([[code, "BUR-1"]]);
  });

  it("BUR-1: every problem at once, in English on request", async () => {
    const res = await gql(db.current, cast.as.member, REQUEST, {
      ...input(requestInput({ operatingSystem: "OTHER", deviceKind: "OTHER", software: "BUSINESS_SPECIFIC", equipmentDefective: true })),
      locale: "en",
    });
    expect(refusalCodes(res, "requestOfficeAssistance")).toEqual(["PREREQUISITE_NOT_MET", "DEVICE_OUT_OF_SCOPE", "SOFTWARE_OUT_OF_SCOPE", "DEFECTIVE_EQUIPMENT"]);
    expect(res.data!.requestOfficeAssistance.userErrors[0].message).toBe("Office assistance requires Windows with screen sharing, or macOS.");
  });

  it("BUR-2: the office-assistance hours are data, published like every service's: Mon–Fri 09:00–20:00, Sat 10:00–19:00 by a subcontractor", async () => {
    const Q = `query($service: ServiceKey!, $at: DateTimeISO) { serviceAvailability(service: $service, at: $at) { openNow providedBy rule hours { isoWeekday opens closes providedBy } } }`;
    const res = await gql(db.current, null, Q, { variables: { service: "OFFICE_ASSISTANCE", at: "2026-11-28T11:00:00Z" } });
    expect(res.data!.serviceAvailability).toEqual({
      openNow: true,
      providedBy: "SUBCONTRACTOR",
      rule: "BUR-2",
      hours: [
        ...[1, 2, 3, 4, 5].map((d) => ({ isoWeekday: d, opens: "09:00", closes: "20:00", providedBy: null })),
        { isoWeekday: 6, opens: "10:00", closes: "19:00", providedBy: "SUBCONTRACTOR" },
      ],
    });
    const visits = await gql(db.current, null, Q, { variables: { service: "OFFICE_ASSISTANCE_VISIT", at: "2026-11-28T11:00:00Z" } });
    expect(visits.data!.serviceAvailability).toMatchObject({
      openNow: false,
      rule: "BUR-3",
      hours: [1, 2, 3, 4, 5].map((d) => ({ isoWeekday: d, opens: "09:00", closes: "20:00", providedBy: null })),
    });
  });

  it("BUR-2: on Saturday, with the member's consent, a subcontractor takes the request at once; the consent is recorded", async () => {
    const saturday = at("2026-11-28T11:00:00Z"); // Saturday 12:00 Paris
    const res = await gql(db.current, cast.as.member, REQUEST, input(requestInput({ subcontractorConsent: true }), saturday));
    expect(res.data!.requestOfficeAssistance.request).toMatchObject({
      availableFrom: "2026-11-28T11:00:00.000Z",
      providedBy: "SUBCONTRACTOR",
      subcontractorConsentAt: "2026-11-28T11:00:00.000Z",
    });
    expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ details: { subcontractorConsent: true, providedBy: "SUBCONTRACTOR" } }]);
  });

  it("BUR-2: without the member's consent, no subcontractor: the request waits for Parnasse's Monday 09:00 opening", async () => {
    for (const consent of [false, null]) {
      const res = await gql(db.current, cast.as.delegate, REQUEST, input(requestInput({ subcontractorConsent: consent }), at("2026-11-28T11:00:00Z")));
      expect(res.data!.requestOfficeAssistance.request).toMatchObject({ availableFrom: "2026-11-30T08:00:00.000Z", providedBy: null, subcontractorConsentAt: null });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ details: { skippedSubcontractor: true } }]);
    }
  });

  it("BUR-2: outside the hours the request is kept for the next opening: Friday evening → Saturday 10:00 with consent, Monday 09:00 without", async () => {
    const friday = at("2026-11-27T20:00:00Z"); // Friday 21:00 Paris
    const withConsent = await gql(db.current, cast.as.member, REQUEST, input(requestInput({ channel: "EMAIL", subcontractorConsent: true }), friday));
    expect(withConsent.data!.requestOfficeAssistance.request).toMatchObject({ availableFrom: "2026-11-28T09:00:00.000Z", providedBy: "SUBCONTRACTOR" });
    const without = await gql(db.current, cast.as.member, REQUEST, input(requestInput({ channel: "EMAIL" }), friday));
    expect(without.data!.requestOfficeAssistance.request).toMatchObject({ availableFrom: "2026-11-30T08:00:00.000Z", providedBy: null });
    const wednesdayNight = await gql(db.current, cast.as.member, REQUEST, input(requestInput(), at("2026-11-25T22:00:00Z")));
    expect(wednesdayNight.data!.requestOfficeAssistance.request.availableFrom).toBe("2026-11-26T08:00:00.000Z");
  });

  it("BUR-2: the database refuses a subcontractor without the member's consent", async () => {
    await expect(anOfficeRequest(db.current, cast.member.id, { providedBy: "SUBCONTRACTOR" })).rejects.toThrow();
  });

  it("BUR-2: assistance is unlimited: 25 requests in a row are all recorded", async () => {
    const m = await anOfficeCast(db.current);
    for (let i = 0; i < 25; i++) {
      const res = await gql(db.current, m.as.member, REQUEST, input(requestInput({ description: `Question ${i}` })));
      expect(res.data!.requestOfficeAssistance.userErrors).toEqual([]);
    }
    expect((await officeState(db.current, [m.member.id])).requests).toHaveLength(25);
  });
});

describe("backup confirmation and screen-sharing consent (BUR-4)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof anOfficeCast>>;
  beforeAll(async () => {
    cast = await anOfficeCast(db.current);
  });

  it("BUR-4: screen sharing needs the backup confirmation first; then the member consents for one session and stops it at any time", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id, { backup: false });
    const refused = await expectUserErrors(
      db.current,
      () => gql(db.current, cast.as.member, CONSENT, input({ requestId: requestGid(request) })),
      [cast.member.id],
      "consentToScreenSharing",
    );
    expect(refused).toEqual([["BACKUP_NOT_CONFIRMED", "BUR-4"]]);

    const backup = await gql(db.current, cast.as.member, CONFIRM_BACKUP, input({ requestId: requestGid(request) }));
    expect(backup.data!.confirmOfficeAssistanceBackup.request.backupConfirmedAt).toBe("2026-11-26T10:00:00.000Z");
    expect(
      await expectUserErrors(
        db.current,
        () => gql(db.current, cast.as.member, CONFIRM_BACKUP, input({ requestId: requestGid(request) })),
        [cast.member.id],
        "confirmOfficeAssistanceBackup",
      ),
    ).toEqual([["BACKUP_ALREADY_CONFIRMED", "BUR-4"]]);

    const consent = await gql(db.current, cast.as.member, CONSENT, input({ requestId: requestGid(request) }));
    const session = consent.data!.consentToScreenSharing.session;
    expect(session).toMatchObject({ consentedAt: "2026-11-26T10:00:00.000Z", consentedByRole: "MEMBER", active: true, stoppedAt: null });
    expect(await auditRowsOf(db.current, consent.requestId)).toMatchObject([{ operation: "consentToScreenSharing", onBehalfOfMemberId: cast.member.id }]);
    expect(
      await expectUserErrors(db.current, () => gql(db.current, cast.as.delegate, CONSENT, input({ requestId: requestGid(request) })), [cast.member.id], "consentToScreenSharing"),
    ).toEqual([["SESSION_ALREADY_OPEN", "BUR-4"]]);

    const stop = await gql(db.current, cast.as.member, STOP, input({ sessionId: session.id }, at("2026-11-26T10:07:00Z")));
    expect(stop.data!.stopScreenSharing.session).toMatchObject({ active: false, stoppedAt: "2026-11-26T10:07:00.000Z", stoppedByRole: "MEMBER" });
    expect(await expectUserErrors(db.current, () => gql(db.current, cast.as.member, STOP, input({ sessionId: session.id })), [cast.member.id], "stopScreenSharing")).toEqual([
      ["SESSION_ALREADY_STOPPED", "BUR-4"],
    ]);

    // Consent is per session: a new session needs a new consent, recorded separately.
    const again = await gql(db.current, cast.as.delegate, CONSENT, input({ requestId: requestGid(request) }, at("2026-11-26T11:00:00Z")));
    expect(again.data!.consentToScreenSharing.session).toMatchObject({ consentedByRole: "DELEGATE", active: true });
    const READ = `query($id: ID!) { node(id: $id) { ... on OfficeAssistanceRequest { sessions { active consentedByRole stoppedByRole } } } }`;
    expect((await gql(db.current, cast.as.member, READ, { variables: { id: requestGid(request) } })).data!.node.sessions).toEqual([
      { active: false, consentedByRole: "MEMBER", stoppedByRole: "MEMBER" },
      { active: true, consentedByRole: "DELEGATE", stoppedByRole: null },
    ]);
  });

  it("BUR-4: the desk's assistant may end a session too, but never consents for the member", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id);
    const session = await aSession(db.current, request);
    const res = await gql(db.current, cast.as.DESK_AGENT, STOP, input({ sessionId: sessionGid(session) }));
    expect(res.data!.stopScreenSharing.session).toMatchObject({ active: false, stoppedByRole: "DESK_AGENT" });
    const consent = await gql(db.current, cast.as.DESK_AGENT, CONSENT, input({ requestId: requestGid(request) }));
    expect(consent.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  it("BUR-4: the database holds at most one open session per request", async () => {
    const request = await anOfficeRequest(db.current, cast.member.id);
    await aSession(db.current, request);
    await expect(aSession(db.current, request)).rejects.toThrow();
  });

  it("BUR-4: nothing seen during a session is stored: no content, note, capture or recording column, in the schema or the database", async () => {
    const CONTENTISH = /content|note|capture|screenshot|record|transcript|log|seen|screen_data|image|file|summary/i;
    for (const table of [officeAssistanceSessions]) {
      expect(Object.keys(getTableColumns(table)).filter((c) => CONTENTISH.test(c))).toEqual([]);
    }
    const rows = await rawRows<{ column_name: string }>(
      db.current,
      sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'office_assistance_sessions' order by ordinal_position`,
    );
    expect(rows.map((r) => r.column_name)).toEqual(["id", "request_id", "member_id", "consented_at", "consented_by_role", "consented_by_id", "revoked_at", "revoked_by_role"]);
    // The request keeps the member's own description of the problem, nothing from a session; visits keep when and where.
    expect(Object.keys(getTableColumns(officeAssistanceRequests)).filter((c) => CONTENTISH.test(c))).toEqual([]);
    expect(Object.keys(getTableColumns(officeAssistanceVisits)).filter((c) => CONTENTISH.test(c))).toEqual([]);
  });
});
