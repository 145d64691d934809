import type { BILLABLE_ITEM_KINDS } from "../../../db/schema/billing.js";
import { invoiceDeliveryFor, postalAddressLine } from "../delivery/index.js";
import { formatEuros, splitTtc } from "../../shared/money.js";
import { parisDate } from "../../shared/paris-time.js";
import type { TariffBook, TariffCode } from "../tariffs/index.js";
import { priceIntervention, type BillableIntervention } from "./invoicing.interventions.js";
import { RUN_SETTINGS, displayDate, monthName, monthlyAmount, monthlyPeriod, type BillingMonth } from "./invoicing.rules.js";

export type ItemKind = (typeof BILLABLE_ITEM_KINDS)[number];
export type SourceKind = "OPTION_SUBSCRIPTION" | "EXTRA_SITE" | "MAILBOX_PACK" | "CONCIERGE_PRIVILEGE" | "INTERVENTION" | "EQUIPMENT_PURCHASE" | "QUOTE";

/** Everything the run loaded for one member (one query per source for a whole batch). */
export interface MemberSources {
  member: {
    id: string;
    firstName: string;
    lastName: string;
    email: string;
    addressLine1: string;
    addressLine2: string | null;
    postalCode: string;
    commune: string;
    hasInternetAccess: boolean;
  };
  /**
   * Payers not revoked before the billing window, oldest first, with the item kinds each takes over
   * (empty: everything). A payer revoked since is still billed for the lines dated before the revocation.
   */
  payers: { id: string; displayName: string; email: string; billingAddress: string; kinds: Set<string>; revokedAt: Date | null }[];
  options: { id: string; acceptedAt: Date; endsAt: Date | null }[];
  extraSites: { id: string; line1: string; postalCode: string; commune: string; createdAt: Date; removedAt: Date | null }[];
  packs: { id: string; pack: "PLUS_1" | "PACK_5" | "PACK_10"; subscribedAt: Date; cancelledAt: Date | null }[];
  privileges: { id: string; startedAt: Date; endsAt: Date | null }[];
  interventions: BillableIntervention[];
  equipment: { id: string; label: string; quantity: number; unitTtcCents: number; orderedAt: Date }[];
  /** QUO-3: accepted quotes not billed yet (the quotes module's `listAcceptedQuotesToBill`). */
  quotes: { quoteId: string; reference: string; purpose: string; acceptedAt: Date; lines: { label: string; quantity: number; unitTtcCents: number; ttcCents: number }[] }[];
  /** `${sourceKind}:${sourceId}:${periodStart}` of monthly lines already billed (catch-up window). */
  billed: Set<string>;
  /** Bill-to parties (payer id, or "" for the member) that already have their invoice for the month. */
  alreadyInvoiced: Set<string>;
}

export interface DraftLine {
  itemKind: ItemKind;
  labelFr: string;
  labelEn: string;
  quantity: number;
  unitTtcCents: number;
  ttcCents: number;
  htCents: number;
  vatCents: number;
  periodStart: string | null;
  periodEnd: string | null;
  sourceKind: SourceKind;
  sourceId: string;
  tariffId: string | null;
  /** BIL-6: the Paris date that decides who pays the line (not stored): first day billed, or the event's date. */
  billedOn: string;
}

export interface DraftInvoice {
  memberId: string;
  payerId: string | null;
  memberName: string;
  memberAddress: string;
  billToName: string;
  billToAddress: string;
  billToEmail: string | null;
  deliveryChannel: "EMAIL" | "POST";
  lines: DraftLine[];
  totalTtcCents: number;
  totalHtCents: number;
  totalVatCents: number;
}

export interface Skip {
  memberId: string;
  code: "POSTAL_ADDRESS_REQUIRED" | "TARIFF_MISSING" | "AMOUNT_TOO_LARGE";
  rule: string;
  detail: string;
}

export interface MemberBill {
  invoices: DraftInvoice[];
  skips: Skip[];
  alreadyInvoiced: number;
}

const PACK_TARIFF: Record<MemberSources["packs"][number]["pack"], TariffCode> = {
  PLUS_1: "MAILBOX_PLUS_1",
  PACK_5: "MAILBOX_PACK_5",
  PACK_10: "MAILBOX_PACK_10",
};
const PACK_LABEL = { PLUS_1: "+1", PACK_5: "pack 5", PACK_10: "pack 10" } as const;

export function memberName(m: { firstName: string; lastName: string }): string {
  return `${m.firstName} ${m.lastName}`;
}

function line(base: Omit<DraftLine, "htCents" | "vatCents">): DraftLine {
  return { ...base, ...splitTtc(base.ttcCents) };
}

/**
 * BIL-1/BIL-2/BIL-10/BIL-6/BIL-5: the invoices of one member for month `m` (and the catch-up months),
 * computed in memory from the loaded sources. Pure: no I/O.
 */
export function billMember(sources: MemberSources, months: BillingMonth[], tariffs: TariffBook): MemberBill {
  const { member } = sources;
  const lines: DraftLine[] = [];
  const skips: Skip[] = [];

  const monthly = (itemKind: ItemKind, sourceKind: SourceKind, sourceId: string, code: TariffCode, start: Date, end: Date | null, label: { fr: string; en: string }) => {
    for (const m of months) {
      const period = monthlyPeriod(start, end, m);
      if (!period || sources.billed.has(`${sourceKind}:${sourceId}:${period.periodStart}`)) continue;
      const tariff = tariffs.on(code, period.periodStart);
      if (!tariff) {
        skips.push({ memberId: member.id, code: "TARIFF_MISSING", rule: "BIL-10", detail: `${code} ${period.periodStart}` });
        continue;
      }
      const ttcCents = monthlyAmount(tariff.ttcCents, period, m);
      const prorataFr = period.prorated ? ` (prorata ${period.days}/${m.days} j, du ${displayDate(period.periodStart, "fr")})` : "";
      const prorataEn = period.prorated ? ` (prorated ${period.days}/${m.days} days, from ${period.periodStart})` : "";
      lines.push(
        line({
          itemKind,
          labelFr: `${label.fr} — ${monthName(m.first, "fr")}${prorataFr}`,
          labelEn: `${label.en} — ${monthName(m.first, "en")}${prorataEn}`,
          quantity: 1,
          unitTtcCents: ttcCents,
          ttcCents,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          sourceKind,
          sourceId,
          tariffId: tariff.id,
          billedOn: period.periodStart,
        }),
      );
    }
  };

  for (const o of sources.options) {
    monthly("OPTION", "OPTION_SUBSCRIPTION", o.id, "OPTION", o.acceptedAt, o.endsAt, { fr: "Option Intérieur", en: "Option Intérieur" });
  }
  for (const s of sources.extraSites) {
    const where = `${s.line1}, ${s.postalCode} ${s.commune}`;
    monthly("EXTRA_SITE", "EXTRA_SITE", s.id, "EXTRA_SITE", s.createdAt, s.removedAt, { fr: `Site supplémentaire (${where})`, en: `Extra site (${where})` });
  }
  for (const p of sources.packs) {
    const label = `Ma Messagerie Mail ${PACK_LABEL[p.pack]}`;
    monthly("MAILBOX_PACK", "MAILBOX_PACK", p.id, PACK_TARIFF[p.pack], p.subscribedAt, p.cancelledAt, { fr: label, en: label });
  }
  for (const p of sources.privileges) {
    monthly("PRIVILEGE", "CONCIERGE_PRIVILEGE", p.id, "PRIVILEGE", p.startedAt, p.endsAt, {
      fr: "Conciergerie John Paul Privilège",
      en: "John Paul Concierge Privilège",
    });
  }

  const lastDay = months.at(-1)!.last;
  for (const intervention of sources.interventions) {
    if (parisDate(intervention.startsAt) > lastDay) continue;
    const priced = priceIntervention(intervention);
    if (!priced) continue;
    lines.push(
      line({
        itemKind: "INTERVENTION",
        ...priced,
        quantity: 1,
        periodStart: null,
        periodEnd: null,
        sourceKind: "INTERVENTION",
        sourceId: intervention.id,
        tariffId: null,
        billedOn: parisDate(intervention.startsAt),
      }),
    );
  }

  for (const e of sources.equipment) {
    if (parisDate(e.orderedAt) > lastDay) continue;
    const ttcCents = e.unitTtcCents * e.quantity;
    const on = displayDate(parisDate(e.orderedAt), "fr");
    lines.push(
      line({
        itemKind: "EQUIPMENT",
        labelFr: `Équipement : ${e.label} (commande du ${on}, ${e.quantity} × ${formatEuros(e.unitTtcCents, "fr")})`,
        labelEn: `Equipment: ${e.label} (ordered ${parisDate(e.orderedAt)}, ${e.quantity} × ${formatEuros(e.unitTtcCents, "en")})`,
        quantity: e.quantity,
        unitTtcCents: e.unitTtcCents,
        ttcCents,
        periodStart: null,
        periodEnd: null,
        sourceKind: "EQUIPMENT_PURCHASE",
        sourceId: e.id,
        tariffId: null,
        billedOn: parisDate(e.orderedAt),
      }),
    );
  }

  // QUO-3: an accepted quote becomes one line of the next invoice (its total TTC; the quote's lines
  // are named in the label). The unique source index bills it exactly once, whatever the runs.
  for (const q of sources.quotes) {
    if (parisDate(q.acceptedAt) > lastDay) continue;
    const ttcCents = q.lines.reduce((sum, l) => sum + l.ttcCents, 0);
    if (ttcCents === 0) continue;
    const detailFr = q.lines.map((l) => `${l.quantity} × ${l.label} ${formatEuros(l.unitTtcCents, "fr")}`).join(" ; ");
    const detailEn = q.lines.map((l) => `${l.quantity} × ${l.label} ${formatEuros(l.unitTtcCents, "en")}`).join("; ");
    lines.push(
      line({
        itemKind: "QUOTE",
        labelFr: `Devis ${q.reference} accepté le ${displayDate(parisDate(q.acceptedAt), "fr")} : ${detailFr}`.replace(/[\u202f\u00a0]/g, " "),
        labelEn: `Quote ${q.reference} accepted ${parisDate(q.acceptedAt)}: ${detailEn}`,
        quantity: 1,
        unitTtcCents: ttcCents,
        ttcCents,
        periodStart: null,
        periodEnd: null,
        sourceKind: "QUOTE",
        sourceId: q.quoteId,
        tariffId: null,
        billedOn: parisDate(q.acceptedAt),
      }),
    );
  }

  // BIL-6: split by bill-to party. A kind taken over by a payer goes to that payer; a payer with no
  // kinds pays everything else; the rest stays with the member.
  const byParty = new Map<string, DraftLine[]>();
  // A payer pays the lines dated before their revocation (a revoked payer keeps what was theirs).
  const payingOn = (day: string) => sources.payers.filter((p) => p.revokedAt === null || parisDate(p.revokedAt) > day);
  for (const l of lines) {
    const paying = payingOn(l.billedOn);
    const payer = paying.find((p) => p.kinds.has(l.itemKind)) ?? paying.find((p) => p.kinds.size === 0) ?? null;
    const key = payer?.id ?? "";
    const list = byParty.get(key) ?? [];
    list.push(l);
    byParty.set(key, list);
  }

  const invoices: DraftInvoice[] = [];
  let alreadyInvoiced = 0;
  // An invoice above the bound cannot be stored (integer cents columns) nor sensibly debited: the
  // member is reported for a manual review instead of failing the batch for everybody.
  for (const partyLines of byParty.values()) {
    const total = partyLines.reduce((sum, l) => sum + l.ttcCents, 0);
    if (total > RUN_SETTINGS.maxInvoiceTtcCents) {
      skips.push({ memberId: member.id, code: "AMOUNT_TOO_LARGE", rule: "BIL-1", detail: formatEuros(total, "fr").replace(/[\u202f\u00a0]/g, " ") });
      break;
    }
  }
  // A member with an unpriceable line gets no invoice at all this run rather than an incomplete one.
  if (skips.length) return { invoices, skips, alreadyInvoiced };
  for (const [key, partyLines] of byParty) {
    const totalTtcCents = partyLines.reduce((sum, l) => sum + l.ttcCents, 0);
    if (totalTtcCents === 0) continue; // zero-amount invoices are not created
    if (sources.alreadyInvoiced.has(key)) {
      alreadyInvoiced++;
      continue;
    }
    const totals = {
      totalTtcCents,
      totalHtCents: partyLines.reduce((sum, l) => sum + l.htCents, 0),
      totalVatCents: partyLines.reduce((sum, l) => sum + l.vatCents, 0),
    };
    if (key) {
      const payer = sources.payers.find((p) => p.id === key)!;
      invoices.push({
        memberId: member.id,
        payerId: payer.id,
        memberName: memberName(member),
        memberAddress: postalAddressLine(member),
        billToName: payer.displayName,
        billToAddress: payer.billingAddress,
        billToEmail: payer.email,
        deliveryChannel: "EMAIL",
        lines: partyLines,
        ...totals,
      });
      continue;
    }
    // BIL-5: by email, or by post to a valid postal address when the member has no internet access.
    const delivery = invoiceDeliveryFor(member);
    if (!delivery.ok) {
      skips.push({ memberId: member.id, code: "POSTAL_ADDRESS_REQUIRED", rule: "BIL-5", detail: postalAddressLine(member) });
      continue;
    }
    invoices.push({
      memberId: member.id,
      payerId: null,
      memberName: memberName(member),
      memberAddress: postalAddressLine(member),
      billToName: memberName(member),
      billToAddress: postalAddressLine(member),
      billToEmail: member.email,
      deliveryChannel: delivery.channel,
      lines: partyLines,
      ...totals,
    });
  }
  return { invoices, skips, alreadyInvoiced };
}
