import type { Context } from "../../context.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { quotesService } from "../quotes/index.js";
import { availabilityAt, serviceHoursService } from "../service-hours/index.js";
import { mailboxErrors, type MailboxErrorCode } from "./mailboxes.errors.js";
import type { RequestMailboxMigrationInput, RequestMailboxSupportInput } from "./mailboxes.inputs.js";
import { toMailboxMigration, toMailboxSupportRequest } from "./mailboxes.mappers.js";
import { mailboxesRepository as repo } from "./mailboxes.repository.js";
import { migrationStatus, text } from "./mailboxes.rules.js";
import { findManageableMailbox } from "./mailboxes.service.js";
import type { MailboxMigration, MailboxSupportRequest } from "./mailboxes.types.js";

const SOURCE_MAX = 200;
const NOTE_MAX = 1000;
/** MBX-5: the service-hours key of each kind of request. */
const SUPPORT_SERVICE = { SETUP: "MAILBOX_SETUP", ASSISTANCE: "MAILBOX_ASSISTANCE" } as const;

/** MBX-3 and MBX-5: requests about an existing mailbox. */
export const mailboxRequestsService = {
  /** MBX-3: included up to 5 GB; a larger migration is QUOTE_REQUIRED and opens a MAIL_MIGRATION quote request (QUO-1). */
  async requestMigration(ctx: Context, input: RequestMailboxMigrationInput): Promise<Result<MailboxMigration, MailboxErrorCode>> {
    const field = ["input", "mailboxId"];
    const found = await findManageableMailbox(ctx, input.mailboxId, field);
    if (!found.ok) return found;
    const errors: DomainError<MailboxErrorCode>[] = [];
    const source = text(input.source, SOURCE_MAX, ["input", "source"], errors, true);
    if (!Number.isInteger(input.sizeMb) || input.sizeMb < 1) errors.push(mailboxErrors.error("INVALID_MIGRATION_SIZE", ["input", "sizeMb"]));
    if (errors.length || source === null) return fail(...errors);
    const { id: mailboxId, memberId } = found.value;

    return memberCommand(ctx, { operation: "requestMailboxMigration", errors: mailboxErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      // The member lock serialises migration requests, so the included total is counted exactly.
      const current = await repo.mailboxById(tx, mailboxId);
      if (!current || current.deletedAt) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
      const status = migrationStatus(input.sizeMb, await repo.includedMigrationMb(tx, mailboxId));
      // QUO-1: beyond 5 GB the migration is quoted through the shared workflow, in this transaction.
      const quoteRequestId =
        status === "QUOTE_REQUIRED"
          ? await quotesService.openRequest(tx, ctx, {
              memberId,
              purpose: "MAIL_MIGRATION",
              description: `Migration de messagerie vers ${current.address} depuis ${source} (${input.sizeMb} Mo)`,
            })
          : null;
      const row = await repo.insertMigration(tx, {
        quoteRequestId,
        mailboxId,
        memberId,
        source,
        sizeMb: input.sizeMb,
        status,
        requestedAt: ctx.clock.now(),
        requestedBy: actorId(ctx),
      });
      await audit({ targetIds: [row.id, mailboxId, ...(quoteRequestId ? [quoteRequestId] : [])], details: { sizeMb: row.sizeMb, status } });
      return ok(toMailboxMigration(row));
    });
  },

  /** MBX-5: remote only, nothing to book: the request says when the service can take it and who provides it then. */
  async requestSupport(ctx: Context, input: RequestMailboxSupportInput): Promise<Result<MailboxSupportRequest, MailboxErrorCode>> {
    const field = ["input", "mailboxId"];
    const found = await findManageableMailbox(ctx, input.mailboxId, field);
    if (!found.ok) return found;
    const errors: DomainError<MailboxErrorCode>[] = [];
    const note = text(input.note, NOTE_MAX, ["input", "note"], errors);
    if (errors.length) return fail(...errors);
    const { id: mailboxId, memberId } = found.value;
    const now = ctx.clock.now();
    const availability = availabilityAt(await serviceHoursService.spans(ctx.db, SUPPORT_SERVICE[input.kind]), now);

    return memberCommand(ctx, { operation: "requestMailboxSupport", errors: mailboxErrors, member: { id: memberId } }, async ({ tx, audit }) => {
      const current = await repo.mailboxById(tx, mailboxId);
      if (!current || current.deletedAt) return fail(mailboxErrors.error("MAILBOX_NOT_FOUND", field));
      const row = await repo.insertSupportRequest(tx, {
        mailboxId,
        memberId,
        kind: input.kind,
        note,
        requestedAt: now,
        requestedBy: actorId(ctx),
        availableFrom: availability.openNow ? now : availability.nextOpensAt,
        providedBy: availability.providedBy,
      });
      await audit({ targetIds: [row.id, mailboxId], details: { kind: row.kind, availableFrom: row.availableFrom } });
      return ok(toMailboxSupportRequest(row));
    });
  },
};
