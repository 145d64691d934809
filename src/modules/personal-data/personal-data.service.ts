import type { Context } from "../../context.js";
import type { Queryable } from "../../shared/db.js";
import { fail, ok, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand, runCommand } from "../../shared/mutation.js";
import { idOfType, toGlobalId } from "../../shared/relay.js";
import { personalDataErrors, type PersonalDataErrorCode } from "./personal-data.errors.js";
import type { ErasePersonalDataInput } from "./personal-data.inputs.js";
import { toExport, type PersonalDataExport } from "./personal-data.mappers.js";
import { personalDataPolicies } from "./personal-data.policies.js";
import { personalDataRepository as repo, type RetainedRecord } from "./personal-data.repository.js";
import type { PersonalDataErasure } from "./personal-data.types.js";

const MEMBER_FIELD = ["input", "memberId"];
const REQUEST_FIELD = ["input", "requestId"];

/** GDP-3: what stops an erasure, every one of them (the refusal explains all at once). */
export async function erasureObstacles(db: Queryable, memberId: string, now: Date): Promise<DomainError<PersonalDataErrorCode>[]> {
  const found = await repo.obstacles(db, memberId, now);
  const errors: DomainError<PersonalDataErrorCode>[] = [];
  if (found.optionInForce) errors.push(personalDataErrors.error("OPTION_IN_FORCE", MEMBER_FIELD));
  if (found.balanceDue) errors.push(personalDataErrors.error("BALANCE_DUE", MEMBER_FIELD));
  if (found.dunningOpen) errors.push(personalDataErrors.error("DUNNING_OPEN", MEMBER_FIELD));
  return errors;
}

/**
 * GDP-3: the erasure routine, shared by the mutation and the retention job. Inside the caller's
 * transaction, with the member row locked: redacts and anonymises per the catalogue, then lists
 * what was kept (the retention ledger).
 */
export async function eraseMember(tx: Queryable, memberId: string, now: Date): Promise<{ erasure: PersonalDataErasure; changed: Record<string, number> }> {
  const changed = await repo.erase(tx, memberId, now);
  const retentionLedger = await repo.retentionLedger(tx, memberId);
  const [member] = (await repo.sectionsOf(tx, memberId, ["members"])).members ?? [];
  const anonymisedAt = new Date(String(member?.anonymised_at ?? now.toISOString()));
  return { erasure: { anonymisedAt, retentionLedger }, changed };
}

function answerText(at: Date, ledger: RetainedRecord[]): string {
  const day = at.toISOString().slice(0, 10);
  return (
    `Vos données personnelles ont été effacées ou anonymisées le ${day}. ${ledger.length} enregistrement(s) sont conservés pour une obligation légale (registre de conservation joint). / ` +
    `Your personal data was erased or anonymised on ${day}. ${ledger.length} record(s) are kept for a legal obligation (retention ledger attached).`
  );
}

export const personalDataService = {
  /**
   * GDP-2: the export of everything the database holds about the member, read in one REPEATABLE
   * READ snapshot, with its audit row in the same transaction. Null when the member is unknown or
   * the caller may not export it (the route answers 404 either way).
   */
  async export(ctx: Context, memberGlobalId: string): Promise<PersonalDataExport | null> {
    const memberId = idOfType(memberGlobalId, "Member");
    if (!memberId || !personalDataPolicies.mayExport(ctx.actor, memberId)) return null;
    const result = await runCommand(ctx, { operation: "exportPersonalData" }, async ({ tx, audit }) => {
      await repo.snapshot(tx);
      const rows = await repo.sectionsOf(tx, memberId);
      if ((rows.members ?? []).length === 0) return fail(personalDataErrors.error("MEMBER_NOT_FOUND"));
      const records = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
      await audit({ onBehalfOfMemberId: memberId, targetIds: [memberId], details: { format: "parnasse.personal-data", records } });
      return ok(toExport(toGlobalId("Member", memberId), ctx.clock.now(), rows));
    });
    return result.ok ? result.value : null;
  },

  /** GDP-3: the privacy officer erases a member's personal data; refused while the relationship has not ended or money is owed. */
  async erase(ctx: Context, input: ErasePersonalDataInput): Promise<Result<PersonalDataErasure, PersonalDataErrorCode>> {
    const memberId = idOfType(input.memberId, "Member");
    if (!memberId || !personalDataPolicies.mayErase(ctx.actor)) return fail(personalDataErrors.error("MEMBER_NOT_FOUND", MEMBER_FIELD));
    const requestId = input.requestId ? idOfType(input.requestId, "PrivacyRequest") : null;
    if (input.requestId && !requestId) return fail(personalDataErrors.error("ERASURE_REQUEST_NOT_FOUND", REQUEST_FIELD));
    return memberCommand(ctx, { operation: "erasePersonalData", errors: personalDataErrors, member: { id: memberId } }, async ({ tx, member, audit }) => {
      const now = ctx.clock.now();
      if (requestId && !(await repo.lockOpenErasureRequest(tx, requestId, member.id))) {
        return fail(personalDataErrors.error("ERASURE_REQUEST_NOT_FOUND", REQUEST_FIELD));
      }
      const obstacles = await erasureObstacles(tx, member.id, now);
      if (obstacles.length > 0) return fail(...obstacles);
      const { erasure, changed } = await eraseMember(tx, member.id, now);
      if (requestId) {
        await repo.answerErasureRequest(tx, requestId, { at: now, text: answerText(now, erasure.retentionLedger), ledger: erasure.retentionLedger, byId: actorId(ctx) });
      }
      await audit({ targetIds: requestId ? [member.id, requestId] : [member.id], details: { changed, retained: erasure.retentionLedger.length, requestId } });
      return ok(erasure);
    });
  },
};
