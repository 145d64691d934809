import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { mailboxPacks } from "../../../db/schema/index.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, actors, anOption } from "../../support/factories.js";
import {
  CANCEL_PACK,
  CREATE_MAILBOX,
  DELETE_MAILBOX,
  SHIELD_REFUSED_ROLES,
  SUBSCRIBE_PACK,
  aMailbox,
  aMailboxMember,
  aPack,
  expectRefusedAsUserError,
  expectRefusedByShield,
  liveMailboxesOf,
  mailboxGid,
  packGid,
} from "./mailboxes.support.js";

describe("createMailbox and deleteMailbox", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    await anOption(db.current, cast.member.id);
  });

  it("MBX-1: a member creates a 60 GB mailbox on the Parnasse domain; lower-cased, audited", async () => {
    const m = await aMailboxMember(db.current);
    const res = await gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: " Jeanne.Dupont ", displayName: " Jeanne " } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createMailbox.userErrors).toEqual([]);
    expect(res.data!.createMailbox.mailbox).toMatchObject({
      address: "jeanne.dupont@messagerie.parnasse.fr",
      localPart: "jeanne.dupont",
      domain: "messagerie.parnasse.fr",
      customDomain: false,
      displayName: "Jeanne",
      quotaGb: 60,
      createdAt: "2026-11-26T10:00:00.000Z",
      deletedAt: null,
    });
    const [row] = await liveMailboxesOf(db.current, m.id);
    expect(mailboxGid(row!)).toBe(res.data!.createMailbox.mailbox.id);
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "createMailbox", actorRole: "MEMBER", onBehalfOfMemberId: m.id, targetIds: [row!.id] });
  });

  it("MBX-1: a custom domain name is accepted, lower-cased, and an internationalised one stored in punycode", async () => {
    const m = await aMailboxMember(db.current);
    await aPack(db.current, m.id, "PLUS_1");
    const a = await gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: "contact", customDomain: "Famille-Dupont.FR" } } });
    expect(a.data!.createMailbox.mailbox).toMatchObject({ address: "contact@famille-dupont.fr", customDomain: true });
    const b = await gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: "moi", customDomain: "café-dupont.fr" } } });
    expect(b.data!.createMailbox.mailbox).toMatchObject({ address: "moi@xn--caf-dupont-d7a.fr", domain: "xn--caf-dupont-d7a.fr", customDomain: true });
  });

  it.each([
    ["", "empty"],
    [".jeanne", "leading dot"],
    ["jeanne.", "trailing dot"],
    ["jean..ne", "double dot"],
    ["jean ne", "space"],
    ["jean@ne", "at sign"],
    ["j".repeat(65), "65 characters"],
    ["x".repeat(100_000), "a huge string"],
  ])("MBX-1: an invalid local part (%#: %s) is refused and nothing is written", async (localPart, _label) => {
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, CREATE_MAILBOX, { variables: { input: { localPart } } }),
      [cast.member.id],
      "createMailbox",
    );
    expect(errors).toEqual([["INVALID_LOCAL_PART", "MBX-1"]]);
    expect(userErrors[0]!.field).toEqual(["input", "localPart"]);
  });

  it.each([
    "localhost",
    "-dupont.fr",
    "dupont-.fr",
    "dupont..fr",
    "dupont.123",
    "192.168.1.1",
    "du pont.fr",
    "dupont.fr/x",
    "user@dupont.fr",
    `${"a".repeat(64)}.fr`,
    `${"a.".repeat(130)}fr`,
    "",
  ])("MBX-1: %j is not a valid DNS name: refused and nothing is written", async (customDomain) => {
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, CREATE_MAILBOX, { variables: { input: { localPart: "contact", customDomain } } }),
      [cast.member.id],
      "createMailbox",
    );
    expect(errors).toEqual([["INVALID_DOMAIN", "MBX-1"]]);
  });

  it("MBX-1: every input problem is reported at once, in English on request", async () => {
    const { userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.member, CREATE_MAILBOX, { variables: { input: { localPart: "..", customDomain: "nope", displayName: "x".repeat(101) } }, locale: "en" }),
      [cast.member.id],
      "createMailbox",
    );
    expect(userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID_LOCAL_PART", ["input", "localPart"]],
      ["INVALID_DOMAIN", ["input", "customDomain"]],
      ["INVALID_TEXT", ["input", "displayName"]],
    ]);
    expect(userErrors[1]!.message).toBe('The domain name must be a valid DNS name, e.g. "famille-dupont.fr".');
  });

  it("MBX-1: an address held by another member is refused; once deleted it can be taken again", async () => {
    const a = await aMailboxMember(db.current);
    const b = await aMailboxMember(db.current);
    const held = await aMailbox(db.current, a.id, { localPart: "bureau", domain: "dupont-associes.fr" });
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(b), CREATE_MAILBOX, { variables: { input: { localPart: "BUREAU", customDomain: "dupont-associes.fr" } } }),
      [a.id, b.id],
      "createMailbox",
    );
    expect(errors).toEqual([["ADDRESS_TAKEN", "MBX-1"]]);
    expect(userErrors[0]!.message).toBe("L'adresse bureau@dupont-associes.fr est déjà utilisée.");
    await gql(db.current, actors.member(a), DELETE_MAILBOX, { variables: { input: { mailboxId: mailboxGid(held) } } });
    const res = await gql(db.current, actors.member(b), CREATE_MAILBOX, { variables: { input: { localPart: "bureau", customDomain: "dupont-associes.fr" } } });
    expect(res.data!.createMailbox.userErrors).toEqual([]);
  });

  it("MBX-1: a custom domain belongs to the member using it: another member cannot open addresses on it", async () => {
    const a = await aMailboxMember(db.current);
    const b = await aMailboxMember(db.current);
    await aMailbox(db.current, a.id, { localPart: "contact", domain: "cabinet-a.fr" });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(b), CREATE_MAILBOX, { variables: { input: { localPart: "info", customDomain: "cabinet-a.fr" } } }),
      [a.id, b.id],
      "createMailbox",
    );
    expect(errors).toEqual([["DOMAIN_TAKEN", "MBX-1"]]);
    const own = await gql(db.current, actors.member(a), CREATE_MAILBOX, { variables: { input: { localPart: "info", customDomain: "cabinet-a.fr" } } });
    expect(refusalCodes(own, "createMailbox")).not.toContain("DOMAIN_TAKEN");
  });

  it("MBX-2: one mailbox is included: the second is refused without a pack, and nothing is written", async () => {
    const m = await aMailboxMember(db.current);
    await aMailbox(db.current, m.id);
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: "second" } } }),
      [m.id],
      "createMailbox",
    );
    expect(errors).toEqual([["MAILBOX_CAPACITY_REACHED", "MBX-2"]]);
    expect(userErrors[0]!.message).toContain("(1)");
  });

  it("MBX-2: capacity is 1 + the packs in force (+1, 5, 10); a cancelled pack no longer counts", async () => {
    const m = await aMailboxMember(db.current);
    await aPack(db.current, m.id, "PLUS_1");
    await aPack(db.current, m.id, "PACK_5");
    await aPack(db.current, m.id, "PACK_10", { cancelledAt: new Date("2026-11-10T09:00:00Z"), cancelledBy: m.id });
    for (let i = 0; i < 7; i++) {
      const res = await gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: `box${i}.${m.id.slice(0, 8)}` } } });
      expect(res.data!.createMailbox.userErrors).toEqual([]);
    }
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: `box8.${m.id.slice(0, 8)}` } }, locale: "en" }),
      [m.id],
      "createMailbox",
    );
    expect(errors).toEqual([["MAILBOX_CAPACITY_REACHED", "MBX-2"]]);
    expect(userErrors[0]!.message).toBe("Every available mailbox is in use (7). Subscribe a pack (+1, 5 or 10) to create more.");
    expect(await liveMailboxesOf(db.current, m.id)).toHaveLength(7);
  });

  it("MBX-2: deleting a mailbox frees its place, and is audited", async () => {
    const m = await aMailboxMember(db.current);
    const box = await aMailbox(db.current, m.id);
    const del = await gql(db.current, actors.member(m), DELETE_MAILBOX, { variables: { input: { mailboxId: mailboxGid(box) } } });
    expect(del.data!.deleteMailbox.mailbox).toMatchObject({ id: mailboxGid(box), deletedAt: "2026-11-26T10:00:00.000Z" });
    const [audit] = await auditRowsOf(db.current, del.requestId);
    expect(audit).toMatchObject({ operation: "deleteMailbox", onBehalfOfMemberId: m.id, targetIds: [box.id] });
    const res = await gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: `new.${m.id.slice(0, 8)}` } } });
    expect(res.data!.createMailbox.userErrors).toEqual([]);
    const again = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), DELETE_MAILBOX, { variables: { input: { mailboxId: mailboxGid(box) } } }),
      [m.id],
      "deleteMailbox",
    );
    expect(again.errors).toEqual([["MAILBOX_NOT_FOUND", "AUT-2"]]);
  });

  it("MBX-2: « Ma Messagerie Mail » comes with the option: without an option in force, no mailbox is created", async () => {
    const m = await aMember(db.current);
    await anOption(db.current, m.id, { endsAt: new Date("2026-11-20T00:00:00Z"), endReason: "MEMBER_REQUEST" });
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), CREATE_MAILBOX, { variables: { input: { localPart: "x" } } }),
      [m.id],
      "createMailbox",
    );
    expect(errors).toEqual([["OPTION_NOT_IN_FORCE", "MBX-2"]]);
  });

  it("MEM-4: a delegate creates and deletes the member's mailboxes, audited as on behalf of the member", async () => {
    const m = await aMailboxMember(db.current);
    const d = await aDelegate(db.current, m.id);
    const res = await gql(db.current, actors.delegate(d), CREATE_MAILBOX, { variables: { input: { localPart: `deleg.${m.id.slice(0, 8)}` } } });
    expect(res.data!.createMailbox.userErrors).toEqual([]);
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ actorRole: "DELEGATE", actorId: d.id, onBehalfOfMemberId: m.id });
    const del = await gql(db.current, actors.delegate(d), DELETE_MAILBOX, { variables: { input: { mailboxId: res.data!.createMailbox.mailbox.id } } });
    expect(del.data!.deleteMailbox.userErrors).toEqual([]);
  });

  it("AUT-3: the desk creates a mailbox for a member it names; without a member it is refused", async () => {
    const res = await gql(db.current, cast.as.DESK_AGENT, CREATE_MAILBOX, { variables: { input: { memberId: cast.memberGid, localPart: `desk.${cast.member.id.slice(0, 8)}` } } });
    expect(res.data!.createMailbox.userErrors).toEqual([]);
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ actorRole: "DESK_AGENT", onBehalfOfMemberId: cast.member.id });
    const del = await gql(db.current, cast.as.DESK_AGENT, DELETE_MAILBOX, { variables: { input: { mailboxId: res.data!.createMailbox.mailbox.id } } });
    expect(del.data!.deleteMailbox.userErrors).toEqual([]);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, CREATE_MAILBOX, { variables: { input: { localPart: "nobody" } } }),
      [cast.member.id],
      "createMailbox",
    );
    expect(errors).toEqual([["MEMBER_ID_REQUIRED", null]]);
  });

  it("AUT-2: another member cannot create in, or delete from, the member's mailboxes; malformed ids are not found", async () => {
    const box = await aMailbox(db.current, cast.member.id);
    const ids = [cast.member.id, cast.other.id];
    const create = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.otherMember, CREATE_MAILBOX, { variables: { input: { memberId: cast.memberGid, localPart: "intrus" } } }),
      ids,
      "createMailbox",
    );
    expect(create.errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    for (const mailboxId of [mailboxGid(box), "not-an-id", toGlobalId("Member", cast.member.id), "x".repeat(5000)]) {
      const del = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as.otherMember, DELETE_MAILBOX, { variables: { input: { mailboxId } } }),
        ids,
        "deleteMailbox",
      );
      expect(del.errors).toEqual([["MAILBOX_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s cannot create or delete mailboxes, and nothing is written", async (who) => {
    const box = await aMailbox(db.current, cast.member.id);
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], CREATE_MAILBOX, { variables: { input: { memberId: cast.memberGid, localPart: "refused" } } }), [
      cast.member.id,
    ]);
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], DELETE_MAILBOX, { variables: { input: { mailboxId: mailboxGid(box) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot create or delete mailboxes", async () => {
    const box = await aMailbox(db.current, cast.member.id);
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, CREATE_MAILBOX, { variables: { input: { memberId: cast.memberGid, localPart: "anon" } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, DELETE_MAILBOX, { variables: { input: { mailboxId: mailboxGid(box) } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
  });
});

describe("subscribeMailboxPack and cancelMailboxPack", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    await anOption(db.current, cast.member.id);
  });

  it.each([
    ["PLUS_1", 1, 1200, 1000, 2],
    ["PACK_5", 5, 5500, 4583, 6],
    ["PACK_10", 10, 10500, 8750, 11],
  ] as const)("MBX-2: subscribing %s adds %i mailboxes at %i cents TTC a month (HT %i); capacity becomes %i", async (pack, extra, ttc, ht, capacity) => {
    const m = await aMailboxMember(db.current);
    const res = await gql(db.current, actors.member(m), SUBSCRIBE_PACK, { variables: { input: { pack } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.subscribeMailboxPack).toMatchObject({
      pack: { pack, extraMailboxes: extra, monthlyPriceTtcCents: ttc, monthlyPriceHtCents: ht, subscribedAt: "2026-11-26T10:00:00.000Z", cancelledAt: null },
      capacity,
      userErrors: [],
    });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "subscribeMailboxPack", onBehalfOfMemberId: m.id, details: { pack } });
  });

  it("MBX-2: without an option in force, no pack is subscribed", async () => {
    const m = await aMember(db.current);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), SUBSCRIBE_PACK, { variables: { input: { pack: "PACK_5" } } }),
      [m.id],
      "subscribeMailboxPack",
    );
    expect(errors).toEqual([["OPTION_NOT_IN_FORCE", "MBX-2"]]);
  });

  it("MBX-2: cancelling a pack is refused while it would leave more mailboxes than the capacity, then allowed once enough are deleted", async () => {
    const m = await aMailboxMember(db.current);
    const pack = await aPack(db.current, m.id, "PACK_5");
    const boxes = [];
    for (let i = 0; i < 3; i++) boxes.push(await aMailbox(db.current, m.id));
    const { errors, userErrors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), CANCEL_PACK, { variables: { input: { packId: packGid(pack) } } }),
      [m.id],
      "cancelMailboxPack",
    );
    expect(errors).toEqual([["PACK_IN_USE", "MBX-2"]]);
    expect(userErrors[0]!.message).toBe("Résilier ce pack laisserait 3 boîtes mail pour 1 autorisées : supprimez d'abord 2 boîte(s).");
    for (const box of boxes.slice(1)) await gql(db.current, actors.member(m), DELETE_MAILBOX, { variables: { input: { mailboxId: mailboxGid(box) } } });
    const res = await gql(db.current, actors.member(m), CANCEL_PACK, { variables: { input: { packId: packGid(pack) } } });
    expect(res.data!.cancelMailboxPack).toMatchObject({ pack: { id: packGid(pack), cancelledAt: "2026-11-26T10:00:00.000Z" }, capacity: 1, userErrors: [] });
    const [row] = await db.current.db.select().from(mailboxPacks).where(eq(mailboxPacks.id, pack.id));
    expect(row).toMatchObject({ cancelledBy: m.id });
    const [audit] = await auditRowsOf(db.current, res.requestId);
    expect(audit).toMatchObject({ operation: "cancelMailboxPack", onBehalfOfMemberId: m.id, targetIds: [pack.id] });
    const again = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, actors.member(m), CANCEL_PACK, { variables: { input: { packId: packGid(pack) } } }),
      [m.id],
      "cancelMailboxPack",
    );
    expect(again.errors).toEqual([["PACK_NOT_FOUND", "AUT-2"]]);
  });

  it("MBX-2: a pack whose mailboxes still fit in the remaining capacity is cancelled at once", async () => {
    const m = await aMailboxMember(db.current);
    const small = await aPack(db.current, m.id, "PLUS_1");
    await aPack(db.current, m.id, "PACK_5");
    for (let i = 0; i < 6; i++) await aMailbox(db.current, m.id);
    const res = await gql(db.current, actors.member(m), CANCEL_PACK, { variables: { input: { packId: packGid(small) } } });
    expect(res.data!.cancelMailboxPack).toMatchObject({ capacity: 6, userErrors: [] });
  });

  it("MEM-4: the delegate subscribes and cancels packs for the member (billed to the member), audited as the delegate", async () => {
    const sub = await gql(db.current, cast.as.delegate, SUBSCRIBE_PACK, { variables: { input: { pack: "PLUS_1" } } });
    expect(sub.data!.subscribeMailboxPack.userErrors).toEqual([]);
    const [audit] = await auditRowsOf(db.current, sub.requestId);
    expect(audit).toMatchObject({ actorRole: "DELEGATE", actorId: cast.delegate.id, onBehalfOfMemberId: cast.member.id });
    const cancel = await gql(db.current, cast.as.delegate, CANCEL_PACK, { variables: { input: { packId: sub.data!.subscribeMailboxPack.pack.id } } });
    expect(cancel.data!.cancelMailboxPack.userErrors).toEqual([]);
  });

  it("AUT-3: the desk subscribes and cancels a pack for a member it names; without a member it is refused", async () => {
    const sub = await gql(db.current, cast.as.DESK_AGENT, SUBSCRIBE_PACK, { variables: { input: { memberId: cast.memberGid, pack: "PACK_10" } } });
    expect(sub.data!.subscribeMailboxPack.userErrors).toEqual([]);
    const cancel = await gql(db.current, cast.as.DESK_AGENT, CANCEL_PACK, { variables: { input: { packId: sub.data!.subscribeMailboxPack.pack.id } } });
    expect(cancel.data!.cancelMailboxPack.userErrors).toEqual([]);
    const { errors } = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.DESK_AGENT, SUBSCRIBE_PACK, { variables: { input: { pack: "PACK_10" } } }),
      [cast.member.id],
      "subscribeMailboxPack",
    );
    expect(errors).toEqual([["MEMBER_ID_REQUIRED", null]]);
  });

  it("AUT-2: another member can neither subscribe for the member nor cancel the member's pack", async () => {
    const pack = await aPack(db.current, cast.member.id, "PACK_5");
    const ids = [cast.member.id, cast.other.id];
    const sub = await expectRefusedAsUserError(
      db.current,
      () => gql(db.current, cast.as.otherMember, SUBSCRIBE_PACK, { variables: { input: { memberId: cast.memberGid, pack: "PLUS_1" } } }),
      ids,
      "subscribeMailboxPack",
    );
    expect(sub.errors).toEqual([["MEMBER_NOT_FOUND", "AUT-2"]]);
    for (const packId of [packGid(pack), "garbage", mailboxGid(pack)]) {
      const cancel = await expectRefusedAsUserError(
        db.current,
        () => gql(db.current, cast.as.otherMember, CANCEL_PACK, { variables: { input: { packId } } }),
        ids,
        "cancelMailboxPack",
      );
      expect(cancel.errors).toEqual([["PACK_NOT_FOUND", "AUT-2"]]);
    }
  });

  it.each(SHIELD_REFUSED_ROLES)("AUT-1: %s cannot subscribe or cancel packs, and nothing is written", async (who) => {
    const pack = await aPack(db.current, cast.member.id, "PLUS_1");
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], SUBSCRIBE_PACK, { variables: { input: { memberId: cast.memberGid, pack: "PLUS_1" } } }), [
      cast.member.id,
    ]);
    await expectRefusedByShield(db.current, () => gql(db.current, cast.as[who], CANCEL_PACK, { variables: { input: { packId: packGid(pack) } } }), [cast.member.id]);
  });

  it("AUT-1: an anonymous caller cannot subscribe or cancel packs", async () => {
    const pack = await aPack(db.current, cast.member.id, "PLUS_1");
    await expectRefusedByShield(
      db.current,
      () => gql(db.current, null, SUBSCRIBE_PACK, { variables: { input: { memberId: cast.memberGid, pack: "PLUS_1" } } }),
      [cast.member.id],
      "UNAUTHENTICATED",
    );
    await expectRefusedByShield(db.current, () => gql(db.current, null, CANCEL_PACK, { variables: { input: { packId: packGid(pack) } } }), [cast.member.id], "UNAUTHENTICATED");
  });
});
