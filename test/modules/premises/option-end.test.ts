import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { optionSubscriptions } from "../../../db/schema/index.js";
import { gql, refusalCodes } from "../../support/api.js";
import { auditRowsOf } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aLine, aMember, actors, anAddress, anOption, type MemberRow } from "../../support/factories.js";
import { REMOVE_ADDRESS, REMOVE_LINE, addressGid, lineGid } from "./premises.support.js";

describe("OPT-3: the option ends by itself with the last eligible line", () => {
  const db = useTestDatabase();
  let member: MemberRow;
  beforeAll(async () => {
    member = await aMember(db.current);
  });

  const optionRow = async (id: string) => (await db.current.db.select().from(optionSubscriptions).where(eq(optionSubscriptions.id, id)))[0]!;

  /** A fresh member with the option in force. */
  async function subscribed() {
    const m = await aMember(db.current);
    const option = await anOption(db.current, m.id);
    return { m, option };
  }

  it("OPT-3: removing a line while another eligible line remains leaves the option in force", async () => {
    const { m, option } = await subscribed();
    const main = await anAddress(db.current, m.id);
    const first = await aLine(db.current, main);
    await aLine(db.current, main, { technology: "ADSL" });
    const res = await gql(db.current, actors.member(m), REMOVE_LINE, { variables: { input: { lineId: lineGid(first) } } });
    expect(res.data!.removeInternetLine).toMatchObject({ optionEnded: false, userErrors: [] });
    expect(await optionRow(option.id)).toMatchObject({ endsAt: null, endReason: null });
    expect((await auditRowsOf(db.current, res.requestId)).map((r) => r.operation)).toEqual(["removeInternetLine"]);
  });

  it("OPT-3: removing the last eligible line ends the option at once, in the same transaction and request", async () => {
    const { m, option } = await subscribed();
    const main = await anAddress(db.current, m.id);
    const eligible = await aLine(db.current, main);
    await aLine(db.current, main, { operator: "THIRD_PARTY" });
    const ok = await gql(db.current, actors.member(m), REMOVE_LINE, { variables: { input: { lineId: lineGid(eligible) } } });
    expect(ok.data!.removeInternetLine).toMatchObject({ optionEnded: true, userErrors: [] });
    expect(await optionRow(option.id)).toMatchObject({ endsAt: new Date("2026-11-26T10:00:00Z"), endReason: "NO_ELIGIBLE_LINE" });
    const audit = await auditRowsOf(db.current, ok.requestId);
    expect(audit.map((r) => r.operation).sort()).toEqual(["optionEndedAutomatically", "removeInternetLine"]);
    expect(audit.find((r) => r.operation === "optionEndedAutomatically")).toMatchObject({
      onBehalfOfMemberId: m.id,
      targetIds: [option.id],
      details: { reason: "NO_ELIGIBLE_LINE" },
    });
  });

  it("OPT-3: removing an ineligible line never ends the option", async () => {
    const { m, option } = await subscribed();
    const main = await anAddress(db.current, m.id);
    await aLine(db.current, main);
    const router = await aLine(db.current, main, { technology: "ROUTER_4G" });
    const res = await gql(db.current, actors.member(m), REMOVE_LINE, { variables: { input: { lineId: lineGid(router) } } });
    expect(res.data!.removeInternetLine.optionEnded).toBe(false);
    expect((await optionRow(option.id)).endsAt).toBeNull();
  });

  it("OPT-3: removing the address that holds the last eligible line removes its lines and ends the option", async () => {
    const { m, option } = await subscribed();
    const main = await anAddress(db.current, m.id);
    const site = await anAddress(db.current, m.id, { kind: "EXTRA_SITE" });
    const a = await aLine(db.current, site);
    const b = await aLine(db.current, site, { offer: "PRO_INTERNET" });
    await aLine(db.current, main, { offer: "FIXED_ONLY" });
    const res = await gql(db.current, actors.member(m), REMOVE_ADDRESS, { variables: { input: { addressId: addressGid(site) } } });
    expect(res.data!.removeAddress.optionEnded).toBe(true);
    expect(res.data!.removeAddress.removedLines.map((l: { id: string }) => l.id).sort()).toEqual([lineGid(a), lineGid(b)].sort());
    expect(await optionRow(option.id)).toMatchObject({ endReason: "NO_ELIGIBLE_LINE" });
    expect((await auditRowsOf(db.current, res.requestId)).map((r) => r.operation).sort()).toEqual(["optionEndedAutomatically", "removeAddress"]);
  });

  it("OPT-3: removing an address while another address keeps an eligible line leaves the option in force", async () => {
    const { m, option } = await subscribed();
    const main = await anAddress(db.current, m.id);
    const site = await anAddress(db.current, m.id, { kind: "EXTRA_SITE" });
    await aLine(db.current, main);
    await aLine(db.current, site);
    const res = await gql(db.current, actors.member(m), REMOVE_ADDRESS, { variables: { input: { addressId: addressGid(site) } } });
    expect(res.data!.removeAddress).toMatchObject({ optionEnded: false, userErrors: [] });
    expect((await optionRow(option.id)).endsAt).toBeNull();
  });

  it("OPT-3: a refused removal (another member's line) ends nothing", async () => {
    const { m, option } = await subscribed();
    const line = await aLine(db.current, await anAddress(db.current, m.id));
    const res = await gql(db.current, actors.member(member), REMOVE_LINE, { variables: { input: { lineId: lineGid(line) } } });
    expect(refusalCodes(res, "removeInternetLine")).toEqual(["LINE_NOT_FOUND"]);
    expect((await optionRow(option.id)).endsAt).toBeNull();
  });
});
