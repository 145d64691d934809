import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../../src/authz/tokens.js";
import type { Actor } from "../../../src/authz/actor.js";
import type { RunningApi } from "../../../src/runtime.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { createTestDatabase } from "../../support/db.js";
import { aCast, anOption } from "../../support/factories.js";
import { serve, testConfig } from "../../support/http.js";
import { payerItemKinds } from "../../../db/schema/index.js";
import { aPrivilegeFrom, at, invoiceOfMonth, pdfText, runMonth } from "./invoicing.support.js";

describe("invoice PDF documents", () => {
  let api: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;
  let ownId: string;
  let payerId: string;
  let ownNumber: number;
  const auth = testConfig().auth;
  const token = (actor: Actor) =>
    actor.kind === "anonymous"
      ? Promise.resolve(null)
      : mintToken(auth, actor.kind === "staff" ? { role: actor.role, subjectId: actor.subjectId } : { role: actor.role, subjectId: actor.subjectId, memberId: actor.memberId });
  const get = async (id: string, actor: Actor | null, headers: Record<string, string> = {}) => {
    const bearer = actor ? await token(actor) : null;
    const res = await fetch(`${api.url.replace(/\/graphql$/, "")}/invoices/${id}/pdf`, { headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers } });
    return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    const database = await createTestDatabase();
    api = await serve(database);
    cast = await aCast(database);
    await anOption(database, cast.member.id, { acceptedAt: at("2026-11-16"), createdAt: at("2026-11-16") });
    await aPrivilegeFrom(database, cast.member.id, at("2026-11-01"));
    await database.db.insert(payerItemKinds).values({ payerId: cast.payer.id, itemKind: "PRIVILEGE" });
    await runMonth(database, cast.as.BILLING, "2026-11", "2026-11-26");
    const [own] = await invoiceOfMonth(database, cast.member.id, "2026-11-01", null);
    ownId = toGlobalId("Invoice", own!.id);
    ownNumber = own!.number!;
    payerId = toGlobalId("Invoice", (await invoiceOfMonth(database, cast.member.id, "2026-11-01", cast.payer.id))[0]!.id);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("AUT-2: the payer's PDF shows the member's name and billing address under the payer's bill-to", async () => {
    const res = await get(payerId, cast.as.payer);
    expect(res.status).toBe(200);
    const text = pdfText(res.body).replace(/\s+/g, " ");
    expect(text).toContain(cast.payer.displayName);
    expect(text).toContain(`${cast.member.firstName} ${cast.member.lastName}`);
    expect(text).toContain(`${cast.member.postalCode} ${cast.member.commune}`);
  });

  it("BIL-3: the member downloads a readable PDF: seller, member, number, dates, lines with HT/VAT/TTC, totals and the legal mentions (French by default)", async () => {
    const res = await get(ownId, cast.as.member);
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/pdf");
    expect(res.body.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(res.body).replace(/\s+/g, " ");
    expect(text).toContain(`FA-${String(ownNumber).padStart(8, "0")}`);
    expect(text).toContain("Orange / Parnasse");
    expect(text).toContain("111, quai du Président Roosevelt");
    expect(text).toContain(`${cast.member.firstName} ${cast.member.lastName}`);
    expect(text).toContain("26/11/2026"); // issued
    expect(text).toContain("06/12/2026"); // due: + 10 days
    expect(text).toContain("prorata 15/30");
    expect(text).toContain("45,00 €"); // TTC
    expect(text).toContain("37,50 €"); // HT
    expect(text).toContain("7,50 €"); // VAT
    expect(text).toContain("TVA au taux de 20 %");
    expect(text).toContain("3 fois le taux d'intérêt légal");
    expect(text).toContain("période indivisible de 15 jours");
    expect(text).toContain("40 €");
    expect(text).toContain("Pas d'escompte");
  });

  it("BIL-6: the payer's PDF shows the payer as bill-to and the member's name; English with Accept-Language: en", async () => {
    const res = await get(payerId, cast.as.payer, { "accept-language": "en" });
    expect(res.status).toBe(200);
    const text = pdfText(res.body).replace(/\s+/g, " ");
    expect(text).toContain("INVOICE");
    expect(text).toContain(cast.payer.displayName);
    expect(text).toContain(`Member : ${cast.member.firstName} ${cast.member.lastName}`);
    expect(text).toContain("€100.00");
    expect(text).toContain("3 times the French legal interest rate");
    expect(text).toContain("€40 per invoice");
    expect(text).toContain("No discount for early payment");
  });

  it("AUT-2: the route follows the invoice visibility: 200 for member, payer (own only) and billing; 404 for everyone else; 401 without a token", async () => {
    expect((await get(ownId, cast.as.BILLING)).status).toBe(200);
    expect((await get(payerId, cast.as.BILLING)).status).toBe(200);
    expect((await get(payerId, cast.as.member)).status).toBe(200);
    expect((await get(ownId, cast.as.payer)).status).toBe(404); // not addressed to the payer
    for (const role of ["delegate", "otherMember", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER"] as const) {
      for (const id of [ownId, payerId]) {
        const res = await get(id, cast.as[role]);
        expect(res.status, role).toBe(404);
        expect(res.body.toString()).not.toContain("%PDF");
      }
    }
    expect((await get(ownId, null)).status).toBe(401);
    expect((await get("bm90LWFuLWlk", cast.as.BILLING)).status).toBe(404);
    expect((await get(toGlobalId("Member", cast.member.id), cast.as.member)).status).toBe(404);
  });
});
