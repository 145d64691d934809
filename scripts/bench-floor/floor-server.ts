/**
 * The SQL floor of `npm run bench:floor`: node:http + postgres.js, one hand-written statement per
 * request (floor-sql.ts), answering the member dashboard (by document id, as the app sends it) and
 * the desk list with the same JSON bytes as the API. The token is checked as the API checks it:
 * the JWT verified by the API's own verifier, then the holder's existence inside the statement.
 * Anything else answers 400: it serves these two requests and nothing more.
 *
 * Run by bench:floor as a child process (fork): DATABASE_URL, AUTH_HS256_SECRET; it sends
 * `{ ready: url }` on the IPC channel.
 */
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { createTokenVerifier } from "../../src/authz/tokens.js";
import { loadConfig } from "../../src/config.js";
import { decodeCursor } from "../../src/shared/relay.js";
import { DASHBOARD_SQL, DESK_LIST_SQL } from "./floor-sql.js";
import { COST_EXTENSIONS, DASHBOARD_DOCUMENT_ID, DESK_LIST_PATH } from "./requests.js";

const UNAUTHENTICATED = JSON.stringify({ errors: [{ message: "unauthenticated", extensions: { code: "UNAUTHENTICATED" } }] });
const BAD_REQUEST = JSON.stringify({ errors: [{ message: "the floor serves the dashboard and the desk list only", extensions: { code: "BAD_REQUEST" } }] });

export async function startFloor(options: { databaseUrl: string; env: NodeJS.ProcessEnv; poolMax: number }) {
  const config = loadConfig(options.env);
  const verify = createTokenVerifier(config.auth);
  const deskQuery = readFileSync(DESK_LIST_PATH, "utf8");
  // Named prepared statements (postgres.js `prepare: true`, its default): parsed and planned once per connection.
  const sql = postgres(options.databaseUrl, { max: options.poolMax, onnotice: () => {}, connection: { application_name: "parnasse-sql-floor", TimeZone: "UTC" } });

  async function answer(req: IncomingMessage): Promise<[number, string]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    let body: { documentId?: unknown; query?: unknown; variables?: { after?: unknown } | null };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return [400, BAD_REQUEST];
    }
    const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(req.headers.authorization?.trim() ?? "");
    if (!match?.[1]) return [401, UNAUTHENTICATED];
    let actor: Awaited<ReturnType<typeof verify>>;
    try {
      actor = await verify(match[1]);
    } catch {
      return [401, UNAUTHENTICATED];
    }
    if (body.documentId === `sha256:${DASHBOARD_DOCUMENT_ID}` || body.documentId === DASHBOARD_DOCUMENT_ID) {
      if (actor.kind !== "member-scoped" || actor.role !== "MEMBER" || actor.subjectId !== actor.memberId) return [401, UNAUTHENTICATED];
      const [row] = await sql.unsafe<{ member: unknown }[]>(DASHBOARD_SQL, [actor.memberId], { prepare: true });
      if (!row) return [401, UNAUTHENTICATED];
      return [200, `{"data":{"me":{"member":${JSON.stringify(row.member)}}},${COST_EXTENSIONS.dashboard}}\n`];
    }
    if (body.query === deskQuery) {
      if (actor.kind !== "staff" || actor.role !== "DESK_AGENT") return [401, UNAUTHENTICATED];
      const after = typeof body.variables?.after === "string" ? decodeCursor(body.variables.after, ["text", "text", "uuid"]) : null;
      const [row] = await sql.unsafe<{ ok: boolean | null; page: unknown }[]>(DESK_LIST_SQL, [actor.subjectId, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null], {
        prepare: true,
      });
      if (!row?.ok) return [401, UNAUTHENTICATED];
      return [200, `{"data":{"members":${JSON.stringify(row.page)}},${COST_EXTENSIONS.desk}}\n`];
    }
    return [400, BAD_REQUEST];
  }

  const server = createServer((req, res: ServerResponse) => {
    answer(req).then(
      ([status, text]) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
        res.end(text);
      },
      (error: unknown) => {
        console.error(error);
        res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 1 });
    },
  };
}

if (process.send) {
  const floor = await startFloor({ databaseUrl: process.env.DATABASE_URL!, env: process.env, poolMax: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  process.send({ ready: floor.url });
  // The parent gone (it failed, or was interrupted): so are we.
  process.on("disconnect", () => process.exit(0));
  process.on("message", (message: { stop?: boolean }) => {
    if (message.stop) void floor.stop().then(() => process.exit(0));
  });
}
