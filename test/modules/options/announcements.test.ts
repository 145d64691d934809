import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { announcements, auditLog } from "../../../db/schema/index.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { toGlobalId } from "../../../src/shared/relay.js";
import { errorCodes, gql, refusalCodes, refusals } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast, aDelegate, aMember, actors, anOption } from "../../support/factories.js";
import { givePremises } from "./support.js";

const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) {
  announcement { id kind title effectiveOn personal } userErrors { code rule field message } } }`;
const LIST = `query($first: Int!, $after: String) { announcements(first: $first, after: $after) {
  edges { node { title kind personal } } pageInfo { hasNextPage endCursor } } }`;

// 26 November 2026, 23:30 UTC: already 00:30 on the 27th in Paris.
const clock = () => new ManualClock("2026-11-26T23:30:00Z");

describe("announcements (OPT-6)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  let holder: Awaited<ReturnType<typeof aMember>>;
  let nonHolder: Awaited<ReturnType<typeof aMember>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
    holder = await aMember(db.current);
    await givePremises(db.current, holder.id);
    await anOption(db.current, holder.id);
    nonHolder = await aMember(db.current);
  });

  const publish = (input: Record<string, unknown>, locale: "fr" | "en" = "fr") => gql(db.current, cast.as.DESK_AGENT, PUBLISH, { variables: { input }, clock: clock(), locale });
  const countRows = async () => (await db.current.db.select().from(announcements)).length;

  it("OPT-6: a price change needs one month's notice, counted from the Paris date of the announcement", async () => {
    const before = await countRows();
    const early = await publish({ kind: "PRICE_CHANGE", title: "Nouveau tarif", body: "95 € TTC", effectiveOn: "2026-12-26" });
    expect(early.data!.publishAnnouncement.userErrors).toEqual([
      {
        code: "NOTICE_TOO_SHORT",
        rule: "OPT-6",
        field: ["input", "effectiveOn"],
        message: "Préavis insuffisant : une modification de prix doit être annoncée au moins 1 mois à l'avance (au plus tôt le 2026-12-27).",
      },
    ]);
    expect(await countRows()).toBe(before);
    const ok = await publish({ kind: "PRICE_CHANGE", title: "Nouveau tarif", body: "95 € TTC", effectiveOn: "2026-12-27" });
    expect(ok.data!.publishAnnouncement).toMatchObject({ userErrors: [], announcement: { kind: "PRICE_CHANGE", effectiveOn: "2026-12-27", personal: false } });
    expect(await countRows()).toBe(before + 1);
  });

  it("OPT-6: removing a service needs three months' notice; characteristics one month", async () => {
    const removal = await publish({ kind: "SERVICE_REMOVAL", title: "Fin du salon", body: "…", effectiveOn: "2027-02-26" }, "en");
    expect(refusals(removal, "publishAnnouncement")).toEqual([["NOTICE_TOO_SHORT", "OPT-6"]]);
    expect(removal.data!.publishAnnouncement.userErrors[0].message).toContain("service removal must be announced at least 3 month(s) ahead");
    expect((await publish({ kind: "SERVICE_REMOVAL", title: "Fin du salon", body: "…", effectiveOn: "2027-02-27" })).data!.publishAnnouncement.userErrors).toEqual([]);
    expect((await publish({ kind: "CHARACTERISTIC_CHANGE", title: "Coach", body: "…", effectiveOn: "2026-12-20" })).data!.publishAnnouncement.userErrors[0].code).toBe(
      "NOTICE_TOO_SHORT",
    );
  });

  it("OPT-6: empty texts and unknown members are refused with every problem listed", async () => {
    const res = await publish({ kind: "PRICE_CHANGE", title: " ", body: "", effectiveOn: "2027-06-01", memberId: "nope" });
    expect(refusalCodes(res, "publishAnnouncement")).toEqual(["INVALID_TEXT", "INVALID_TEXT", "MEMBER_NOT_FOUND"]);
  });

  it("OPT-6: option holders and their delegate see general announcements; a personal one only reaches its member", async () => {
    await publish({ kind: "CHARACTERISTIC_CHANGE", title: "Pour le détenteur seulement", body: "…", effectiveOn: "2027-03-01", memberId: toGlobalId("Member", holder.id) });
    const titles = async (actor: Parameters<typeof gql>[1]) => {
      const res = await gql(db.current, actor, LIST, { variables: { first: 50 }, clock: clock() });
      expect(res.errors).toBeUndefined();
      return res.data!.announcements.edges.map((e: any) => e.node.title);
    };
    const holderSees = await titles(actors.member(holder));
    expect(holderSees).toContain("Nouveau tarif");
    expect(holderSees).toContain("Pour le détenteur seulement");
    const delegate = await aDelegate(db.current, holder.id);
    expect(await titles(actors.delegate(delegate))).toEqual(holderSees);
    expect(await titles(actors.member(nonHolder))).toEqual([]);
    expect(await titles(cast.as.DESK_AGENT)).toEqual(expect.arrayContaining(holderSees));
  });

  it("OPT-6: pages newest first with cursors", async () => {
    const first = await gql(db.current, cast.as.DESK_AGENT, LIST, { variables: { first: 2 }, clock: clock() });
    expect(first.data!.announcements.pageInfo.hasNextPage).toBe(true);
    const next = await gql(db.current, cast.as.DESK_AGENT, LIST, { variables: { first: 50, after: first.data!.announcements.pageInfo.endCursor }, clock: clock() });
    const all = await gql(db.current, cast.as.DESK_AGENT, LIST, { variables: { first: 50 }, clock: clock() });
    expect([...first.data!.announcements.edges, ...next.data!.announcements.edges]).toEqual(all.data!.announcements.edges);
  });

  it("AUT-4: publishing is audited with the desk agent", async () => {
    const res = await publish({ kind: "PRICE_CHANGE", title: "Audit", body: "…", effectiveOn: "2027-06-01" });
    const rows = await db.current.db.select().from(auditLog).where(eq(auditLog.requestId, res.requestId));
    expect(rows).toMatchObject([{ operation: "publishAnnouncement", actorRole: "DESK_AGENT" }]);
  });

  it.each(["member", "delegate", "payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "AUT-1: %s may not publish an announcement; nothing is written",
    async (who) => {
      const before = await countRows();
      const res = await gql(db.current, cast.as[who], PUBLISH, {
        variables: { input: { kind: "PRICE_CHANGE", title: "x", body: "y", effectiveOn: "2030-01-01" } },
        clock: clock(),
      });
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      expect(await countRows()).toBe(before);
    },
  );

  it.each(["payer", "COACH", "TECHNICIAN", "COMMITTEE", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("AUT-1: %s may not list announcements", async (who) => {
    expect(errorCodes(await gql(db.current, cast.as[who], LIST, { variables: { first: 5 } }))).toEqual(["FORBIDDEN"]);
  });

  it("AUT-1: anonymous callers may neither list nor publish", async () => {
    expect(errorCodes(await gql(db.current, null, LIST, { variables: { first: 5 } }))).toEqual(["UNAUTHENTICATED"]);
  });
});
