import PDFDocument from "pdfkit";
import type { Context } from "../../context.js";
import { formatEuros } from "../../shared/money.js";
import type { Locale } from "../../shared/i18n.js";
import { fromGlobalId } from "../../shared/relay.js";
import { formatInvoiceNumber, type InvoiceLineRow, type InvoiceRow } from "./invoicing.mappers.js";
import { invoiceReads } from "./invoicing.reads.js";
import { displayDate, monthName } from "./invoicing.rules.js";
import { LEGAL_MENTIONS, SELLER } from "./invoicing.seller.js";

export interface InvoiceDocumentData {
  invoice: InvoiceRow;
  lines: InvoiceLineRow[];
}

const TEXT = {
  fr: {
    invoice: "FACTURE",
    creditNote: "AVOIR",
    draft: "BROUILLON",
    number: "N°",
    issuedOn: "Date d'émission",
    dueOn: "Date d'échéance",
    month: "Période facturée",
    billTo: "Facturé à",
    member: "Membre",
    seller: "Vendeur",
    item: "Désignation",
    qty: "Qté",
    ht: "HT",
    vat: "TVA 20 %",
    ttc: "TTC",
    totals: "Totaux",
    channel: { EMAIL: "Envoyée par courriel", POST: "Envoyée par courrier" },
  },
  en: {
    invoice: "INVOICE",
    creditNote: "CREDIT NOTE",
    draft: "DRAFT",
    number: "No.",
    issuedOn: "Issue date",
    dueOn: "Due date",
    month: "Month billed",
    billTo: "Bill to",
    member: "Member",
    seller: "Seller",
    item: "Item",
    qty: "Qty",
    ht: "excl. VAT",
    vat: "VAT 20%",
    ttc: "incl. VAT",
    totals: "Totals",
    channel: { EMAIL: "Sent by email", POST: "Sent by post" },
  },
} as const;

/** Standard PDF fonts are WinAnsi: French typographic spaces become plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
const money = (cents: number, locale: Locale) => plain(formatEuros(cents, locale));

/**
 * Renders an invoice as a PDF a person can read (issue 5 « Invoice documents »): seller, bill-to
 * party and member, number, dates, lines with HT/VAT/TTC, totals, legal mentions. `compress: false`
 * keeps the text streams readable (tests extract the text).
 */
export function renderInvoicePdf(data: InvoiceDocumentData, locale: Locale, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = TEXT[locale];
  const { invoice, lines } = data;
  const doc = new PDFDocument({ size: "A4", margin: 48, compress: options.compress ?? true, info: { Title: `${SELLER.name} ${invoice.number ?? ""}`, Author: SELLER.name } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const title = invoice.kind === "CREDIT_NOTE" ? t.creditNote : t.invoice;
  const number = invoice.number === null ? t.draft : formatInvoiceNumber(invoice.kind, invoice.number);
  doc.font("Helvetica-Bold").fontSize(18).text(`${title} ${t.number} ${number}`, 48, 48);
  doc.font("Helvetica").fontSize(9);
  doc.text(`${t.seller} : ${SELLER.name}`, 48, 80);
  for (const line of SELLER.addressLines) doc.text(line);
  doc.text(SELLER.email);
  if (SELLER.registration) doc.text(SELLER.registration);
  if (SELLER.vatNumber) doc.text(SELLER.vatNumber);

  doc.font("Helvetica-Bold").text(t.billTo, 320, 80);
  doc.font("Helvetica").text(plain(invoice.billToName), 320);
  doc.text(plain(invoice.billToAddress), 320, undefined, { width: 230 });
  if (invoice.billToEmail) doc.text(invoice.billToEmail, 320);
  doc.text(`${t.member} : ${plain(invoice.memberName)}`, 320);
  if (invoice.payerId) doc.text(plain(invoice.memberAddress), 320, undefined, { width: 230 });
  doc.text(t.channel[invoice.deliveryChannel], 320);

  let y = 170;
  doc.text(`${t.issuedOn} : ${invoice.issuedOn ? displayDate(invoice.issuedOn, locale) : "-"}`, 48, y);
  doc.text(`${t.dueOn} : ${invoice.dueOn ? displayDate(invoice.dueOn, locale) : "-"}`, 48, y + 12);
  if (invoice.billingMonth) doc.text(`${t.month} : ${monthName(invoice.billingMonth, locale)}`, 48, y + 24);

  y = 220;
  const cols = { item: 48, qty: 318, ht: 350, vat: 420, ttc: 490 };
  doc.font("Helvetica-Bold");
  doc.text(t.item, cols.item, y);
  doc.text(t.qty, cols.qty, y);
  doc.text(t.ht, cols.ht, y, { width: 62, align: "right" });
  doc.text(t.vat, cols.vat, y, { width: 62, align: "right" });
  doc.text(t.ttc, cols.ttc, y, { width: 62, align: "right" });
  doc.font("Helvetica");
  y += 16;
  for (const line of lines) {
    const label = plain(locale === "en" ? line.labelEn : line.labelFr);
    const height = doc.heightOfString(label, { width: 262 });
    if (y + height > 700) {
      doc.addPage();
      y = 48;
    }
    doc.text(label, cols.item, y, { width: 262 });
    doc.text(String(line.quantity), cols.qty, y);
    doc.text(money(line.htCents, locale), cols.ht, y, { width: 62, align: "right" });
    doc.text(money(line.vatCents, locale), cols.vat, y, { width: 62, align: "right" });
    doc.text(money(line.ttcCents, locale), cols.ttc, y, { width: 62, align: "right" });
    y += Math.max(height, 11) + 6;
  }
  y += 6;
  doc.font("Helvetica-Bold");
  doc.text(t.totals, cols.item, y);
  doc.text(money(invoice.totalHtCents, locale), cols.ht, y, { width: 62, align: "right" });
  doc.text(money(invoice.totalVatCents, locale), cols.vat, y, { width: 62, align: "right" });
  doc.text(money(invoice.totalTtcCents, locale), cols.ttc, y, { width: 62, align: "right" });
  doc.font("Helvetica").fontSize(8);
  y += 30;
  if (y > 680) {
    doc.addPage();
    y = 48;
  }
  for (const mention of LEGAL_MENTIONS[locale]) {
    doc.text(mention, 48, y, { width: 500 });
    y = doc.y + 3;
  }
  doc.end();
  return done;
}

/** The download route's service: null when the invoice is unknown or invisible to the caller (the route answers 404). */
export const invoiceDocuments = {
  async render(ctx: Context, globalId: string, options: { compress?: boolean } = {}): Promise<Buffer | null> {
    const parsed = fromGlobalId(globalId);
    if (!parsed || parsed.type !== "Invoice") return null;
    const invoice = await invoiceReads.invoiceRow(ctx, parsed.id);
    if (!invoice) return null;
    const lines = await ctx.loaders.invoicing.linesByInvoiceId.load(invoice.id);
    return renderInvoicePdf({ invoice, lines }, ctx.locale, options);
  },
};
