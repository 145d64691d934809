import { domainToASCII } from "node:url";
import type { MAILBOX_PACK_KINDS } from "../../../db/schema/mailboxes.js";
import { textField } from "../../shared/mutation.js";
import type { TariffCode } from "../tariffs/index.js";
import { mailboxErrors, type MailboxErrorCode } from "./mailboxes.errors.js";

type PackKind = (typeof MAILBOX_PACK_KINDS)[number];

/** MBX-1/MBX-2: the « Ma Messagerie Mail » offer, in one place. */
export const MAILBOX_OFFER = {
  /** MBX-2: mailboxes included with the option. */
  includedMailboxes: 1,
  /** MBX-1: Exchange quota of each mailbox. */
  quotaGb: 60,
  /** MBX-1: the domain of a mailbox created without a custom domain name. */
  defaultDomain: "messagerie.parnasse.fr",
  /** MBX-3: migration included up to 5 GB (binary gigabytes, as Exchange counts them); beyond, a quote. */
  migrationIncludedMb: 5 * 1024,
} as const;

/**
 * MBX-2: the packs, the mailboxes each adds, and the tariff code of its monthly price. The price
 * itself is dated data in the tariff table (BIL-10, src/modules/tariffs), never a constant here.
 */
export const MAILBOX_PACK_TARIFFS: Record<PackKind, { extraMailboxes: number; tariffCode: TariffCode }> = {
  PLUS_1: { extraMailboxes: 1, tariffCode: "MAILBOX_PLUS_1" },
  PACK_5: { extraMailboxes: 5, tariffCode: "MAILBOX_PACK_5" },
  PACK_10: { extraMailboxes: 10, tariffCode: "MAILBOX_PACK_10" },
};

/** MBX-2: capacity = the included mailbox + the extras of the packs in force. */
export function mailboxCapacity(packs: readonly { extraMailboxes: number }[]): number {
  return MAILBOX_OFFER.includedMailboxes + packs.reduce((sum, p) => sum + p.extraMailboxes, 0);
}

/**
 * MBX-3: whether a migration is included or needs a quote. The 5 GB are per mailbox, all included
 * migrations together: splitting a large migration into small ones does not make it free.
 */
export function migrationStatus(sizeMb: number, alreadyIncludedMb = 0): "INCLUDED" | "QUOTE_REQUIRED" {
  return alreadyIncludedMb + sizeMb <= MAILBOX_OFFER.migrationIncludedMb ? "INCLUDED" : "QUOTE_REQUIRED";
}

const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?$/;

/** MBX-1: the part before the @, lower-cased: letters, digits, `. _ + -`, no leading, trailing or doubled dot. */
export function normaliseLocalPart(raw: string): string | null {
  if (raw.length > 200) return null;
  const value = raw.trim().toLowerCase();
  return LOCAL_PART.test(value) && !value.includes("..") ? value : null;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * MBX-1: a custom domain must be a valid DNS name: at least two labels of 1–63 letters, digits or
 * hyphens (not at either end), 253 characters at most, a non-numeric top-level label. An
 * internationalised name is accepted and returned in its ASCII (punycode) form.
 */
export function normaliseDomain(raw: string): string | null {
  if (raw.length > 300) return null;
  const trimmed = raw.trim().replace(/\.$/, "");
  if (trimmed.length === 0 || /[\s/@:]/.test(trimmed)) return null;
  const ascii = domainToASCII(trimmed).toLowerCase();
  if (!ascii || ascii.length > 253) return null;
  const labels = ascii.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  return /^[0-9]+$/.test(labels.at(-1)!) ? null : ascii;
}

/** Trims a free-text field; an error when it is empty (if required) or too long. */
export const text = textField<MailboxErrorCode>(mailboxErrors);
