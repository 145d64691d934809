import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { quoteLines, quoteRequests, quotes } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { fromGlobalId, toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusals } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aLine, anAddress, anOption } from "../../support/factories.js";
import { REQUEST_MIGRATION, aMailbox, mailboxGid } from "../mailboxes/mailboxes.support.js";
import { BRICK_FIELDS, aProCast } from "../pro/pro.support.js";
import {
  ACCEPT,
  DECLINE,
  ISSUE,
  REQUEST_QUOTE,
  aQuote,
  aQuoteRequest,
  aQuotedRequest,
  expectUserErrors,
  quoteGid,
  quoteState,
  rawRows,
  requestGid,
  aServingTechnician,
} from "./quotes.support.js";

const NOW = "2026-11-26T10:00:00Z";
const input = (value: Record<string, unknown>, locale?: "en") => ({ variables: { input: value }, clock: new ManualClock(NOW), locale });

describe("the one quote workflow (QUO-1..3)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    await anOption(db.current, cast.member.id);
  });

  describe("QUO-1: every use creates its quote through this workflow", () => {
    it("QUO-1: the member or the delegate asks for an on-site mail expert, a visit, an equipment study; the desk for them", async () => {
      const cases = [
        ["member", "MAIL_EXPERT_ON_SITE", {}],
        ["delegate", "OFFICE_ASSISTANCE_VISIT", {}],
        ["DESK_AGENT", "EQUIPMENT_STUDY", { memberId: cast.memberGid }],
      ] as const;
      for (const [who, purpose, extra] of cases) {
        const res = await gql(db.current, cast.as[who], REQUEST_QUOTE, input({ purpose, description: "  Mon besoin  ", ...extra }));
        expect(res.data!.requestQuote.userErrors).toEqual([]);
        expect(res.data!.requestQuote.request).toMatchObject({
          memberId: cast.memberGid,
          purpose,
          description: "Mon besoin",
          requestedByRole: who === "member" ? "MEMBER" : who === "delegate" ? "DELEGATE" : "DESK_AGENT",
          status: "AWAITING_QUOTE",
          currentQuote: null,
          quotes: [],
        });
        expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "requestQuote", onBehalfOfMemberId: cast.member.id }]);
      }
    });

    it("QUO-1: the installation is quoted with an Orange fiber offer: without an Orange fiber line it is refused", async () => {
      const c = await aCast(db.current);
      const refused = await expectUserErrors(
        db.current,
        () => gql(db.current, c.as.member, REQUEST_QUOTE, input({ purpose: "FIBER_INSTALLATION", description: "Installation" })),
        [c.member.id],
        "requestQuote",
      );
      expect(refused).toEqual([["FIBER_OFFER_REQUIRED", "QUO-1"]]);
      await aLine(db.current, await anAddress(db.current, c.member.id), { technology: "ADSL" });
      expect(refusals(await gql(db.current, c.as.member, REQUEST_QUOTE, input({ purpose: "FIBER_INSTALLATION", description: "x" })), "requestQuote")).toEqual([
        ["FIBER_OFFER_REQUIRED", "QUO-1"],
      ]);
      await aLine(db.current, await anAddress(db.current, c.member.id, { kind: "EXTRA_SITE" }));
      const ok = await gql(db.current, c.as.member, REQUEST_QUOTE, input({ purpose: "FIBER_INSTALLATION", description: "Installation avec la fibre" }));
      expect(ok.data!.requestQuote.request.purpose).toBe("FIBER_INSTALLATION");
    });

    it("QUO-1: mail migration, Univers Pro services and maintenance are opened by their own flows, not by requestQuote", async () => {
      for (const purpose of ["MAIL_MIGRATION", "PRO_SERVICE", "PRO_MAINTENANCE"]) {
        const errors = await expectUserErrors(
          db.current,
          () => gql(db.current, cast.as.member, REQUEST_QUOTE, input({ purpose, description: "x" })),
          [cast.member.id],
          "requestQuote",
        );
        expect(errors).toEqual([["PURPOSE_HAS_ITS_OWN_REQUEST", "QUO-1"]]);
      }
    });

    it("QUO-1: a mail migration beyond 5 GB opens a MAIL_MIGRATION quote request, then quoted and accepted in the workflow", async () => {
      const box = await aMailbox(db.current, cast.member.id);
      const included = await gql(db.current, cast.as.member, REQUEST_MIGRATION, input({ mailboxId: mailboxGid(box), source: "Gmail", sizeMb: 100 }));
      expect(included.data!.requestMailboxMigration.migration.status).toBe("INCLUDED");
      const Q = `mutation($input: RequestMailboxMigrationInput!) { requestMailboxMigration(input: $input) { migration { status quoteRequest { id purpose status } } userErrors { code } } }`;
      const res = await gql(db.current, cast.as.delegate, Q, input({ mailboxId: mailboxGid(box), source: "Exchange", sizeMb: 8000 }));
      const migration = res.data!.requestMailboxMigration.migration;
      expect(migration).toMatchObject({ status: "QUOTE_REQUIRED", quoteRequest: { purpose: "MAIL_MIGRATION", status: "AWAITING_QUOTE" } });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "requestMailboxMigration", actorRole: "DELEGATE", onBehalfOfMemberId: cast.member.id }]);
      const issued = await gql(
        db.current,
        cast.as.DESK_AGENT,
        ISSUE,
        input({ requestId: migration.quoteRequest.id, validUntil: "2026-12-10", lines: [{ label: "Migration 8 Go", quantity: 1, unitTtcCents: 18_000 }] }),
      );
      expect(issued.data!.issueQuote.quote).toMatchObject({ purpose: "MAIL_MIGRATION", totalTtcCents: 18_000, totalHtCents: 15_000, totalVatCents: 3_000 });
      const accepted = await gql(db.current, cast.as.member, ACCEPT, input({ quoteId: issued.data!.issueQuote.quote.id }));
      expect(accepted.data!.acceptQuote.quote.status).toBe("ACCEPTED");
    });

    it("QUO-1: subscribing a Univers Pro maintenance brick opens a PRO_MAINTENANCE quote request", async () => {
      const pro = await aProCast(db.current);
      const Q = `mutation($input: SubscribeProBrickInput!) { subscribeProBrick(input: $input) {
        brick { ${BRICK_FIELDS} quoteRequest { purpose status memberId } } userErrors { code message field rule } } }`;
      const res = await gql(db.current, pro.as.member, Q, input({ brick: "WORKSTATION", addressId: toGlobalId("Address", pro.address.id) }));
      expect(res.data!.subscribeProBrick.brick.quoteRequest).toEqual({ purpose: "PRO_MAINTENANCE", status: "AWAITING_QUOTE", memberId: pro.memberGid });
    });

    it("QUO-1: no module keeps a private quote table or quote amount column", async () => {
      const rows = await rawRows<{ table_name: string; column_name: string }>(
        db.current,
        sql`select table_name, column_name from information_schema.columns where table_schema = 'public'
            and (column_name like 'quote%amount%' or column_name like 'quoted%' or column_name like 'quote_valid%')`,
      );
      expect(rows).toEqual([]);
    });
  });

  describe("QUO-2: staff issue, the member or the delegate decides", () => {
    it("QUO-2: a quote has lines with TTC, HT and VAT each, totals from the TTC total, a validity date and a reference", async () => {
      const request = await aQuoteRequest(db.current, cast.member.id);
      const lines = [
        { label: "Étude sur place", quantity: 2, unitTtcCents: 4_500 },
        { label: "Déplacement", quantity: 1, unitTtcCents: 10_000 },
        { label: "Petit matériel", quantity: 3, unitTtcCents: 2 },
      ];
      const res = await gql(db.current, cast.as.DESK_AGENT, ISSUE, input({ requestId: requestGid(request), validUntil: "2026-12-26", lines }));
      const quote = res.data!.issueQuote.quote;
      expect(res.data!.issueQuote.userErrors).toEqual([]);
      expect(quote).toMatchObject({
        memberId: cast.memberGid,
        purpose: "EQUIPMENT_STUDY",
        status: "ISSUED",
        validUntil: "2026-12-26",
        issuedAt: "2026-11-26T10:00:00.000Z",
        totalTtcCents: 19_006,
        totalHtCents: 15_838, // round(19006 / 1.2) = round(15838.33)
        totalVatCents: 3_168,
        lines: [
          { position: 1, label: "Étude sur place", quantity: 2, unitTtcCents: 4_500, ttcCents: 9_000, htCents: 7_500, vatCents: 1_500 },
          { position: 2, label: "Déplacement", quantity: 1, unitTtcCents: 10_000, ttcCents: 10_000, htCents: 8_333, vatCents: 1_667 },
          { position: 3, label: "Petit matériel", quantity: 3, unitTtcCents: 2, ttcCents: 6, htCents: 5, vatCents: 1 },
        ],
      });
      expect(quote.reference).toMatch(/^DEV-\d{6}$/);
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([{ operation: "issueQuote", actorRole: "DESK_AGENT", onBehalfOfMemberId: cast.member.id }]);
    });

    it("QUO-2: lines, amounts and validity are checked; every problem is reported and nothing is written", async () => {
      const request = await aQuoteRequest(db.current, cast.member.id);
      const issue = (extra: Record<string, unknown>) => () =>
        gql(
          db.current,
          cast.as.DESK_AGENT,
          ISSUE,
          input({ requestId: requestGid(request), validUntil: "2026-12-26", lines: [{ label: "x", quantity: 1, unitTtcCents: 100 }], ...extra }),
        );
      const m = [cast.member.id];
      expect(await expectUserErrors(db.current, issue({ lines: [] }), m, "issueQuote")).toEqual([["NO_LINES", "QUO-2"]]);
      expect(await expectUserErrors(db.current, issue({ lines: [{ label: " ", quantity: 0, unitTtcCents: -1 }], validUntil: "2026-11-25" }), m, "issueQuote")).toEqual([
        ["INVALID_LINE_LABEL", "QUO-2"],
        ["INVALID_QUANTITY", "QUO-2"],
        ["INVALID_AMOUNT", "QUO-2"],
        ["VALIDITY_IN_PAST", "QUO-2"],
      ]);
      expect(await expectUserErrors(db.current, issue({ lines: [{ label: "Gratuit", quantity: 1, unitTtcCents: 0 }] }), m, "issueQuote")).toEqual([["INVALID_TOTAL", "QUO-2"]]);
      expect(await expectUserErrors(db.current, issue({ validUntil: "2027-12-01" }), m, "issueQuote")).toEqual([["VALIDITY_TOO_FAR", "QUO-2"]]);
      expect(await expectUserErrors(db.current, issue({ lines: Array.from({ length: 51 }, () => ({ label: "l", quantity: 1, unitTtcCents: 1 })) }), m, "issueQuote")).toEqual([
        ["NO_LINES", "QUO-2"],
      ]);
      const en = await gql(
        db.current,
        cast.as.DESK_AGENT,
        ISSUE,
        input({ requestId: requestGid(request), validUntil: "2026-11-01", lines: [{ label: "x", quantity: 1, unitTtcCents: 1 }] }, "en"),
      );
      expect(en.data!.issueQuote.userErrors[0].message).toBe("The quote's validity date is already past.");
    });

    it("QUO-2: the member accepts; the acceptance is recorded with who and when", async () => {
      const { quote } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY");
      const res = await gql(db.current, cast.as.member, ACCEPT, input({ quoteId: quoteGid(quote) }));
      expect(res.data!.acceptQuote.quote).toMatchObject({ status: "ACCEPTED", decidedAt: "2026-11-26T10:00:00.000Z", decidedByRole: "MEMBER" });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([
        { operation: "acceptQuote", actorRole: "MEMBER", actorId: cast.member.id, onBehalfOfMemberId: cast.member.id },
      ]);
    });

    it("QUO-2: a delegate's acceptance is audited as by the delegate on behalf of the member, and billed to the member", async () => {
      const { quote } = await aQuotedRequest(db.current, cast.member.id, "MAIL_EXPERT_ON_SITE");
      const res = await gql(db.current, cast.as.delegate, ACCEPT, input({ quoteId: quoteGid(quote) }));
      expect(res.data!.acceptQuote.quote).toMatchObject({ status: "ACCEPTED", decidedByRole: "DELEGATE", memberId: cast.memberGid });
      expect(await auditRowsOf(db.current, res.requestId)).toMatchObject([
        { operation: "acceptQuote", actorRole: "DELEGATE", actorId: cast.delegate.id, onBehalfOfMemberId: cast.member.id },
      ]);
      const [row] = await db.current.db.select().from(quotes).where(eq(quotes.id, quote.id));
      expect(row).toMatchObject({ memberId: cast.member.id, decidedById: cast.delegate.id, decidedByRole: "DELEGATE" });
    });

    it("QUO-2: the member or the delegate declines; a declined or accepted quote cannot be decided again", async () => {
      for (const who of ["member", "delegate"] as const) {
        const { quote } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY");
        const res = await gql(db.current, cast.as[who], DECLINE, input({ quoteId: quoteGid(quote) }));
        expect(res.data!.declineQuote.quote.status).toBe("DECLINED");
        for (const q of [ACCEPT, DECLINE]) {
          const again = await expectUserErrors(
            db.current,
            () => gql(db.current, cast.as.member, q, input({ quoteId: quoteGid(quote) })),
            [cast.member.id],
            q === ACCEPT ? "acceptQuote" : "declineQuote",
          );
          expect(again).toEqual([["QUOTE_ALREADY_DECIDED", "QUO-2"]]);
        }
      }
    });

    it("QUO-2: an expired quote cannot be accepted and nothing changes; it may be accepted on its last day, and declined after it", async () => {
      const { quote: expired } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { validUntil: "2026-11-25" });
      const before = await quoteState(db.current, [cast.member.id]);
      const res = await gql(db.current, cast.as.member, ACCEPT, input({ quoteId: quoteGid(expired) }));
      expect(res.data!.acceptQuote).toEqual({ quote: null, userErrors: [expect.objectContaining({ code: "QUOTE_EXPIRED", rule: "QUO-2", field: ["input", "quoteId"] })] });
      expect(res.data!.acceptQuote.userErrors[0].message).toBe("Ce devis a expiré le 2026-11-25 : il ne peut plus être accepté.");
      expect(await quoteState(db.current, [cast.member.id])).toEqual(before);
      const [row] = await db.current.db.select().from(quotes).where(eq(quotes.id, expired.id));
      expect(row).toMatchObject({ status: "ISSUED", decidedAt: null });
      const READ = `query($id: ID!) { node(id: $id) { ... on Quote { status } } }`;
      expect((await gql(db.current, cast.as.member, READ, { variables: { id: quoteGid(expired) }, clock: new ManualClock(NOW) })).data!.node.status).toBe("EXPIRED");
      // 2026-11-26 23:30 Paris is still the 26th: a quote valid until the 26th is accepted.
      const { quote: lastDay } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { validUntil: "2026-11-26" });
      const late = await gql(db.current, cast.as.member, ACCEPT, { variables: { input: { quoteId: quoteGid(lastDay) } }, clock: new ManualClock("2026-11-26T22:30:00Z") });
      expect(late.data!.acceptQuote.quote.status).toBe("ACCEPTED");
      const declined = await gql(db.current, cast.as.member, DECLINE, input({ quoteId: quoteGid(expired) }));
      expect(declined.data!.declineQuote.quote.status).toBe("DECLINED");
    });
  });

  describe("QUO-3: an issued quote never changes; a new one replaces it", () => {
    it("QUO-3: issuing a new quote for the request replaces the previous one, which stays readable and can no longer be accepted", async () => {
      const request = await aQuoteRequest(db.current, cast.member.id);
      await aServingTechnician(db.current, cast.staff.TECHNICIAN.id, cast.member.id);
      const first = await gql(
        db.current,
        cast.as.TECHNICIAN,
        ISSUE,
        input({ requestId: requestGid(request), validUntil: "2026-12-20", lines: [{ label: "Étude", quantity: 1, unitTtcCents: 12_000 }] }),
      );
      const firstId = first.data!.issueQuote.quote.id;
      const second = await gql(
        db.current,
        cast.as.DESK_AGENT,
        ISSUE,
        input({ requestId: requestGid(request), validUntil: "2026-12-24", lines: [{ label: "Étude", quantity: 1, unitTtcCents: 9_000 }] }),
      );
      expect(second.data!.issueQuote.quote).toMatchObject({ status: "ISSUED", totalTtcCents: 9_000 });
      const firstRawId = fromGlobalId(firstId)!.id;
      expect(await auditRowsOf(db.current, second.requestId)).toMatchObject([
        { operation: "issueQuote", targetIds: expect.arrayContaining([firstRawId]), details: { replacedQuoteId: firstRawId } },
      ]);
      const READ = `query($id: ID!) { node(id: $id) { ... on QuoteRequest { status currentQuote { id totalTtcCents } quotes { id status totalTtcCents replacedAt lines { ttcCents } } } } }`;
      const read = await gql(db.current, cast.as.member, READ, { variables: { id: requestGid(request) }, clock: new ManualClock(NOW) });
      expect(read.data!.node).toEqual({
        status: "QUOTED",
        currentQuote: { id: second.data!.issueQuote.quote.id, totalTtcCents: 9_000 },
        quotes: [
          { id: firstId, status: "REPLACED", totalTtcCents: 12_000, replacedAt: "2026-11-26T10:00:00.000Z", lines: [{ ttcCents: 12_000 }] },
          { id: second.data!.issueQuote.quote.id, status: "ISSUED", totalTtcCents: 9_000, replacedAt: null, lines: [{ ttcCents: 9_000 }] },
        ],
      });
      // Accepting (or declining) the replaced quote changes nothing.
      for (const [q, field] of [
        [ACCEPT, "acceptQuote"],
        [DECLINE, "declineQuote"],
      ] as const) {
        const errors = await expectUserErrors(db.current, () => gql(db.current, cast.as.member, q, input({ quoteId: firstId })), [cast.member.id], field);
        expect(errors).toEqual([["QUOTE_REPLACED", "QUO-3"]]);
      }
      const [old] = await db.current.db.select().from(quotes).where(eq(quotes.id, firstRawId));
      expect(old).toMatchObject({ status: "REPLACED", decidedAt: null, totalTtcCents: 12_000 });
      expect((await gql(db.current, cast.as.member, ACCEPT, input({ quoteId: second.data!.issueQuote.quote.id }))).data!.acceptQuote.quote.status).toBe("ACCEPTED");
    });

    it("QUO-3: once a quote of the request is accepted, no other quote may be issued for it", async () => {
      const { request } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { status: "ACCEPTED" });
      const errors = await expectUserErrors(
        db.current,
        () =>
          gql(db.current, cast.as.DESK_AGENT, ISSUE, input({ requestId: requestGid(request), validUntil: "2026-12-24", lines: [{ label: "x", quantity: 1, unitTtcCents: 1 }] })),
        [cast.member.id],
        "issueQuote",
      );
      expect(errors).toEqual([["QUOTE_ALREADY_ACCEPTED", "QUO-3"]]);
    });

    it("QUO-3: after a decline or an expiry a new quote may be issued; the expired one becomes REPLACED", async () => {
      const { request, quote } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { validUntil: "2026-11-20" });
      const res = await gql(
        db.current,
        cast.as.DESK_AGENT,
        ISSUE,
        input({ requestId: requestGid(request), validUntil: "2026-12-24", lines: [{ label: "x", quantity: 1, unitTtcCents: 5 }] }),
      );
      expect(res.data!.issueQuote.quote.status).toBe("ISSUED");
      expect((await db.current.db.select().from(quotes).where(eq(quotes.id, quote.id)))[0]!.status).toBe("REPLACED");
      const declined = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { status: "DECLINED" });
      const again = await gql(
        db.current,
        cast.as.DESK_AGENT,
        ISSUE,
        input({ requestId: requestGid(declined.request), validUntil: "2026-12-24", lines: [{ label: "x", quantity: 1, unitTtcCents: 5 }] }),
      );
      expect(again.data!.issueQuote.quote.status).toBe("ISSUED");
      expect((await db.current.db.select().from(quotes).where(eq(quotes.id, declined.quote.id)))[0]!.status).toBe("DECLINED");
    });

    it("QUO-3: the database refuses any change to an issued quote's amounts, validity, lines or decision (who, when), any second decision and any line removal", async () => {
      const { quote } = await aQuotedRequest(db.current, cast.member.id, "EQUIPMENT_STUDY", { status: "ACCEPTED" });
      const attempts = [
        () => db.current.db.update(quotes).set({ validUntil: "2027-01-31" }).where(eq(quotes.id, quote.id)),
        () => db.current.db.update(quotes).set({ totalTtcCents: 1, totalHtCents: 1, totalVatCents: 0 }).where(eq(quotes.id, quote.id)),
        () => db.current.db.update(quotes).set({ status: "DECLINED" }).where(eq(quotes.id, quote.id)),
        () => db.current.db.update(quoteLines).set({ label: "autre" }).where(eq(quoteLines.quoteId, quote.id)),
        // who accepted (a delegate on behalf of the member, or the member) is final too
        () => db.current.db.update(quotes).set({ decidedByRole: "DESK_AGENT" }).where(eq(quotes.id, quote.id)),
        () =>
          db.current.db
            .update(quotes)
            .set({ decidedAt: new Date("2026-11-23T09:00:00Z") })
            .where(eq(quotes.id, quote.id)),
        // a line is never removed on its own
        () => db.current.db.delete(quoteLines).where(eq(quoteLines.quoteId, quote.id)),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toThrow();
      const [row] = await db.current.db.select().from(quotes).where(eq(quotes.id, quote.id));
      expect(row).toMatchObject({ status: "ACCEPTED", validUntil: quote.validUntil, totalTtcCents: quote.totalTtcCents, decidedByRole: "MEMBER" });
      expect((await db.current.db.select().from(quoteLines).where(eq(quoteLines.quoteId, quote.id))).length).toBe(1);
      expect((await db.current.db.select().from(quoteRequests).where(eq(quoteRequests.id, quote.requestId))).length).toBe(1);
    });
  });

  it("QUO-2: quotes of a request written through aQuote match what the service computes (factory sanity)", async () => {
    const request = await aQuoteRequest(db.current, cast.member.id);
    const row = await aQuote(db.current, request, { lines: [{ label: "a", quantity: 3, unitTtcCents: 2 }] });
    expect(row).toMatchObject({ totalTtcCents: 6, totalHtCents: 5, totalVatCents: 1 });
  });
});
