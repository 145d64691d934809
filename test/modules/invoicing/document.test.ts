import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../../src/authz/tokens.js";
import type { Actor } from "../../../src/authz/actor.js";
import type { RunningApi } from "../../../src/runtime.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { createTestDatabase } from "../../support/db.js";
import { aCast, aMember, anOption } from "../../support/factories.js";
import { serve, testConfig } from "../../support/http.js";
import { payerItemKinds } from "../../../db/schema/index.js";
import { DEMO_SELLER } from "../../../src/config.js";
import { renderInvoicePdf } from "../../../src/modules/invoicing/invoicing.document.js";
import { aPrivilegeFrom, anEquipment, at, invoiceOfMonth, pdfText, runMonth } from "./invoicing.support.js";

describe("invoice PDF documents", () => {
  let api: RunningApi;
  let cast: Awaited<ReturnType<typeof aCast>>;
  let ownId: string;
  let payerId: string;
  let ownNumber: number;
  let catchUpId: string;
  let proId: string;
  let proNumber: number;
  const auth = testConfig().auth;
  const token = (actor: Actor) =>
    actor.kind === "anonymous"
      ? Promise.resolve(null)
      : mintToken(auth, actor.kind === "staff" ? { role: actor.role, subjectId: actor.subjectId } : { role: actor.role, subjectId: actor.subjectId, memberId: actor.memberId });
  const get = async (id: string, actor: Actor | null, headers: Record<string, string> = {}) => {
    const bearer = actor ? await token(actor) : null;
    const res = await fetch(`${api.url.replace(/\/graphql$/, "")}/invoices/${id}/pdf`, { headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers } });
    return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    const database = await createTestDatabase();
    api = await serve(database);
    cast = await aCast(database);
    await anOption(database, cast.member.id, { acceptedAt: at("2026-11-16"), createdAt: at("2026-11-16") });
    await aPrivilegeFrom(database, cast.member.id, at("2026-11-01"));
    await database.db.insert(payerItemKinds).values({ payerId: cast.payer.id, itemKind: "PRIVILEGE" });
    // Option since 16 October, first billed by the November run: an October catch-up line and November.
    const late = await aMember(database);
    await anOption(database, late.id, { acceptedAt: at("2026-10-16"), createdAt: at("2026-10-16") });
    // A member registered with a legal entity, with an equipment purchase of 2 × 49.90.
    const pro = await aMember(database, { firstName: "Claire", lastName: "Lefèvre", companyName: "Lefèvre Conseil", siren: "732829320" });
    await anOption(database, pro.id, { acceptedAt: at("2026-11-01"), createdAt: at("2026-11-01") });
    await anEquipment(database, pro.id, at("2026-11-20"), 4990, 2);
    await runMonth(database, cast.as.BILLING, "2026-11", "2026-11-26");
    catchUpId = toGlobalId("Invoice", (await invoiceOfMonth(database, late.id, "2026-11-01"))[0]!.id);
    const [proInvoice] = await invoiceOfMonth(database, pro.id, "2026-11-01");
    proId = toGlobalId("Invoice", proInvoice!.id);
    proNumber = proInvoice!.number!;
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
    expect(text).toContain(`Member: ${cast.member.firstName} ${cast.member.lastName}`);
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
    for (const role of ["delegate", "otherMember", "DESK_AGENT", "COACH", "TECHNICIAN", "COMMITTEE", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const) {
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

  const textOf = async (id: string, locale: "fr" | "en" = "fr") => {
    const res = await get(id, cast.as.BILLING, { "accept-language": locale });
    expect(res.status).toBe(200);
    return pdfText(res.body).replace(/\s+/g, " ");
  };

  it("invoicing: the seller's legal identity is printed (legal form, share capital, SIREN, RCS, intra-EU VAT number); the demo identity says so", async () => {
    const fr = await textOf(ownId);
    expect(fr).toContain("SAS au capital de 1 000 000,00 €");
    expect(fr).toContain("SIREN 123 456 782 - RCS Nanterre");
    expect(fr).toContain("N° TVA intracommunautaire : FR11123456782");
    expect(fr).toContain("Identité de démonstration");
    const en = await textOf(ownId, "en");
    expect(en).toContain("SAS, share capital €1,000,000.00");
    expect(en).toContain("SIREN 123 456 782 - RCS Nanterre");
    expect(en).toContain("EU VAT number: FR11123456782");
    expect(en).toContain("Demo identity");
  });

  it("invoicing: a configured (production) seller identity is printed without any demo mark", async () => {
    const seller = { legalForm: "SA", shareCapitalCents: 1_064_022_639_600, siren: "380129866", rcsCity: "Nanterre", vatNumber: "FR89380129866", demo: false };
    const [row] = await invoiceOfMonth(api.database, cast.member.id, "2026-11-01", null);
    const { lines, ...invoice } = row!;
    const text = pdfText(await renderInvoicePdf({ invoice, lines, seller, customer: null, corrects: null }, "fr", { compress: false })).replace(/\s+/g, " ");
    expect(text).toContain("SA au capital de 10 640 226 396,00 €");
    expect(text).toContain("SIREN 380 129 866 - RCS Nanterre");
    expect(text).toContain("N° TVA intracommunautaire : FR89380129866");
    expect(text).not.toMatch(/démonstration/i);
    expect(DEMO_SELLER.demo).toBe(true);
  });

  it("invoicing: a legal-entity member's invoice shows the company and its SIREN; a natural person's shows none", async () => {
    expect(await textOf(proId)).toContain("Société : Lefèvre Conseil, SIREN 732 829 320");
    expect(await textOf(proId, "en")).toContain("Company: Lefèvre Conseil, SIREN 732 829 320");
    expect(await textOf(ownId)).not.toContain("SIREN 7");
  });

  it("invoicing: a unit-price column: quantity × unit price excl. VAT, then the line's HT, VAT and TTC", async () => {
    const fr = await textOf(proId);
    expect(fr).toContain("PU HT");
    // 2 × 49.90 TTC: unit HT round(49.90 / 1.2) = 41.58; line HT round(99.80 / 1.2) = 83.17, VAT 16.63.
    expect(fr).toMatch(/Répéteur Wi-Fi .*2 41,58 € 83,17 € 16,63 € 99,80 €/);
    expect(fr).toContain("HT = TTC / 1,20 arrondi au centime");
    expect(await textOf(proId, "en")).toContain("Unit price excl. VAT");
  });

  it("BIL-1/BIL-2: each line shows its own period; the header agrees with the lines (an October catch-up line on the November invoice)", async () => {
    const fr = await textOf(catchUpId);
    expect(fr).toContain("Période : du 16/10/2026 au 31/10/2026");
    expect(fr).toContain("Période : novembre 2026");
    expect(fr).toContain("Période facturée : du 16/10/2026 au 30/11/2026");
    expect(fr).not.toContain("Période facturée : novembre");
    const en = await textOf(catchUpId, "en");
    expect(en).toContain("Period: 2026-10-16 to 2026-10-31");
    expect(en).toContain("Billing period: 2026-10-16 to 2026-11-30");
    // An invoice whose lines are all in its month says that month.
    expect(await textOf(proId)).toContain("Période facturée : novembre 2026");
  });

  it("BIL-3: one payment wording: payable at the latest on the due date (issue + 10 days), never « à réception »", async () => {
    const fr = await textOf(ownId);
    expect(fr).toContain("Facture payable au plus tard le 06/12/2026");
    expect(fr).not.toMatch(/réception/);
    expect(fr.match(/10 jours/g)).toHaveLength(1);
    const en = await textOf(ownId, "en");
    expect(en).toContain("Payable no later than 2026-12-06");
    expect(en).not.toMatch(/on receipt/i);
  });

  it("invoicing: English uses English punctuation: no space before a colon, semicolon, ! or ?", async () => {
    for (const id of [ownId, payerId, catchUpId, proId]) {
      const en = await textOf(id, "en");
      expect(en).toContain("Issue date: 2026-11-26");
      expect(en).not.toMatch(/ [:;!?]/);
    }
    expect(await textOf(ownId)).toContain("Date d'émission : 26/11/2026");
  });

  it("invoicing: the PDF's file name is the invoice number", async () => {
    expect((await get(ownId, cast.as.member)).disposition).toBe(`inline; filename="FA-${String(ownNumber).padStart(8, "0")}.pdf"`);
    expect((await get(proId, cast.as.BILLING)).disposition).toBe(`inline; filename="FA-${String(proNumber).padStart(8, "0")}.pdf"`);
  });
});
