import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { optionInForce } from "../../shared/prerequisites.js";
import { idOfType } from "../../shared/relay.js";
import { isServiceSuspended } from "../../shared/service-suspension.js";
import { contractYearOf } from "../interventions/index.js";
import { quotesService } from "../quotes/index.js";
import { serviceHoursService } from "../service-hours/index.js";
import { officeAssistanceErrors as errorsOf, type OfficeAssistanceErrorCode } from "./office-assistance.errors.js";
import type { BookOfficeAssistanceVisitInput, OfficeAssistanceRequestRefInput, RequestOfficeAssistanceInput, StopScreenSharingInput } from "./office-assistance.inputs.js";
import { toRequest, toSession, toVisit } from "./office-assistance.mappers.js";
import { officeAssistancePolicies as can } from "./office-assistance.policies.js";
import { officeAssistanceRepository as repo, type RequestRow } from "./office-assistance.repository.js";
import { TEXT_MAX, VISIT_LIMITS, inScopeDevice, inScopeSoftware, prerequisiteMet, routeRequest } from "./office-assistance.rules.js";
import type { OfficeAssistanceRequest, OfficeAssistanceSession, OfficeAssistanceVisit } from "./office-assistance.types.js";

type Code = OfficeAssistanceErrorCode;
type Errors = DomainError<Code>[];

async function visibleRequest(ctx: Context, globalId: string, allowed: (memberId: string) => boolean): Promise<RequestRow | null> {
  const id = idOfType(globalId, "OfficeAssistanceRequest");
  const row = id ? await ctx.loaders.officeAssistance.requestById.load(id) : null;
  return row && allowed(row.memberId) ? row : null;
}

export const officeAssistanceService = {
  /**
   * BUR-1/BUR-2: a request by phone or email (unlimited). Refused, with the rule, when the
   * prerequisite is missing or the subject is out of scope. Routed by the OFFICE_ASSISTANCE hours
   * (data); a Saturday subcontractor only with the member's consent, else Parnasse's next opening.
   */
  async request(ctx: Context, input: RequestOfficeAssistanceInput): Promise<Result<OfficeAssistanceRequest, Code>> {
    const errors: Errors = [];
    const description = input.description.trim();
    if (description.length === 0 || description.length > TEXT_MAX) errors.push(errorsOf.error("INVALID_TEXT", ["input", "description"], { max: TEXT_MAX }));
    if (!prerequisiteMet(input.operatingSystem, input.screenSharingAvailable)) errors.push(errorsOf.error("PREREQUISITE_NOT_MET", ["input", "operatingSystem"]));
    if (!inScopeDevice(input.deviceKind)) errors.push(errorsOf.error("DEVICE_OUT_OF_SCOPE", ["input", "deviceKind"]));
    if (!inScopeSoftware(input.software)) errors.push(errorsOf.error("SOFTWARE_OUT_OF_SCOPE", ["input", "software"]));
    if (input.equipmentDefective) errors.push(errorsOf.error("DEFECTIVE_EQUIPMENT", ["input", "equipmentDefective"]));
    if (errors.length) return fail(...errors);

    // Art. 4.7 is a service of the option: the option must be in force (like every member service).
    const requires = { optionInForce: "OPTION_REQUIRED", notSuspended: "SERVICE_SUSPENDED" } as const;
    const member = { globalId: input.memberId, mayActFor: can.actForMember };
    const options = { operation: "requestOfficeAssistance", errors: errorsOf, member, requires, field: ["input", "memberId"] };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      const now = ctx.clock.now();
      const consent = input.subcontractorConsent === true;
      const routing = routeRequest(await serviceHoursService.spans(tx, "OFFICE_ASSISTANCE"), now, consent);
      const row = await repo.insertRequest(tx, {
        memberId: member.id,
        channel: input.channel,
        deviceKind: input.deviceKind,
        software: input.software,
        operatingSystem: input.operatingSystem,
        screenSharingAvailable: input.screenSharingAvailable,
        description,
        requestedAt: now,
        requestedByRole: actorRole(ctx.actor),
        requestedById: actorId(ctx),
        availableFrom: routing.availableFrom,
        providedBy: routing.providedBy,
        subcontractorConsentAt: consent ? now : null,
      });
      await audit({
        targetIds: [row.id],
        details: { channel: row.channel, providedBy: row.providedBy, subcontractorConsent: consent, skippedSubcontractor: routing.skippedSubcontractor },
      });
      return ok(toRequest(row));
    });
  },

  /** BUR-4: the member confirms their data is backed up, before any intervention (session or visit). */
  async confirmBackup(ctx: Context, input: OfficeAssistanceRequestRefInput): Promise<Result<OfficeAssistanceRequest, Code>> {
    const field = ["input", "requestId"];
    const found = await visibleRequest(ctx, input.requestId, (m) => can.actForMember(ctx.actor, m));
    if (!found) return fail(errorsOf.error("REQUEST_NOT_FOUND", field));
    return memberCommand(ctx, { operation: "confirmOfficeAssistanceBackup", errors: errorsOf, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockRequest(tx, found.id);
      if (!current) return fail(errorsOf.error("REQUEST_NOT_FOUND", field));
      if (current.backupConfirmedAt) return fail(errorsOf.error("BACKUP_ALREADY_CONFIRMED", field));
      const row = await repo.updateRequest(tx, current.id, { backupConfirmedAt: ctx.clock.now(), backupConfirmedByRole: actorRole(ctx.actor) });
      await audit({ targetIds: [row.id] });
      return ok(toRequest(row));
    });
  },

  /** BUR-4: the member's consent to screen sharing, for one session; the backup must be confirmed first. */
  async consentToScreenSharing(ctx: Context, input: OfficeAssistanceRequestRefInput): Promise<Result<OfficeAssistanceSession, Code>> {
    const field = ["input", "requestId"];
    const found = await visibleRequest(ctx, input.requestId, (m) => can.consent(ctx.actor, m));
    if (!found) return fail(errorsOf.error("REQUEST_NOT_FOUND", field));
    const oneOpen = (error: unknown) =>
      sqlState(error) === "23505" && constraintName(error) === "office_assistance_sessions_one_open" ? errorsOf.error("SESSION_ALREADY_OPEN", field) : null;
    const options = { operation: "consentToScreenSharing", errors: errorsOf, member: { id: found.memberId }, onDatabaseError: oneOpen };
    return memberCommand(ctx, options, async ({ tx, audit }) => {
      const current = await repo.lockRequest(tx, found.id);
      if (!current) return fail(errorsOf.error("REQUEST_NOT_FOUND", field));
      if (!current.backupConfirmedAt) return fail(errorsOf.error("BACKUP_NOT_CONFIRMED", field));
      if (await repo.openSessionOf(tx, current.id)) return fail(errorsOf.error("SESSION_ALREADY_OPEN", field));
      const row = await repo.insertSession(tx, {
        requestId: current.id,
        memberId: current.memberId,
        consentedAt: ctx.clock.now(),
        consentedByRole: actorRole(ctx.actor),
        consentedById: actorId(ctx),
      });
      await audit({ targetIds: [row.id, current.id] });
      return ok(toSession(row));
    });
  },

  /** BUR-4: the member stops screen sharing at any time (the desk's assistant may end it too). */
  async stopScreenSharing(ctx: Context, input: StopScreenSharingInput): Promise<Result<OfficeAssistanceSession, Code>> {
    const field = ["input", "sessionId"];
    const id = idOfType(input.sessionId, "OfficeAssistanceSession");
    const found = id ? await ctx.loaders.officeAssistance.sessionById.load(id) : null;
    if (!found || !can.stop(ctx.actor, found.memberId)) return fail(errorsOf.error("SESSION_NOT_FOUND", field));
    return memberCommand(ctx, { operation: "stopScreenSharing", errors: errorsOf, member: { id: found.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockSession(tx, found.id);
      if (!current) return fail(errorsOf.error("SESSION_NOT_FOUND", field));
      if (current.revokedAt) return fail(errorsOf.error("SESSION_ALREADY_STOPPED", field));
      const row = await repo.updateSession(tx, current.id, { revokedAt: ctx.clock.now(), revokedByRole: actorRole(ctx.actor) });
      await audit({ targetIds: [row.id, row.requestId] });
      return ok(toSession(row));
    });
  },

  /**
   * BUR-3 (and BUR-4): after Parnasse's analysis the desk books an on-site visit, Mon–Fri
   * 09:00–20:00 Paris (OFFICE_ASSISTANCE_VISIT hours, data), at a declared address, once the
   * backup is confirmed. Under the member's row lock: the contract year's included visit if still
   * free, else one accepted OFFICE_ASSISTANCE_VISIT quote, used once.
   */
  async bookVisit(ctx: Context, input: BookOfficeAssistanceVisitInput): Promise<Result<OfficeAssistanceVisit, Code>> {
    if (!can.bookVisit(ctx.actor)) throw forbidden();
    const field = ["input", "requestId"];
    const found = await visibleRequest(ctx, input.requestId, () => true);
    if (!found) return fail(errorsOf.error("REQUEST_NOT_FOUND", field));
    const memberId = found.memberId;
    const errors: Errors = [];
    const now = ctx.clock.now();
    const start = input.startsAt;
    const minutes = input.durationMinutes;
    if (!Number.isInteger(minutes) || minutes < VISIT_LIMITS.minMinutes || minutes > VISIT_LIMITS.maxMinutes) {
      errors.push(errorsOf.error("INVALID_DURATION", ["input", "durationMinutes"], { min: VISIT_LIMITS.minMinutes, max: VISIT_LIMITS.maxMinutes }));
    }
    if (start <= now) errors.push(errorsOf.error("SLOT_IN_PAST", ["input", "startsAt"]));
    else if (start.getTime() - now.getTime() > VISIT_LIMITS.horizonDays * 86_400_000) {
      errors.push(errorsOf.error("SLOT_TOO_FAR", ["input", "startsAt"], { days: VISIT_LIMITS.horizonDays }));
    }
    const end = new Date(start.getTime() + minutes * 60_000);
    if (errors.length === 0 && !(await serviceHoursService.covers(ctx.db, "OFFICE_ASSISTANCE_VISIT", start, end))) {
      errors.push(errorsOf.error("OUTSIDE_VISIT_HOURS", ["input", "startsAt"]));
    }
    if (!found.backupConfirmedAt) errors.push(errorsOf.error("BACKUP_NOT_CONFIRMED", field));
    const addressId = idOfType(input.addressId, "Address");
    if (!addressId) errors.push(errorsOf.error("ADDRESS_NOT_FOUND", ["input", "addressId"]));
    const quoteId = input.quoteId == null ? null : idOfType(input.quoteId, "Quote");
    if (input.quoteId != null && !quoteId) errors.push(errorsOf.error("QUOTE_NOT_ACCEPTED", ["input", "quoteId"]));
    if (errors.length || !addressId) return fail(...errors);

    const onDatabaseError = (error: unknown) => {
      if (sqlState(error) !== "23505") return null;
      const name = constraintName(error);
      if (name === "office_assistance_visits_one_included_per_year") return errorsOf.error("VISIT_QUOTE_REQUIRED", ["input", "quoteId"], { yearStart: "" });
      if (name === "office_assistance_visits_quote_key") return errorsOf.error("QUOTE_ALREADY_USED", ["input", "quoteId"]);
      return null;
    };
    // The option and suspension are checked in the work, after the address: the option row gives the contract year.
    return memberCommand(ctx, { operation: "bookOfficeAssistanceVisit", errors: errorsOf, member: { id: memberId }, onDatabaseError }, async ({ tx, audit }) => {
      if (!(await repo.activeAddressOf(tx, addressId, memberId))) return fail(errorsOf.error("ADDRESS_NOT_FOUND", ["input", "addressId"]));
      const option = await optionInForce(tx, memberId, now);
      if (!option || (option.endsAt && option.endsAt <= start)) return fail(errorsOf.error("NO_OPTION_IN_FORCE", field));
      if (await isServiceSuspended(tx, memberId)) return fail(errorsOf.error("SERVICE_SUSPENDED", field));
      const yearStart = parisDate(contractYearOf(option.acceptedAt, start).start);
      const includedFree = !(await repo.includedVisitOfYear(tx, memberId, yearStart));
      let usedQuoteId: string | null = null;
      if (!includedFree) {
        if (!quoteId) return fail(errorsOf.error("VISIT_QUOTE_REQUIRED", ["input", "quoteId"], { yearStart }));
        if (!(await quotesService.lockAcceptedQuote(tx, quoteId, memberId, "OFFICE_ASSISTANCE_VISIT"))) return fail(errorsOf.error("QUOTE_NOT_ACCEPTED", ["input", "quoteId"]));
        if (await repo.visitOfQuote(tx, quoteId)) return fail(errorsOf.error("QUOTE_ALREADY_USED", ["input", "quoteId"]));
        usedQuoteId = quoteId;
      }
      const row = await repo.insertVisit(tx, {
        requestId: found.id,
        memberId,
        addressId,
        startsAt: start,
        endsAt: end,
        contractYearStart: yearStart,
        included: includedFree,
        quoteId: usedQuoteId,
        bookedAt: now,
        bookedByRole: actorRole(ctx.actor),
        bookedById: actorId(ctx),
      });
      await audit({ targetIds: [row.id, found.id, ...(usedQuoteId ? [usedQuoteId] : [])], details: { included: row.included, contractYearStart: yearStart } });
      return ok(toVisit(row));
    });
  },
};
