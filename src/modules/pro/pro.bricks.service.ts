import { actorRole } from "../../authz/actor.js";
import type { Context } from "../../context.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { actorId, memberCommand } from "../../shared/mutation.js";
import { parisDate } from "../../shared/paris-time.js";
import { idOfType } from "../../shared/relay.js";
import { quotesService } from "../quotes/index.js";
import { proErrors, type ProErrorCode } from "./pro.errors.js";
import type { AssignProBrickTechnicianInput, RecordProBrickPrerequisiteInput, SubscribeProBrickInput, TerminateProBrickInput } from "./pro.inputs.js";
import { toBrick } from "./pro.mappers.js";
import { proPolicies } from "./pro.policies.js";
import { proRepository as repo, type BrickRow } from "./pro.repository.js";
import { PRO_BRICK_LIMITS, TEXT_MAX, brickPath, brickTermination, text } from "./pro.rules.js";
import { namedTechnician } from "../members/index.js";
import { checkLegalEntity, PRO_MEMBER, targetMember } from "./pro.service.js";
import type { ProBrick } from "./pro.types.js";

type BrickResult = Result<ProBrick, ProErrorCode>;
type Equipment = Pick<BrickRow, "accessPoints" | "switches" | "routers">;

const STATUS_BY_PATH = { DIRECT: "ACTIVE", REVIEW_REQUIRED: "REVIEW_REQUIRED", STUDY_REQUIRED: "STUDY_REQUIRED" } as const;

/** PRO-2: each brick's equipment counts, within their limits; counts for other bricks are refused. */
function checkEquipment(input: SubscribeProBrickInput, errors: DomainError<ProErrorCode>[]): Equipment {
  const { brick } = input;
  const field = (name: string) => ["input", name];
  const counts = { accessPoints: input.accessPoints ?? null, switches: input.switches ?? null, routers: input.routers ?? null };
  const applicable: Record<keyof Equipment, boolean> = {
    accessPoints: brick === "WIFI",
    switches: brick === "LAN_SECURITY",
    routers: brick === "LAN_SECURITY",
  };
  for (const name of ["accessPoints", "switches", "routers"] as const) {
    const value = counts[name];
    if (!applicable[name]) {
      if (value !== null) errors.push(proErrors.error("EQUIPMENT_NOT_APPLICABLE", field(name), { brick }));
    } else if (value === null || value < 0) {
      errors.push(proErrors.error("EQUIPMENT_REQUIRED", field(name), { brick }));
    }
  }
  const wifi = PRO_BRICK_LIMITS.WIFI.accessPoints;
  const lan = PRO_BRICK_LIMITS.LAN_SECURITY;
  if (brick === "WIFI" && counts.accessPoints !== null && (counts.accessPoints < 1 || counts.accessPoints > wifi)) {
    if (counts.accessPoints >= 0) errors.push(proErrors.error("ACCESS_POINTS_LIMIT", field("accessPoints"), { limit: wifi }));
  }
  if (brick === "LAN_SECURITY" && counts.switches !== null && counts.switches > lan.switches) {
    errors.push(proErrors.error("SWITCHES_LIMIT", field("switches"), { limit: lan.switches }));
  }
  if (brick === "LAN_SECURITY" && counts.routers !== null && counts.routers > lan.routers) {
    errors.push(proErrors.error("ROUTERS_LIMIT", field("routers"), { limit: lan.routers }));
  }
  return counts;
}

const inForce = (row: BrickRow, now: Date) => row.endsOn === null || row.endsOn > parisDate(now);

async function findBrick(ctx: Context, globalId: string, visible: (row: BrickRow) => boolean): Promise<Result<BrickRow, ProErrorCode>> {
  const id = idOfType(globalId, "ProBrick");
  const row = id ? await ctx.loaders.pro.brickById.load(id) : null;
  return row && visible(row) ? ok(row) : fail(proErrors.error("BRICK_NOT_FOUND", ["input", "brickId"]));
}

/** The partial unique index is the last guard, should a path ever skip the member lock. */
function alreadySubscribed(error: unknown) {
  return sqlState(error) === "23505" && constraintName(error) === "pro_bricks_one_open_per_address" ? proErrors.error("BRICK_ALREADY_SUBSCRIBED", ["input", "brick"]) : null;
}

export const bricksService = {
  /** PRO-2 limits, then PRO-3: active at once, or after a review, or after a technical study. */
  async subscribe(ctx: Context, input: SubscribeProBrickInput): Promise<BrickResult> {
    const target = targetMember(ctx, input.memberId);
    if (!target.ok) return target;
    const memberId = target.value;
    const errors: DomainError<ProErrorCode>[] = [];
    const equipment = checkEquipment(input, errors);
    const addressId = idOfType(input.addressId, "Address");
    const address = addressId ? await repo.activeAddress(ctx.db, addressId) : undefined;
    if (!address || address.memberId !== memberId) errors.push(proErrors.error("ADDRESS_NOT_FOUND", ["input", "addressId"]));
    if (errors.length || !address) return fail(...errors);
    const legalEntity = await checkLegalEntity(ctx, memberId);
    if (!legalEntity.ok) return legalEntity;

    const options = {
      operation: "subscribeProBrick",
      errors: proErrors,
      member: { id: memberId },
      requires: PRO_MEMBER,
      field: ["input", "memberId"],
      onDatabaseError: alreadySubscribed,
    };
    return memberCommand(ctx, options, async ({ tx, audit }) => {
      const now = ctx.clock.now();
      const existing = await repo.bricksAt(tx, memberId, input.brick, address.id);
      if (existing.some((row) => inForce(row, now))) return fail(proErrors.error("BRICK_ALREADY_SUBSCRIBED", ["input", "brick"]));
      const services = await repo.servicesByMemberIds(tx, [memberId]);
      const accepted = await quotesService.acceptedRequestIds(
        tx,
        services.flatMap((s) => (s.quoteRequestId ? [s.quoteRequestId] : [])),
      );
      const path = brickPath(
        services.map((s) => ({ ...s, quoteAccepted: s.quoteRequestId !== null && accepted.has(s.quoteRequestId) })),
        now,
      );
      const status = STATUS_BY_PATH[path];
      // PRO-3 « a quote is sent », QUO-1: the maintenance is quoted through the shared workflow.
      const quoteRequestId = await quotesService.openRequest(tx, ctx, {
        memberId,
        purpose: "PRO_MAINTENANCE",
        description: `Maintenance Univers Pro ${input.brick}`,
      });
      const row = await repo.insertBrick(tx, {
        quoteRequestId,
        memberId,
        brick: input.brick,
        addressId: address.id,
        ...equipment,
        status,
        subscribedAt: now,
        subscribedByRole: actorRole(ctx.actor),
        activeSince: status === "ACTIVE" ? now : null,
      });
      await audit({ targetIds: [row.id, quoteRequestId], details: { brick: row.brick, path } });
      return ok(toBrick(row, now));
    });
  },

  /**
   * AUT-3: the desk assigns the technician who carries out the brick's review or study (or moves
   * it), while it is pending. The assignment, not the review, makes him serve the member.
   */
  async assignTechnician(ctx: Context, input: AssignProBrickTechnicianInput): Promise<BrickResult> {
    if (!proPolicies.actForParnasse(ctx.actor)) throw forbidden();
    const found = await findBrick(ctx, input.brickId, () => true);
    if (!found.ok) return found;
    const technicianId = await namedTechnician(ctx, input.technicianId);
    if (!technicianId) return fail(proErrors.error("NOT_A_TECHNICIAN", ["input", "technicianId"]));
    return memberCommand(ctx, { operation: "assignProBrickTechnician", errors: proErrors, member: { id: found.value.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockBrick(tx, found.value.id);
      if (!current) return fail(proErrors.error("BRICK_NOT_FOUND", ["input", "brickId"]));
      if (current.status === "ACTIVE" || current.terminationRequestedAt) return fail(proErrors.error("PREREQUISITE_NOT_PENDING", ["input", "brickId"]));
      const row = await repo.updateBrick(tx, current.id, { technicianId });
      await audit({ targetIds: [row.id, technicianId], details: { previousTechnicianId: current.technicianId } });
      return ok(toBrick(row, ctx.clock.now()));
    });
  },

  /**
   * PRO-3: the review (client + technician) or the technical study at the maintenance address is
   * done: the brick is active. Recorded by the desk, or the technician the desk assigned (AUT-3).
   */
  async recordPrerequisite(ctx: Context, input: RecordProBrickPrerequisiteInput): Promise<BrickResult> {
    if (!proPolicies.recordStudy(ctx.actor)) throw forbidden();
    const errors: DomainError<ProErrorCode>[] = [];
    const summary = text(input.summary, TEXT_MAX, ["input", "summary"], errors, true);
    if (errors.length || summary === null) return fail(...errors);
    const found = await findBrick(ctx, input.brickId, (row) => proPolicies.recordOnCase(ctx.actor, row.technicianId));
    if (!found.ok) return found;
    return memberCommand(ctx, { operation: "recordProBrickPrerequisite", errors: proErrors, member: { id: found.value.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockBrick(tx, found.value.id);
      // Re-checked on the locked row: the desk may have moved the review to another technician.
      if (!current || !proPolicies.recordOnCase(ctx.actor, current.technicianId)) return fail(proErrors.error("BRICK_NOT_FOUND", ["input", "brickId"]));
      if (current.status === "ACTIVE" || current.terminationRequestedAt) return fail(proErrors.error("PREREQUISITE_NOT_PENDING", ["input", "brickId"]));
      const now = ctx.clock.now();
      const row = await repo.updateBrick(tx, current.id, {
        status: "ACTIVE",
        activeSince: now,
        prerequisiteSummary: summary,
        prerequisiteDoneAt: now,
        prerequisiteByRole: actorRole(ctx.actor),
        prerequisiteById: actorId(ctx),
      });
      await audit({ targetIds: [row.id], details: { prerequisite: current.status } });
      return ok(toBrick(row, now));
    });
  },

  /** PRO-4: at any time; effective the first day of the following month (Paris); the started month is due. */
  async terminate(ctx: Context, input: TerminateProBrickInput): Promise<BrickResult> {
    const found = await findBrick(ctx, input.brickId, (row) => proPolicies.actForMember(ctx.actor, row.memberId));
    if (!found.ok) return found;
    return memberCommand(ctx, { operation: "terminateProBrick", errors: proErrors, member: { id: found.value.memberId } }, async ({ tx, audit }) => {
      const current = await repo.lockBrick(tx, found.value.id);
      if (!current) return fail(proErrors.error("BRICK_NOT_FOUND", ["input", "brickId"]));
      if (current.endsOn) return fail(proErrors.error("BRICK_ALREADY_TERMINATED", ["input", "brickId"], { endsOn: current.endsOn }));
      const now = ctx.clock.now();
      const { endsOn } = brickTermination(now);
      const row = await repo.updateBrick(tx, current.id, { terminationRequestedAt: now, endsOn });
      await audit({ targetIds: [row.id], details: { endsOn } });
      return ok(toBrick(row, now));
    });
  },
};
