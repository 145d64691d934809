import { beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { NOW, at } from "./tariffs.support.js";

const TARIFF = `code price { htCents vatCents ttcCents } htCents vatCents ttcCents`;
const TARIFFS = `{ tariffs { ${TARIFF} } }`;
const HISTORY = `query($code: TariffCode!) { tariffHistory(code: $code) { ${TARIFF} } }`;
const SCHEDULE = `mutation($input: ScheduleTariffChangeInput!) { scheduleTariffChange(input: $input) { tariff { ${TARIFF} } userErrors { code } } }`;

type TariffView = { code: string; price: { htCents: number; vatCents: number; ttcCents: number }; htCents: number; vatCents: number; ttcCents: number };

/** Tariff.price carries exactly the deprecated fields' figures, and HT + VAT = TTC. */
function expectOneShape(tariff: TariffView) {
  expect(tariff.price).toEqual({ htCents: tariff.htCents, vatCents: tariff.vatCents, ttcCents: tariff.ttcCents });
  expect(tariff.price.htCents + tariff.price.vatCents).toBe(tariff.price.ttcCents);
}

describe("Tariff.price: the API's one money shape (BIL-10, § 10)", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it.each(["member", "delegate", "DESK_AGENT", "BILLING"] as const)(
    "BIL-10: %s reads Tariff.price, equal to the deprecated fields; pack 5 at 55.00 TTC = 45.83 HT + 9.17 VAT",
    async (who) => {
      const res = await gql(db.current, cast.as[who], TARIFFS);
      expect(res.errors).toBeUndefined();
      const list = res.data!.tariffs as TariffView[];
      expect(list).toHaveLength(12);
      list.forEach(expectOneShape);
      expect(list.find((t) => t.code === "MAILBOX_PACK_5")!.price).toEqual({ htCents: 4_583, vatCents: 917, ttcCents: 5_500 });
      expect(list.find((t) => t.code === "TRAVEL")!.price).toEqual({ htCents: 8_333, vatCents: 1_667, ttcCents: 10_000 });
    },
  );

  it("BIL-10: the history and a scheduled change answer with Tariff.price too (95.00 TTC = 79.17 HT + 15.83 VAT)", async () => {
    const scheduled = await gql(db.current, cast.as.BILLING, SCHEDULE, { variables: { input: { code: "OPTION", ttcCents: 9_500, effectiveOn: "2026-12-26" } }, clock: at(NOW) });
    expect(scheduled.data!.scheduleTariffChange.userErrors).toEqual([]);
    expect(scheduled.data!.scheduleTariffChange.tariff.price).toEqual({ htCents: 7_917, vatCents: 1_583, ttcCents: 9_500 });
    expectOneShape(scheduled.data!.scheduleTariffChange.tariff);
    const history = (await gql(db.current, cast.as.BILLING, HISTORY, { variables: { code: "OPTION" } })).data!.tariffHistory as TariffView[];
    expect(history.map((t) => t.price.ttcCents)).toEqual([9_000, 9_500]);
    history.forEach(expectOneShape);
  });

  it.each(["payer", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)("BIL-10: %s may not read Tariff.price", async (who) => {
    const res = await gql(db.current, cast.as[who], TARIFFS);
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
  });

  it("BIL-10: a member may not read the price history, new field included", async () => {
    const res = await gql(db.current, cast.as.member, HISTORY, { variables: { code: "OPTION" } });
    expect(res.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
  });
});
