/**
 * Mints a local HS256 token: `npm run token -- --role MEMBER --member <uuid> [--sub <uuid>] [--expires 12h]`.
 * For MEMBER the subject defaults to the member id; staff roles need --sub (or use a demo id).
 */
import { parseArgs } from "node:util";
import { ROLES, isMemberScopedRole, type Role } from "../src/authz/actor.js";
import { mintToken } from "../src/authz/tokens.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { DEMO_PRINCIPALS } from "../src/demo/tokens.js";

const { values } = parseArgs({
  options: { role: { type: "string" }, member: { type: "string" }, sub: { type: "string" }, expires: { type: "string" } },
});
const fail = (message: string): never => {
  console.error(`${message}\nusage: npm run token -- --role <${ROLES.join("|")}> [--member <uuid>] [--sub <uuid>] [--expires 12h]`);
  process.exit(2);
};

const role = values.role?.toUpperCase() as Role | undefined;
if (!role || !ROLES.includes(role)) fail("--role is required and must be one of the roles.");
const demo = DEMO_PRINCIPALS.find((p) => p.role === role)!;
const memberId = values.member ?? (isMemberScopedRole(role!) ? demo.memberId : undefined);
if (isMemberScopedRole(role!) && !memberId) fail(`--member is required for ${role}.`);
const subjectId = values.sub ?? (role === "MEMBER" ? memberId! : demo.subjectId);

try {
  const config = loadConfig();
  console.log(await mintToken(config.auth, { role: role!, subjectId, memberId, expiresIn: values.expires }));
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
