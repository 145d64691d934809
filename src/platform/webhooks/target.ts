import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Where a webhook may be sent (SSRF). Checked when an endpoint is registered or changed, and again
 * before every attempt: a host may resolve to a public address at registration and to 127.0.0.1 an
 * hour later (DNS rebinding), so the delivery connects to the address checked here, never
 * resolving the name a second time.
 */
export interface TargetPolicy {
  /** Production: https only. */
  requireHttps: boolean;
  /** Host patterns (`hooks.example.com`, `*.example.com`); empty: any host. */
  allowedHosts: readonly string[];
  /** Private, loopback, link-local, unique-local and metadata addresses allowed (never in production: config refuses it). */
  allowPrivate: boolean;
}

/** The strictest policy: what applies until the server sets its configured one (`useTargetPolicy`). */
const STRICT: TargetPolicy = { requireHttps: true, allowedHosts: [], allowPrivate: false };
let current: TargetPolicy = STRICT;

/** The process's policy, from config (src/runtime.ts); tests set their own. */
export function useTargetPolicy(policy: TargetPolicy): void {
  current = { ...policy, allowedHosts: policy.allowedHosts.map((h) => h.toLowerCase()) };
}

export function targetPolicy(): TargetPolicy {
  return current;
}

export type TargetProblem = "URL_INVALID" | "URL_NOT_ALLOWED";
export type TargetCheck = { ok: true; url: URL } | { ok: false; problem: TargetProblem; reason: string };
export type ResolvedTarget = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; problem: TargetProblem; reason: string };

export const URL_MAX = 2_000;

/** The URL alone: scheme, credentials, host against the allow-list. No DNS. */
export function checkTargetUrl(raw: string, policy: TargetPolicy = current): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: "URL_INVALID", reason: "not a URL" };
  }
  if (raw.length > URL_MAX) return { ok: false, problem: "URL_INVALID", reason: "too long" };
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "URL_INVALID", reason: "not http(s)" };
  if (policy.requireHttps && url.protocol !== "https:") return { ok: false, problem: "URL_INVALID", reason: "https is required" };
  if (url.username || url.password) return { ok: false, problem: "URL_INVALID", reason: "credentials in the URL" };
  if (url.hash) return { ok: false, problem: "URL_INVALID", reason: "a fragment" };
  const host = hostOf(url);
  if (policy.allowedHosts.length > 0 && !policy.allowedHosts.some((pattern) => hostMatches(host, pattern))) {
    return { ok: false, problem: "URL_NOT_ALLOWED", reason: `host ${host} is not in the allow-list` };
  }
  return { ok: true, url };
}

/** `*.example.com` matches `a.example.com` and `a.b.example.com`, not `example.com`. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase();
  if (p.startsWith("*.")) return host.endsWith(p.slice(1)) && host.length > p.length - 1;
  return host === p;
}

/** The URL's host, lowercased, IPv6 literals without their brackets. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
}

export type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;
const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * The URL and the address to connect to. Every address the name resolves to must be public
 * (unless the policy allows private ones): one private answer among public ones is refused, since
 * which one a client would pick is not ours to know.
 */
export async function resolveTarget(raw: string, policy: TargetPolicy = current, lookup: Lookup = systemLookup): Promise<ResolvedTarget> {
  const checked = checkTargetUrl(raw, policy);
  if (!checked.ok) return checked;
  const host = hostOf(checked.url);
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      return { ok: false, problem: "URL_NOT_ALLOWED", reason: `host ${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? "error"})` };
    }
  }
  if (addresses.length === 0) return { ok: false, problem: "URL_NOT_ALLOWED", reason: `host ${host} does not resolve` };
  if (!policy.allowPrivate) {
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) return { ok: false, problem: "URL_NOT_ALLOWED", reason: `host ${host} resolves to the non-public address ${blocked.address}` };
  }
  const chosen = addresses[0]!;
  return { ok: true, url: checked.url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, incl. the cloud metadata service 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local (incl. fd00:ec2::254, a metadata address)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
  ["100::", 64], // discard
] as const) {
  BLOCKED.addSubnet(net, prefix, "ipv6");
}

/** True for an address no webhook may reach in production. IPv4-mapped and NAT64 IPv6 addresses are judged by their IPv4 address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family !== 6) return true;
  const embedded = embeddedIpv4(address);
  if (embedded) return BLOCKED.check(embedded, "ipv4");
  return BLOCKED.check(address, "ipv6");
}

/** `::ffff:10.0.0.1`, `::ffff:a00:1`, `64:ff9b::a00:1` → `10.0.0.1`. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const match = /^(?:::ffff:(?:0:)?|64:ff9b::)(.+)$/.exec(lower);
  if (!match) return null;
  const tail = match[1]!;
  if (isIP(tail) === 4) return tail;
  const groups = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(tail);
  if (!groups) return null;
  const hi = Number.parseInt(groups[1]!, 16);
  const lo = Number.parseInt(groups[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
