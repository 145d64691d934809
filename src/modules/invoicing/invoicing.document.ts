import PDFDocument from "pdfkit";
import type { Context } from "../../context.js";
import { formatEuros, htFromTtc } from "../../shared/money.js";
import type { Locale } from "../../shared/i18n.js";
import { fromGlobalId } from "../../shared/relay.js";
import { formatInvoiceNumber, type InvoiceLineRow, type InvoiceRow } from "./invoicing.mappers.js";
import { invoiceReads } from "./invoicing.reads.js";
import { displayDate, monthName } from "./invoicing.rules.js";
import { SELLER, formatSiren, legalMentions, type SellerLegalIdentity } from "./invoicing.seller.js";

export interface InvoiceDocumentData {
  invoice: InvoiceRow;
  lines: InvoiceLineRow[];
  /** The seller's legal identity from the configuration (`ctx.tariffs.seller`). */
  seller: SellerLegalIdentity;
  /** The member's legal entity, when they registered with one (MEM-1): printed with its SIREN. */
  customer: { companyName: string; siren: string } | null;
  /** For a credit note: the number of the invoice it corrects. */
  corrects: string | null;
}

const TEXT = {
  fr: {
    invoice: "FACTURE",
    creditNote: "AVOIR",
    draft: "BROUILLON",
    number: "N°",
    issuedOn: "Date d'émission",
    dueOn: "Date d'échéance",
    billingPeriod: "Période facturée",
    linePeriod: "Période",
    corrects: "Avoir sur la facture",
    billTo: "Facturé à",
    member: "Membre",
    company: "Société",
    seller: "Vendeur",
    capital: (form: string, amount: string) => `${form} au capital de ${amount}`,
    vatNumber: "N° TVA intracommunautaire",
    demo: "Identité de démonstration : ne vaut pas facture.",
    item: "Désignation",
    qty: "Qté",
    unitHt: "PU HT",
    ht: "Total HT",
    vat: "TVA 20 %",
    ttc: "Total TTC",
    totals: "Totaux",
    range: (from: string, to: string) => `du ${from} au ${to}`,
    channel: { EMAIL: "Envoyée par courriel", POST: "Envoyée par courrier" },
  },
  en: {
    invoice: "INVOICE",
    creditNote: "CREDIT NOTE",
    draft: "DRAFT",
    number: "No.",
    issuedOn: "Issue date",
    dueOn: "Due date",
    billingPeriod: "Billing period",
    linePeriod: "Period",
    corrects: "Credit note for invoice",
    billTo: "Bill to",
    member: "Member",
    company: "Company",
    seller: "Seller",
    capital: (form: string, amount: string) => `${form}, share capital ${amount}`,
    vatNumber: "EU VAT number",
    demo: "Demo identity: not a valid invoice.",
    item: "Item",
    qty: "Qty",
    unitHt: "Unit price\nexcl. VAT",
    ht: "Total\nexcl. VAT",
    vat: "VAT 20%",
    ttc: "Total\nincl. VAT",
    totals: "Totals",
    range: (from: string, to: string) => `${from} to ${to}`,
    channel: { EMAIL: "Sent by email", POST: "Sent by post" },
  },
} as const;

/** Standard PDF fonts are WinAnsi: French typographic spaces become plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
const money = (cents: number, locale: Locale) => plain(formatEuros(cents, locale));
/** « Libellé : valeur » in French (space before the colon), "Label: value" in English. */
const labelled = (label: string, value: string, locale: Locale) => `${label}${locale === "fr" ? " :" : ":"} ${value}`;

const lastDayOf = (date: string): string => {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** A period as printed: « octobre 2026 » when it is a whole calendar month, else « du 16/10/2026 au 31/10/2026 ». */
export function periodText(start: string, end: string, locale: Locale): string {
  if (start.endsWith("-01") && end === lastDayOf(start)) return monthName(start, locale);
  return TEXT[locale].range(displayDate(start, locale), displayDate(end, locale));
}

/**
 * The header's billed period, agreeing with the lines: the billing month when every line period
 * lies within it, else the span of the line periods (a catch-up line of an earlier month). Null
 * when no line has a period (one-off items carry their own date in their label).
 */
export function billedPeriod(invoice: Pick<InvoiceRow, "billingMonth">, lines: Pick<InvoiceLineRow, "periodStart" | "periodEnd">[], locale: Locale): string | null {
  const periods = lines.filter((l) => l.periodStart !== null && l.periodEnd !== null);
  if (periods.length === 0) return null;
  const start = periods.reduce((min, l) => (l.periodStart! < min ? l.periodStart! : min), periods[0]!.periodStart!);
  const end = periods.reduce((max, l) => (l.periodEnd! > max ? l.periodEnd! : max), periods[0]!.periodEnd!);
  const month = invoice.billingMonth;
  if (month && start >= month && end <= lastDayOf(month)) return monthName(month, locale);
  return periodText(start, end, locale);
}

/** The document's file name: the invoice (or credit note) number, `FA-00000042.pdf`; a draft has none yet. */
export function invoiceFileName(invoice: Pick<InvoiceRow, "id" | "kind" | "number">): string {
  return invoice.number === null ? `draft-${invoice.id}.pdf` : `${formatInvoiceNumber(invoice.kind, invoice.number)}.pdf`;
}

const COLS = {
  item: { x: 48, width: 190 },
  qty: { x: 240, width: 26 },
  unitHt: { x: 270, width: 66 },
  ht: { x: 340, width: 64 },
  vat: { x: 408, width: 58 },
  ttc: { x: 470, width: 77 },
} as const;
type Column = Exclude<keyof typeof COLS, "item">;
const PAGE_BOTTOM = 770;

/**
 * Renders an invoice as a PDF a person can read, with the mentions French invoicing rules require:
 * the seller's legal identity (legal form, share capital, SIREN and RCS, intra-EU VAT number), the
 * customer (with its SIREN for a legal-entity member), number, dates, the billed period, lines with
 * quantity × unit price HT, HT, VAT and TTC, totals, the due date and the late-payment mentions.
 * `compress: false` keeps the text streams readable (tests extract the text).
 */
export function renderInvoicePdf(data: InvoiceDocumentData, locale: Locale, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = TEXT[locale];
  const { invoice, lines, seller } = data;
  const number = invoice.number === null ? t.draft : formatInvoiceNumber(invoice.kind, invoice.number);
  const doc = new PDFDocument({ size: "A4", margin: 48, compress: options.compress ?? true, info: { Title: `${SELLER.name} ${number}`, Author: SELLER.name } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const title = invoice.kind === "CREDIT_NOTE" ? t.creditNote : t.invoice;
  doc.font("Helvetica-Bold").fontSize(18).text(`${title} ${t.number} ${number}`, 48, 48);

  // Seller (left) and bill-to party (right).
  doc
    .fontSize(9)
    .font("Helvetica-Bold")
    .text(labelled(t.seller, SELLER.name, locale), 48, 80, { width: 250 });
  doc.font("Helvetica");
  doc.text(t.capital(seller.legalForm, money(seller.shareCapitalCents, locale)), { width: 250 });
  for (const line of SELLER.addressLines) doc.text(line, { width: 250 });
  doc.text(`SIREN ${formatSiren(seller.siren)} - RCS ${seller.rcsCity}`, { width: 250 });
  doc.text(labelled(t.vatNumber, seller.vatNumber, locale), { width: 250 });
  doc.text(SELLER.email, { width: 250 });
  if (seller.demo) doc.font("Helvetica-Bold").text(t.demo, { width: 250 }).font("Helvetica");
  const sellerBottom = doc.y;

  const right = { x: 320, width: 227 };
  doc.font("Helvetica-Bold").text(t.billTo, right.x, 80, { width: right.width });
  doc.font("Helvetica").text(plain(invoice.billToName), right.x, undefined, { width: right.width });
  doc.text(plain(invoice.billToAddress), right.x, undefined, { width: right.width });
  if (invoice.billToEmail) doc.text(invoice.billToEmail, right.x, undefined, { width: right.width });
  doc.text(labelled(t.member, plain(invoice.memberName), locale), right.x, undefined, { width: right.width });
  if (invoice.payerId) doc.text(plain(invoice.memberAddress), right.x, undefined, { width: right.width });
  if (data.customer) {
    doc.text(labelled(t.company, `${plain(data.customer.companyName)}, SIREN ${formatSiren(data.customer.siren)}`, locale), right.x, undefined, { width: right.width });
  }
  doc.text(t.channel[invoice.deliveryChannel], right.x, undefined, { width: right.width });

  // Dates and the billed period.
  let y = Math.max(sellerBottom, doc.y) + 14;
  const dueOnText = invoice.dueOn ? displayDate(invoice.dueOn, locale) : "-";
  doc.text(labelled(t.issuedOn, invoice.issuedOn ? displayDate(invoice.issuedOn, locale) : "-", locale), 48, y);
  if (invoice.kind === "INVOICE") doc.text(labelled(t.dueOn, dueOnText, locale), 48);
  const period = billedPeriod(invoice, lines, locale);
  if (period) doc.text(labelled(t.billingPeriod, period, locale), 48);
  if (data.corrects) doc.text(labelled(t.corrects, data.corrects, locale), 48);

  // Lines: quantity × unit price HT, then the line's HT, VAT and TTC (TTC is the reference).
  y = doc.y + 16;
  const cell = (column: Column, text: string, at: number) => doc.text(text, COLS[column].x, at, { width: COLS[column].width, align: "right" });
  const header = () => {
    doc.font("Helvetica-Bold").fontSize(9);
    const heights = [t.item, t.qty, t.unitHt, t.ht, t.vat, t.ttc].map((h, i) => doc.heightOfString(h, { width: Object.values(COLS)[i]!.width }));
    doc.text(t.item, COLS.item.x, y, { width: COLS.item.width });
    cell("qty", t.qty, y);
    cell("unitHt", t.unitHt, y);
    cell("ht", t.ht, y);
    cell("vat", t.vat, y);
    cell("ttc", t.ttc, y);
    y += Math.max(...heights) + 2;
    doc.moveTo(48, y).lineTo(547, y).lineWidth(0.5).stroke();
    y += 5;
    doc.font("Helvetica");
  };
  header();
  for (const line of lines) {
    const label = plain(locale === "en" ? line.labelEn : line.labelFr);
    const linePeriod = line.periodStart && line.periodEnd ? labelled(t.linePeriod, periodText(line.periodStart, line.periodEnd, locale), locale) : null;
    doc.fontSize(9);
    const labelHeight = doc.heightOfString(label, { width: COLS.item.width });
    const periodHeight = linePeriod ? doc.fontSize(8).heightOfString(linePeriod, { width: COLS.item.width }) : 0;
    doc.fontSize(9);
    if (y + labelHeight + periodHeight > PAGE_BOTTOM) {
      doc.addPage();
      y = 48;
      header();
    }
    doc.text(label, COLS.item.x, y, { width: COLS.item.width });
    if (linePeriod)
      doc
        .fontSize(8)
        .fillColor("#444444")
        .text(linePeriod, COLS.item.x, y + labelHeight, { width: COLS.item.width })
        .fillColor("black")
        .fontSize(9);
    cell("qty", String(line.quantity), y);
    cell("unitHt", money(htFromTtc(line.unitTtcCents), locale), y);
    cell("ht", money(line.htCents, locale), y);
    cell("vat", money(line.vatCents, locale), y);
    cell("ttc", money(line.ttcCents, locale), y);
    y += Math.max(labelHeight + periodHeight, 11) + 7;
  }
  if (y + 16 > PAGE_BOTTOM) {
    doc.addPage();
    y = 48;
  }
  doc
    .moveTo(48, y - 2)
    .lineTo(547, y - 2)
    .lineWidth(0.5)
    .stroke();
  y += 4;
  doc.font("Helvetica-Bold");
  doc.text(t.totals, COLS.item.x, y);
  cell("ht", money(invoice.totalHtCents, locale), y);
  cell("vat", money(invoice.totalVatCents, locale), y);
  cell("ttc", money(invoice.totalTtcCents, locale), y);

  // Legal mentions: one payment wording, late-payment penalties, recovery fee, no discount.
  doc.font("Helvetica").fontSize(8);
  const mentions = legalMentions(locale, { kind: invoice.kind, dueOnText });
  y += 30;
  if (y + mentions.length * 22 > PAGE_BOTTOM) {
    doc.addPage();
    y = 48;
  }
  for (const mention of mentions) {
    doc.text(mention, 48, y, { width: 499 });
    y = doc.y + 3;
  }
  doc.end();
  return done;
}

/** The download route's service: null when the invoice is unknown or invisible to the caller (the route answers 404). */
export const invoiceDocuments = {
  async render(ctx: Context, globalId: string, options: { compress?: boolean } = {}): Promise<Buffer | null> {
    const invoice = await visibleInvoice(ctx, globalId);
    if (!invoice) return null;
    const [lines, member, corrected] = await Promise.all([
      ctx.loaders.invoicing.linesByInvoiceId.load(invoice.id),
      ctx.loaders.members.memberById.load(invoice.memberId),
      invoice.correctsInvoiceId ? ctx.loaders.invoicing.invoiceById.load(invoice.correctsInvoiceId) : null,
    ]);
    // The SIREN is set once, at candidacy (MEM-1), and never changed: reading it now prints it as issued.
    const customer = member?.companyName && member.siren ? { companyName: member.companyName, siren: member.siren } : null;
    const corrects = corrected?.number != null ? formatInvoiceNumber(corrected.kind, corrected.number) : null;
    return renderInvoicePdf({ invoice, lines, seller: ctx.tariffs.seller, customer, corrects }, ctx.locale, options);
  },

  /** The PDF route's `content-disposition`: the document is named after the invoice number. Same loaders as render: no query. */
  async contentDisposition(ctx: Context, globalId: string): Promise<string> {
    const invoice = await visibleInvoice(ctx, globalId);
    return invoice ? `inline; filename="${invoiceFileName(invoice)}"` : "inline";
  },
};

async function visibleInvoice(ctx: Context, globalId: string): Promise<InvoiceRow | null> {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type !== "Invoice") return null;
  return invoiceReads.invoiceRow(ctx, parsed.id);
}
