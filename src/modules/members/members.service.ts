import { memberPolicies as policies } from "./members.policies.js";
import { principalIsCurrent } from "../../authz/principal.js";
import type { Context } from "../../context.js";
import { normaliseEmail, normaliseFrenchPhone } from "../../shared/contact.js";
import type { Queryable } from "../../shared/db.js";
import { zoneService } from "../zone/index.js";
import { constraintName, fail, forbidden, ok, sqlState, type DomainError, type Result } from "../../shared/errors.js";
import { memberCommand } from "../../shared/mutation.js";
import { decodeCursor, encodeCursor, fromGlobalId, idOfType, pageSize, toConnection, type ConnectionShape } from "../../shared/relay.js";
import { memberErrors, type MemberErrorCode } from "./members.errors.js";
import type { UpdateMemberContactInput } from "./members.inputs.js";
import { toDelegate, toMember, toPayer, toStaffUser } from "./members.mappers.js";
import { membersRepository as repo, type MemberRow } from "./members.repository.js";
import type { Delegate, Member, Payer, StaffUser, Viewer } from "./members.types.js";

/** GDP-1: staff do not change contact details under the member's restriction of account data, except to answer the request. */
const NOT_RESTRICTED = { notRestricted: "PROCESSING_RESTRICTED" } as const;

const ADDRESS_LINE_MAX = 120;

export const membersService = {
  async me(ctx: Context): Promise<Viewer> {
    const { actor } = ctx;
    if (actor.kind === "anonymous") throw new Error("me() needs an authenticated actor");
    const viewer: Viewer = { role: actor.role, member: null, delegate: null, payer: null, staff: null };
    const loaders = ctx.loaders.members;
    if (actor.kind === "staff") {
      const row = await loaders.staffUserById.load(actor.subjectId);
      viewer.staff = row && toStaffUser(row);
      return viewer;
    }
    if (actor.role === "PAYER") {
      const row = await loaders.payerById.load(actor.subjectId);
      viewer.payer = row && toPayer(row);
      return viewer;
    }
    const member = await loaders.memberById.load(actor.memberId);
    viewer.member = member && toMember(member);
    if (actor.role === "DELEGATE") {
      const row = await loaders.delegateById.load(actor.subjectId);
      viewer.delegate = row && toDelegate(row);
    }
    return viewer;
  },

  /** The desk's member directory: search by name, email or phone. */
  async search(ctx: Context, args: { first: number; after?: string | null; search?: string | null }): Promise<ConnectionShape<Member>> {
    if (!policies.searchMembers(ctx.actor)) throw forbidden();
    const first = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ["text", "text", "uuid"]) : null;
    const text = args.search?.trim() ?? "";
    const rows = await repo.searchMembers(ctx.db, {
      search: text ? { text: text.slice(0, 100), phone: normaliseFrenchPhone(text) } : null,
      after,
      limit: first + 1,
    });
    for (const row of rows) ctx.loaders.members.memberById.prime(row.id, row);
    return toConnection(rows, first, toMember, (row) => encodeCursor([row.lastName, row.firstName, row.id]));
  },

  /** `node(id:)`: null for unknown ids and for objects the actor may not see (no existence leak). */
  async node(ctx: Context, globalId: string): Promise<Member | Delegate | Payer | StaffUser | null> {
    const parsed = fromGlobalId(globalId);
    if (!parsed || !(await principalIsCurrent(ctx))) return null;
    const { actor } = ctx;
    const loaders = ctx.loaders.members;
    switch (parsed.type) {
      case "Member": {
        if (!policies.readMember(actor, parsed.id)) return null;
        const row = await loaders.memberById.load(parsed.id);
        return row && toMember(row);
      }
      case "Delegate": {
        const row = await loaders.delegateById.load(parsed.id);
        return row && policies.readDelegate(actor, row) ? toDelegate(row) : null;
      }
      case "Payer": {
        const row = await loaders.payerById.load(parsed.id);
        return row && policies.readPayer(actor, row) ? toPayer(row) : null;
      }
      case "StaffUser": {
        if (!policies.readStaffUser(actor, parsed.id)) return null;
        const row = await loaders.staffUserById.load(parsed.id);
        return row && toStaffUser(row);
      }
      default:
        return null;
    }
  },

  async activeDelegate(ctx: Context, member: Member): Promise<Delegate | null> {
    const row = await ctx.loaders.members.activeDelegateByMemberId.load(member.rawId);
    return row && toDelegate(row);
  },

  async payers(ctx: Context, member: Member): Promise<Payer[]> {
    if (!policies.listMemberPayers(ctx.actor, member.rawId)) return [];
    const rows = await ctx.loaders.members.activePayersByMemberId.load(member.rawId);
    return rows.map(toPayer);
  },

  /** MEM-1 contact data: validated, normalised, written with its audit row in one transaction. */
  async updateContact(ctx: Context, input: UpdateMemberContactInput): Promise<Result<Member, MemberErrorCode>> {
    const member = { globalId: input.memberId, mayActFor: policies.updateMemberContact };
    const emailTaken = (error: unknown) =>
      sqlState(error) === "23505" && constraintName(error) === "members_email_key" ? memberErrors.error("EMAIL_TAKEN", ["input", "email"]) : null;
    const answersPrivacyRequest = input.privacyRequestId ? idOfType(input.privacyRequestId, "PrivacyRequest") : null;
    const options = { operation: "updateMemberContact", errors: memberErrors, member, onDatabaseError: emailTaken, requires: NOT_RESTRICTED, answersPrivacyRequest };
    return memberCommand(ctx, options, async ({ tx, member, audit }) => {
      const changes = await validateContact(tx, input);
      if (!changes.ok) return changes;
      if (Object.keys(changes.value).length === 0) return fail(memberErrors.error("NOTHING_TO_UPDATE", ["input"]));
      const updated = await repo.updateMember(tx, member.id, { ...changes.value, updatedAt: ctx.clock.now() });
      await audit({ targetIds: [member.id], details: { fields: Object.keys(changes.value) } });
      return ok(toMember(updated));
    });
  },
};

type ContactChanges = Partial<Pick<MemberRow, "email" | "phone" | "addressLine1" | "addressLine2" | "postalCode" | "commune">>;

async function validateContact(db: Queryable, input: UpdateMemberContactInput): Promise<Result<ContactChanges, MemberErrorCode>> {
  const errors: DomainError<MemberErrorCode>[] = [];
  const changes: ContactChanges = {};
  if (input.email != null) {
    const email = normaliseEmail(input.email);
    if (email) changes.email = email;
    else errors.push(memberErrors.error("INVALID_EMAIL", ["input", "email"]));
  }
  if (input.phone != null) {
    const phone = normaliseFrenchPhone(input.phone);
    if (phone) changes.phone = phone;
    else errors.push(memberErrors.error("INVALID_PHONE", ["input", "phone"]));
  }
  if (input.postalAddress != null) {
    const address = input.postalAddress;
    const line1 = address.line1.trim();
    const line2 = address.line2?.trim() || null;
    if (line1.length === 0 || line1.length > ADDRESS_LINE_MAX) {
      errors.push(memberErrors.error("INVALID_ADDRESS_LINE", ["input", "postalAddress", "line1"], { max: ADDRESS_LINE_MAX }));
    }
    if (line2 && line2.length > ADDRESS_LINE_MAX) {
      errors.push(memberErrors.error("INVALID_ADDRESS_LINE", ["input", "postalAddress", "line2"], { max: ADDRESS_LINE_MAX }));
    }
    // MEM-1: a member stays domiciled inside the coverage zone (ZON-1).
    const place = await zoneService.check(db, address.postalCode, address.commune, ["input", "postalAddress"]);
    if (!place.ok) errors.push(...place.errors.map((e) => memberErrors.error(e.code, e.field, e.params)));
    else Object.assign(changes, { addressLine1: line1, addressLine2: line2, postalCode: place.value.postalCode, commune: place.value.commune });
  }
  return errors.length ? fail(...errors) : ok(changes);
}

/** The technician the desk names: an active StaffUser with the TECHNICIAN role, or null. */
export async function namedTechnician(ctx: Context, globalId: string): Promise<string | null> {
  const id = idOfType(globalId, "StaffUser");
  const staff = id ? await ctx.loaders.members.staffUserById.load(id) : null;
  return staff && staff.role === "TECHNICIAN" && staff.disabledAt === null ? staff.id : null;
}
