import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys } from "../../../db/schema/index.js";
import { createApolloServer } from "../../../src/app.js";
import { createTokenVerifier } from "../../../src/authz/tokens.js";
import { ConfigError, DEMO_TARIFFS } from "../../../src/config.js";
import { createRequestHandler } from "../../../src/http.js";
import { buildAppSchema } from "../../../src/schema.js";
import { ManualClock } from "../../../src/shared/clock.js";
import { silentLog } from "../../support/api.js";
import { useTestDatabase } from "../../support/db.js";
import { testConfig } from "../../support/http.js";
import { NOW, aBookingScene, book } from "./support.js";

describe("IDEM: how long keys are kept", () => {
  const db = useTestDatabase();
  let server: Server;
  let url: string;
  let stopApollo: () => Promise<void>;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    const config = testConfig({ IDEMPOTENCY_TTL_HOURS: "48" });
    expect(config.idempotency).toEqual({ ttlHours: 48 });
    const apollo = createApolloServer(await buildAppSchema(), config.graphql);
    await apollo.start();
    stopApollo = () => apollo.stop();
    const handler = createRequestHandler({
      apollo,
      database: db.current,
      verifyToken: createTokenVerifier(config.auth),
      clock,
      tariffs: DEMO_TARIFFS,
      log: silentLog,
      maxBodyBytes: config.http.maxBodyBytes,
      idempotency: config.idempotency,
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await stopApollo?.();
  });

  it("IDEM: IDEMPOTENCY_TTL_HOURS is at least 24 (the issue's minimum); 24 by default", () => {
    expect(testConfig().idempotency).toEqual({ ttlHours: 24 });
    expect(() => testConfig({ IDEMPOTENCY_TTL_HOURS: "23" })).toThrow(ConfigError);
    expect(() => testConfig({ IDEMPOTENCY_TTL_HOURS: "forever" })).toThrow(ConfigError);
  });

  it("IDEM: with IDEMPOTENCY_TTL_HOURS=48 a key replays after 47 h and executes again after 48 h", async () => {
    const scene = await aBookingScene(db.current);
    const key = randomUUID();
    expect((await book(url, scene, key)).json.extensions.idempotency.replayed).toBe(false);
    const [record] = await db.current.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(record!.expiresAt.getTime() - record!.createdAt.getTime()).toBe(48 * 3_600_000);
    clock.advance(47 * 3_600_000);
    expect((await book(url, scene, key)).json.extensions.idempotency.replayed).toBe(true);
    clock.advance(3_600_000);
    expect((await book(url, scene, key)).json.extensions.idempotency.replayed).toBe(false);
  });
});
