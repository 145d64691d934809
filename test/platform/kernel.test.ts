import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, members } from "../../db/schema/index.js";
import { DEMO_TARIFFS } from "../../src/config.js";
import { buildContext } from "../../src/modules/registry.js";
import type { Actor } from "../../src/authz/actor.js";
import { ManualClock } from "../../src/shared/clock.js";
import { commonErrors } from "../../src/shared/common-errors.js";
import { defineErrors, fail, ok } from "../../src/shared/errors.js";
import { memberCommand, onEveryCommit, runCommand } from "../../src/shared/mutation.js";
import { toGlobalId } from "../../src/shared/relay.js";
import { silentLog } from "../support/api.js";
import { useTestDatabase } from "../support/db.js";
import { aMember, aStaffUser, actors } from "../support/factories.js";

/** The mutation kernel (src/shared/mutation.ts), exercised directly: what every mutation relies on. */
describe("mutation kernel", () => {
  const db = useTestDatabase();
  const errors = defineErrors({
    ...commonErrors("MEMBER_NOT_FOUND", "MEMBER_ID_REQUIRED", "MEMBERSHIP_CLOSED"),
    REFUSED: { rule: "DEV-1", fr: "Refusé.", en: "Refused." },
  });
  const context = (actor: Actor, requestId = `kernel-${Math.random()}`) =>
    buildContext({ requestId, actor, locale: "fr", clock: new ManualClock("2026-11-26T10:00:00Z"), tariffs: DEMO_TARIFFS, db: db.current.db, log: silentLog });
  const auditOf = (requestId: string) => db.current.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));

  it("AUT-4: a refusal rolls back what the command wrote, its audit row included", async () => {
    const m = await aMember(db.current, { status: "ACTIVE" });
    const ctx = context(actors.member(m), "kernel-refusal");
    const result = await runCommand(ctx, { operation: "probe" }, async ({ tx, audit }) => {
      await tx.update(members).set({ firstName: "Écrit" }).where(eq(members.id, m.id));
      await audit({ onBehalfOfMemberId: m.id, targetIds: [m.id] });
      return fail(errors.error("REFUSED"));
    });
    expect(result).toEqual({ ok: false, errors: [{ code: "REFUSED", rule: "DEV-1", field: null, params: undefined }] });
    const [row] = await db.current.db.select().from(members).where(eq(members.id, m.id));
    expect(row!.firstName).toBe(m.firstName);
    expect(await auditOf("kernel-refusal")).toEqual([]);
  });

  it("AUT-4: a commit hook runs inside the change's transaction: if it fails, the change and its audit row roll back", async () => {
    const m = await aMember(db.current, { status: "ACTIVE" });
    const seen: string[] = [];
    const remove = onEveryCommit(async (command, operation, value) => {
      seen.push(`${operation}:${String(value)}`);
      if (value === "boom") throw new Error("hook failed");
      await command.audit({ onBehalfOfMemberId: m.id, targetIds: [], details: { hook: true } });
    });
    try {
      const ctx = context(actors.member(m), "kernel-hook-ok");
      expect(await runCommand(ctx, { operation: "probe" }, async () => ok("fine"))).toEqual({ ok: true, value: "fine" });
      expect((await auditOf("kernel-hook-ok")).map((r) => r.details)).toEqual([{ hook: true }]);

      const failing = context(actors.member(m), "kernel-hook-fails");
      await expect(
        runCommand(failing, { operation: "probe" }, async ({ tx, audit }) => {
          await tx.update(members).set({ firstName: "Écrit" }).where(eq(members.id, m.id));
          await audit({ onBehalfOfMemberId: m.id, targetIds: [m.id] });
          return ok("boom");
        }),
      ).rejects.toThrow("hook failed");
      const [row] = await db.current.db.select().from(members).where(eq(members.id, m.id));
      expect(row!.firstName).toBe(m.firstName);
      expect(await auditOf("kernel-hook-fails")).toEqual([]);
      expect(seen).toEqual(["probe:fine", "probe:boom"]);
    } finally {
      remove();
    }
    await runCommand(context(actors.member(m)), { operation: "probe" }, async () => ok("after"));
    expect(seen).toEqual(["probe:fine", "probe:boom"]);
  });

  it("AUT-2: memberCommand resolves the member: own member for MEMBER, another is not found, staff must name one", async () => {
    const m = await aMember(db.current, { status: "ACTIVE" });
    const other = await aMember(db.current, { status: "ACTIVE" });
    const desk = await aStaffUser(db.current, "DESK_AGENT");
    const spec = (globalId: string | null) => ({
      operation: "probe",
      errors,
      member: { globalId, mayActFor: (actor: Actor) => actor.kind === "staff" && actor.role === "DESK_AGENT" },
    });
    const who = async (actor: Actor, globalId: string | null) => {
      const result = await memberCommand(context(actor), spec(globalId), async ({ member }) => ok(member.id));
      return result.ok ? result.value : result.errors.map((e) => `${e.code}@${e.field?.join(".")}`);
    };
    expect(await who(actors.member(m), null)).toBe(m.id);
    expect(await who(actors.member(m), toGlobalId("Member", other.id))).toEqual(["MEMBER_NOT_FOUND@input.memberId"]);
    expect(await who(actors.staff(desk), null)).toEqual(["MEMBER_ID_REQUIRED@input.memberId"]);
    expect(await who(actors.staff(desk), toGlobalId("Member", other.id))).toBe(other.id);
    expect(await who(actors.staff(desk), toGlobalId("Device", other.id))).toEqual(["MEMBER_NOT_FOUND@input.memberId"]);
  });

  it("MEM-2: a declared prerequisite refuses with the module's code before the work runs", async () => {
    const closed = await aMember(db.current, { status: "TERMINATED" });
    let ran = false;
    const result = await memberCommand(
      context(actors.member(closed)),
      { operation: "probe", errors, member: { id: closed.id }, requires: { open: "MEMBERSHIP_CLOSED" }, field: ["input", "x"] },
      async () => {
        ran = true;
        return ok(null);
      },
    );
    expect(result).toEqual({ ok: false, errors: [{ code: "MEMBERSHIP_CLOSED", rule: "MEM-2", field: ["input", "x"], params: undefined }] });
    expect(ran).toBe(false);
  });

  it("the request's DataLoaders are cleared after a commit, so a payload reads the change", async () => {
    const m = await aMember(db.current, { status: "ACTIVE" });
    const ctx = context(actors.member(m));
    expect((await ctx.loaders.members.memberById.load(m.id))!.firstName).toBe(m.firstName);
    await runCommand(ctx, { operation: "probe" }, async ({ tx }) => {
      await tx.update(members).set({ firstName: "Nouveau" }).where(eq(members.id, m.id));
      return ok(null);
    });
    expect((await ctx.loaders.members.memberById.load(m.id))!.firstName).toBe("Nouveau");
  });
});
