import { beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { WEEKDAY_10H, aScene, bookingInput, gid, usedInterventions } from "./support.js";

const PRICE = `price { totals { htCents vatCents ttcCents } totalHtCents vatCents totalCents }`;
const QUOTE = `query($input: InterventionQuoteInput!) { interventionQuote(input: $input) { quote { priceToAcceptCents ${PRICE} } userErrors { code } } }`;
const BOOK = `mutation($input: BookHomeInterventionInput!) { bookHomeIntervention(input: $input) { intervention { id ${PRICE} } userErrors { code } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Intervention { ${PRICE} } } }`;

type PriceView = { totals: { htCents: number; vatCents: number; ttcCents: number }; totalHtCents: number; vatCents: number; totalCents: number };

/** InterventionPrice.totals carries exactly the deprecated fields' figures, and HT + VAT = TTC. */
function expectOneShape(price: PriceView) {
  expect(price.totals).toEqual({ htCents: price.totalHtCents, vatCents: price.vatCents, ttcCents: price.totalCents });
  expect(price.totals.htCents + price.totals.vatCents).toBe(price.totals.ttcCents);
}

describe("InterventionPrice.totals: the API's one money shape (INT-3, § 10)", () => {
  const db = useTestDatabase();
  let scene: Awaited<ReturnType<typeof aScene>>;
  /** Tuesday 10:00, one hour, beyond the 15: travel 100.00 + first hour 120.00 = 220.00 TTC. */
  const slot = { kind: "TECHNICIAN", startsAt: WEEKDAY_10H, durationMinutes: 60 };
  beforeAll(async () => {
    scene = await aScene(db.current);
    await usedInterventions(db.current, scene, 15);
  });

  it("INT-3: a quote beyond the 15 shows 220.00 TTC = 183.33 HT + 36.67 VAT, the same figures as the deprecated fields", async () => {
    const res = await gql(db.current, scene.as.member, QUOTE, { variables: { input: slot } });
    expect(res.errors).toBeUndefined();
    const { price, priceToAcceptCents } = res.data!.interventionQuote.quote;
    expect(price.totals).toEqual({ htCents: 18_333, vatCents: 3_667, ttcCents: 22_000 });
    expect(priceToAcceptCents).toBe(price.totals.ttcCents);
    expectOneShape(price);
  });

  it("INT-3: the booked intervention keeps that price; the member and the desk read its totals, another member reads nothing", async () => {
    const booked = await gql(db.current, scene.as.DESK_AGENT, BOOK, {
      variables: { input: bookingInput(scene, { durationMinutes: 60, acceptedPriceCents: 22_000 }) },
    });
    expect(booked.data!.bookHomeIntervention.userErrors).toEqual([]);
    const { id, price } = booked.data!.bookHomeIntervention.intervention;
    expect(price.totals).toEqual({ htCents: 18_333, vatCents: 3_667, ttcCents: 22_000 });
    expectOneShape(price);
    for (const who of ["member", "delegate", "DESK_AGENT", "TECHNICIAN"] as const) {
      const res = await gql(db.current, scene.as[who], NODE, { variables: { id } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node.price).toEqual(price);
    }
    for (const who of ["otherMember", "payer", "BILLING"] as const) {
      expect((await gql(db.current, scene.as[who], NODE, { variables: { id } })).data!.node).toBeNull();
    }
  });

  it("INT-3: within the 15 the totals are all zero", async () => {
    const fresh = await aScene(db.current);
    const res = await gql(db.current, fresh.as.member, QUOTE, { variables: { input: slot } });
    expect(res.data!.interventionQuote.quote.price.totals).toEqual({ htCents: 0, vatCents: 0, ttcCents: 0 });
    expectOneShape(res.data!.interventionQuote.quote.price);
  });

  it.each(["payer", "TECHNICIAN", "BILLING", "CONCIERGE_PARTNER", "PRIVACY_OFFICER"] as const)(
    "INT-3: %s may not ask for a quote, so reads no InterventionPrice.totals",
    async (who) => {
      const input = who === "payer" ? slot : { ...slot, memberId: gid.member(scene.member) };
      const res = await gql(db.current, scene.as[who], QUOTE, { variables: { input } });
      expect(res.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    },
  );
});
