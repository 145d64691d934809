import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { IDEMPOTENCY_REQUIRED_MUTATIONS } from "../../../src/platform/idempotency/index.js";
import { buildAppSchema } from "../../../src/schema.js";
import { errorCodes, gql, payloadOf } from "../../support/api.js";
import { countRows } from "../../support/assertions.js";
import { useTestDatabase } from "../../support/db.js";
import { aCast } from "../../support/factories.js";
import { auditLog } from "../../../db/schema/index.js";

const RECORD_PAYMENT = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code rule } } }`;

describe("IDEM: the mutations that book or bill require a key", () => {
  const db = useTestDatabase();
  let cast: Awaited<ReturnType<typeof aCast>>;
  beforeAll(async () => {
    cast = await aCast(db.current);
  });

  it("IDEM: every name of the required list is a mutation of the schema, and the list covers booking and billing", async () => {
    const mutations = (await buildAppSchema()).getMutationType()!.getFields();
    for (const name of IDEMPOTENCY_REQUIRED_MUTATIONS) expect(Object.keys(mutations), name).toContain(name);
    expect(new Set(IDEMPOTENCY_REQUIRED_MUTATIONS).size).toBe(IDEMPOTENCY_REQUIRED_MUTATIONS.length);
    // Every payment-recording mutation is in the list (issue 13: "payments").
    const payments = Object.keys(mutations).filter((n) => /^record\w*Payment$/.test(n));
    expect(payments.length).toBeGreaterThan(0);
    for (const name of payments) expect(IDEMPOTENCY_REQUIRED_MUTATIONS as readonly string[]).toContain(name);
  });

  it("IDEM: in-process too, a required mutation without a key is refused IDEMPOTENCY_KEY_REQUIRED before anything runs; with one it runs", async () => {
    const audits = await countRows(db.current, auditLog);
    const input = {
      invoiceId: "SW52b2ljZTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA",
      amountCents: 100,
      method: "TRANSFER",
      outcome: "SUCCEEDED",
      receivedOn: "2026-11-20",
      reference: "VIR-1",
    };
    const refused = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, { variables: { input }, idempotencyKey: null });
    expect(errorCodes(refused)).toEqual(["IDEMPOTENCY_KEY_REQUIRED"]);
    expect(refused.data).toBeUndefined();
    const english = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, { variables: { input }, idempotencyKey: null, locale: "en" });
    expect(english.errors![0]!.message).toMatch(/^This mutation books or bills/);
    const run = await gql(db.current, cast.as.BILLING, RECORD_PAYMENT, { variables: { input }, idempotencyKey: randomUUID() });
    // It executed: the service answered (the invoice does not exist), not the idempotency check.
    expect(run.errors, JSON.stringify(run.errors)).toBeUndefined();
    expect(payloadOf(run, "recordPayment").userErrors.length).toBeGreaterThan(0);
    expect(await countRows(db.current, auditLog)).toBe(audits);
  });

  it("IDEM: a mutation outside the list runs without a key, and an anonymous caller gets the permission refusal, not a key error", async () => {
    const other = await gql(db.current, cast.as.member, `mutation { removeDevice(input: { deviceId: "x" }) { userErrors { code } } }`, { idempotencyKey: null });
    expect(errorCodes(other)).not.toContain("IDEMPOTENCY_KEY_REQUIRED");
    const anonymous = await gql(db.current, null, RECORD_PAYMENT, {
      variables: { input: { invoiceId: "x", amountCents: 1, method: "TRANSFER", outcome: "SUCCEEDED", receivedOn: "2026-11-20", reference: "VIR-1" } },
      idempotencyKey: null,
    });
    expect(errorCodes(anonymous)).not.toContain("IDEMPOTENCY_KEY_REQUIRED");
    expect(errorCodes(anonymous).length).toBeGreaterThan(0);
  });
});
