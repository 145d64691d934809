import { createSecretKey } from "node:crypto";
import { SignJWT, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from "jose";
import { z } from "zod";
import type { Config } from "../config.js";
import { ROLES, isMemberScopedRole, type Actor, type Role } from "./actor.js";

/** The claims the API reads. `role` and `member_id` are private claims of this API. */
const claimsSchema = z.object({
  sub: z.uuid(),
  role: z.enum(ROLES),
  member_id: z.uuid().optional(),
});

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(`invalid token: ${reason}`);
    this.name = "InvalidTokenError";
  }
}

export type TokenVerifier = (token: string) => Promise<Actor>;

export function createTokenVerifier(auth: Config["auth"]): TokenVerifier {
  const key =
    // A KeyObject made once: given raw bytes, jose imports the key again at every verification (issue 15 profile).
    auth.key.kind === "hs256"
      ? createSecretKey(Buffer.from(auth.key.secret, "utf8"))
      : createRemoteJWKSet(new URL(auth.key.url), { timeoutDuration: 3_000, cooldownDuration: 30_000 });
  const algorithms = auth.key.kind === "hs256" ? ["HS256"] : ["RS256", "ES256", "PS256", "EdDSA"];

  return async (token) => {
    let payload: JWTPayload;
    try {
      const verified =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, { issuer: auth.issuer, audience: auth.audience, algorithms, requiredClaims: ["exp"] })
          : await jwtVerify(token, key, { issuer: auth.issuer, audience: auth.audience, algorithms, requiredClaims: ["exp"] });
      payload = verified.payload;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new InvalidTokenError("ERR_CLAIMS_INVALID");
    const { sub, role, member_id } = claims.data;
    if (isMemberScopedRole(role)) {
      if (!member_id) throw new InvalidTokenError("ERR_MEMBER_ID_MISSING");
      return { kind: "member-scoped", role, subjectId: sub, memberId: member_id };
    }
    return { kind: "staff", role, subjectId: sub };
  };
}

export interface MintOptions {
  role: Role;
  subjectId: string;
  memberId?: string;
  expiresIn?: string;
}

/** Mints a local HS256 token (demo, tests, `npm run token`). Production tokens come from the identity provider. */
export async function mintToken(auth: Config["auth"], options: MintOptions): Promise<string> {
  if (auth.key.kind !== "hs256") throw new Error("local tokens need AUTH_HS256_SECRET");
  const claims: Record<string, string> = { role: options.role };
  if (options.memberId) claims.member_id = options.memberId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(options.subjectId)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "12h")
    .sign(new TextEncoder().encode(auth.key.secret));
}
