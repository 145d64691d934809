import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { Config } from "../../src/config.js";
import { InvalidTokenError, createTokenVerifier, mintToken } from "../../src/authz/tokens.js";

const auth: Config["auth"] = {
  issuer: "https://auth.test.local",
  audience: "parnasse-test-api",
  key: { kind: "hs256", secret: "unit-test-secret-0123456789-abcdefghij" },
};
const verify = createTokenVerifier(auth);

const SUBJECT = "0b7a3c1e-2f4d-4a5b-8c6d-7e8f9a0b1c2d";
const MEMBER = "5f0e9d8c-7b6a-4594-8372-615049382716";
const now = () => Math.floor(Date.now() / 1000);

interface Craft {
  claims?: Record<string, unknown>;
  sub?: string | null;
  issuer?: string;
  audience?: string;
  exp?: number | null;
  secret?: string;
}

/** Signs an HS256 token; every field defaults to a valid value so one thing can be broken at a time. */
function craft(options: Craft = {}): Promise<string> {
  const jwt = new SignJWT(options.claims ?? { role: "MEMBER", member_id: MEMBER })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(options.issuer ?? auth.issuer)
    .setAudience(options.audience ?? auth.audience)
    .setIssuedAt();
  if (options.sub !== null) jwt.setSubject(options.sub ?? SUBJECT);
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 600);
  const secret = options.secret ?? (auth.key.kind === "hs256" ? auth.key.secret : "");
  return jwt.sign(new TextEncoder().encode(secret));
}

async function expectInvalid(token: string): Promise<void> {
  await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
}

describe("createTokenVerifier (hs256)", () => {
  it("turns a valid MEMBER token into a member-scoped actor", async () => {
    const token = await mintToken(auth, { role: "MEMBER", subjectId: SUBJECT, memberId: MEMBER });
    await expect(verify(token)).resolves.toEqual({ kind: "member-scoped", role: "MEMBER", subjectId: SUBJECT, memberId: MEMBER });
  });

  it("turns DELEGATE and PAYER tokens into member-scoped actors", async () => {
    for (const role of ["DELEGATE", "PAYER"] as const) {
      const token = await mintToken(auth, { role, subjectId: SUBJECT, memberId: MEMBER });
      await expect(verify(token)).resolves.toEqual({ kind: "member-scoped", role, subjectId: SUBJECT, memberId: MEMBER });
    }
  });

  it("turns a staff role into a staff actor", async () => {
    const token = await mintToken(auth, { role: "DESK_AGENT", subjectId: SUBJECT });
    await expect(verify(token)).resolves.toEqual({ kind: "staff", role: "DESK_AGENT", subjectId: SUBJECT });
  });

  it("accepts a token crafted with the same claims as mintToken", async () => {
    await expect(verify(await craft())).resolves.toMatchObject({ kind: "member-scoped", memberId: MEMBER });
  });

  it("AUT-1: rejects an expired token", async () => {
    await expectInvalid(await craft({ exp: now() - 3600 }));
  });

  it("AUT-1: rejects a token minted as already expired by mintToken", async () => {
    const token = await mintToken(auth, { role: "COACH", subjectId: SUBJECT, expiresIn: "-1h" });
    await expectInvalid(token);
  });

  it("AUT-1: rejects a token for another audience", async () => {
    await expectInvalid(await craft({ audience: "another-api" }));
  });

  it("AUT-1: rejects a token from another issuer", async () => {
    await expectInvalid(await craft({ issuer: "https://evil.example.com" }));
  });

  it("AUT-1: rejects a token signed with another secret", async () => {
    await expectInvalid(await craft({ secret: "some-other-secret-0123456789-abcdefghij" }));
  });

  it("AUT-1: rejects an unsigned alg:none token", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ sub: SUBJECT, role: "COMMITTEE", iss: auth.issuer, aud: auth.audience, iat: now(), exp: now() + 600 })).toString("base64url");
    await expectInvalid(`${header}.${payload}.`);
  });

  it("AUT-1: rejects a valid token whose payload was tampered with (role escalated)", async () => {
    const [header, , signature] = (await craft()).split(".");
    const payload = Buffer.from(JSON.stringify({ sub: SUBJECT, role: "COMMITTEE", iss: auth.issuer, aud: auth.audience, iat: now(), exp: now() + 600 })).toString("base64url");
    await expectInvalid(`${header}.${payload}.${signature}`);
  });

  it("AUT-1: rejects a valid signature re-labelled with alg:none", async () => {
    const [, payload, signature] = (await craft()).split(".");
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    await expectInvalid(`${header}.${payload}.${signature}`);
  });

  it("AUT-1: rejects a token without exp", async () => {
    await expectInvalid(await craft({ exp: null }));
  });

  it("AUT-1: rejects an unknown role", async () => {
    await expectInvalid(await craft({ claims: { role: "ADMIN" } }));
  });

  it("AUT-1: rejects a token without role", async () => {
    await expectInvalid(await craft({ claims: { member_id: MEMBER } }));
  });

  it("AUT-1: rejects a non-UUID subject", async () => {
    await expectInvalid(await craft({ sub: "alice" }));
  });

  it("AUT-1: rejects a token without subject", async () => {
    await expectInvalid(await craft({ sub: null }));
  });

  it("AUT-1: rejects a non-UUID member_id", async () => {
    await expectInvalid(await craft({ claims: { role: "MEMBER", member_id: "42" } }));
  });

  for (const role of ["MEMBER", "DELEGATE", "PAYER"]) {
    it(`AUT-1: rejects a ${role} token without member_id`, async () => {
      await expect(verify(await craft({ claims: { role } }))).rejects.toMatchObject({
        name: "InvalidTokenError",
        reason: "ERR_MEMBER_ID_MISSING",
      });
    });
  }

  it("AUT-1: rejects a string that is not a JWT", async () => {
    await expectInvalid("not-a-jwt");
  });
});

describe("mintToken", () => {
  it("refuses to mint without an HS256 secret", async () => {
    const jwks: Config["auth"] = { ...auth, key: { kind: "jwks", url: "https://idp.example.com/jwks" } };
    await expect(mintToken(jwks, { role: "COACH", subjectId: SUBJECT })).rejects.toThrow(/AUTH_HS256_SECRET/);
  });
});
