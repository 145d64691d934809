import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { MAX_ATTEMPTS, RETRY_AFTER_CAP_MS, RETRY_DELAYS_MS, retryAfterDelay, retryDelay } from "../../../src/platform/webhooks/schedule.js";
import { newWebhookSecret, signedHeaders } from "../../../src/platform/webhooks/signing.js";
import { checkTargetUrl, hostMatches, isPrivateAddress, resolveTarget, type TargetPolicy } from "../../../src/platform/webhooks/target.js";

const PROD: TargetPolicy = { requireHttps: true, allowedHosts: [], allowPrivate: false };

describe("WHK: signing, target rules, schedule and configuration", () => {
  it("WHK: secrets are whsec_ + base64 of 32 random bytes; signatures verify with standardwebhooks, one per secret", () => {
    const a = newWebhookSecret();
    const b = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(a.slice(6), "base64")).toHaveLength(32);
    expect(a).not.toBe(b);
    const now = Math.floor(Date.now() / 1000);
    const headers = signedHeaders([a, b], "msg_1", now, '{"x":1}');
    expect(headers["webhook-signature"].split(" ").map((s) => s.slice(0, 3))).toEqual(["v1,", "v1,"]);
    for (const secret of [a, b]) expect(new Webhook(secret).verify('{"x":1}', { ...headers })).toEqual({ x: 1 });
    expect(new Webhook(a).sign("msg_1", new Date(now * 1000), '{"x":1}')).toBe(headers["webhook-signature"].split(" ")[0]);
  });

  it("WHK: SSRF: private, loopback, link-local, unique-local, metadata and mapped addresses are refused; public ones pass", () => {
    for (const ip of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00:ec2::254",
      "fc00::1",
      "::ffff:127.0.0.1",
      "::ffff:a9fe:a9fe",
      "224.0.0.1",
    ]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it("WHK: SSRF: URL rules: https only in production, no credentials, the allow-list with wildcards", () => {
    expect(checkTargetUrl("http://hooks.example.com/x", PROD)).toMatchObject({ ok: false, problem: "URL_INVALID" });
    expect(checkTargetUrl("ftp://hooks.example.com/x", { ...PROD, requireHttps: false })).toMatchObject({ ok: false, problem: "URL_INVALID" });
    expect(checkTargetUrl("https://user:pw@hooks.example.com/x", PROD)).toMatchObject({ ok: false, problem: "URL_INVALID" });
    expect(checkTargetUrl("not a url", PROD)).toMatchObject({ ok: false, problem: "URL_INVALID" });
    const listed = { ...PROD, allowedHosts: ["*.example.com", "partner.test"] };
    expect(checkTargetUrl("https://hooks.example.com/x", listed).ok).toBe(true);
    expect(checkTargetUrl("https://a.b.example.com/x", listed).ok).toBe(true);
    expect(checkTargetUrl("https://partner.test/x", listed).ok).toBe(true);
    for (const url of ["https://example.com/x", "https://evil-example.com/x", "https://example.com.evil.io/x", "https://partner.test.evil.io/x"]) {
      expect(checkTargetUrl(url, listed), url).toMatchObject({ ok: false, problem: "URL_NOT_ALLOWED" });
    }
    expect(hostMatches("x.example.com", "*.example.com")).toBe(true);
    expect(hostMatches("example.com", "*.example.com")).toBe(false);
  });

  it("WHK: SSRF: a name is refused if any address it resolves to is private, or if it does not resolve; the checked address is the one connected to", async () => {
    const lookup = (answers: { address: string; family: number }[]) => async () => answers;
    expect(await resolveTarget("https://hooks.example.com/x", PROD, lookup([{ address: "93.184.215.14", family: 4 }]))).toMatchObject({
      ok: true,
      address: "93.184.215.14",
      family: 4,
    });
    expect(
      await resolveTarget(
        "https://hooks.example.com/x",
        PROD,
        lookup([
          { address: "93.184.215.14", family: 4 },
          { address: "10.0.0.5", family: 4 },
        ]),
      ),
    ).toMatchObject({ ok: false, problem: "URL_NOT_ALLOWED" });
    const failing = async () => {
      throw Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    };
    expect(await resolveTarget("https://nowhere.example.com/x", PROD, failing)).toMatchObject({ ok: false, problem: "URL_NOT_ALLOWED" });
    expect(await resolveTarget("https://[::1]/x", PROD)).toMatchObject({ ok: false, problem: "URL_NOT_ALLOWED" });
    expect(await resolveTarget("https://2130706433/x", PROD)).toMatchObject({ ok: false, problem: "URL_NOT_ALLOWED" }); // 127.0.0.1 spelled as a number
    expect(await resolveTarget("http://127.0.0.1:9/x", { requireHttps: false, allowedHosts: [], allowPrivate: true })).toMatchObject({ ok: true });
  });

  it("WHK: the schedule is 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h (±10 %), about 75 h over 10 attempts, then FAILED", () => {
    expect(MAX_ATTEMPTS).toBe(10);
    expect(RETRY_DELAYS_MS.map((ms) => ms / 1000)).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);
    expect(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 3_600_000).toBeCloseTo(75.58, 1);
    RETRY_DELAYS_MS.forEach((ms, i) => {
      expect(retryDelay(i + 1, () => 0.5)).toBe(ms);
      expect(retryDelay(i + 1, () => 0)).toBe(Math.round(ms * 0.9));
      expect(retryDelay(i + 1, () => 0.999999)).toBeLessThanOrEqual(Math.round(ms * 1.1));
    });
    expect(retryDelay(10)).toBeNull();
  });

  it("WHK: Retry-After in seconds or as an HTTP date, capped at 24 h; unreadable means the schedule", () => {
    const now = Date.parse("2026-11-26T10:00:00Z");
    expect(retryAfterDelay("120", now)).toBe(120_000);
    expect(retryAfterDelay("Thu, 26 Nov 2026 10:10:00 GMT", now)).toBe(600_000);
    expect(retryAfterDelay("Thu, 26 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterDelay("99999999", now)).toBe(RETRY_AFTER_CAP_MS);
    expect(retryAfterDelay("soon", now)).toBeNull();
    expect(retryAfterDelay(undefined, now)).toBeNull();
  });

  it("WHK: configuration: private targets allowed by default outside production, refused in production even when asked; the allow-list is parsed", () => {
    const dev = loadConfig({ NODE_ENV: "development", WEBHOOK_ALLOWED_HOSTS: " *.example.com, partner.test ,," });
    expect(dev.webhooks).toMatchObject({ worker: true, timeoutMs: 15_000, pollIntervalMs: 1_000, leaseMs: 60_000 });
    expect(dev.webhooks.target).toEqual({ requireHttps: false, allowedHosts: ["*.example.com", "partner.test"], allowPrivate: true });
    expect(loadConfig({ NODE_ENV: "test", WEBHOOK_WORKER: "false", WEBHOOK_ALLOW_PRIVATE_TARGETS: "false" }).webhooks).toMatchObject({
      worker: false,
      target: { allowPrivate: false },
    });
    expect(() => loadConfig({ NODE_ENV: "production", WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE_TARGETS: private and loopback webhook targets are refused in production/,
    );
  });
});
