import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidTokenError, createTokenVerifier } from "../../src/authz/tokens.js";

describe("production identity: tokens verified against the provider's JWKS", () => {
  let server: Server;
  let url: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  beforeAll(async () => {
    keys = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const auth = () => ({ issuer: "https://idp.example", audience: "parnasse-partner-api", key: { kind: "jwks" as const, url } });
  const sign = (key: Parameters<SignJWT["sign"]>[0], kid = "k1") =>
    new SignJWT({ role: "BILLING" })
      .setProtectedHeader({ alg: "RS256", kid })
      .setSubject("00000000-0000-4000-8000-000000000305")
      .setIssuer("https://idp.example")
      .setAudience("parnasse-partner-api")
      .setExpirationTime("5m")
      .sign(key);

  it("AUT-1: a token signed by the provider's key is accepted", async () => {
    const actor = await createTokenVerifier(auth())(await sign(keys.privateKey));
    expect(actor).toEqual({ kind: "staff", role: "BILLING", subjectId: "00000000-0000-4000-8000-000000000305" });
  });

  it("AUT-1: a token signed by another key, or an HS256 token, is refused", async () => {
    const other = await generateKeyPair("RS256");
    const verify = createTokenVerifier(auth());
    await expect(verify(await sign(other.privateKey))).rejects.toBeInstanceOf(InvalidTokenError);
    const hs = await new SignJWT({ role: "BILLING" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("00000000-0000-4000-8000-000000000305")
      .setIssuer("https://idp.example")
      .setAudience("parnasse-partner-api")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode("x".repeat(40)));
    await expect(verify(hs)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
