import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { release } from "../../../scripts/release.js";

const released = 'type Query { me: User }\ntype User { id: ID!, name: String @deprecated(reason: "Use displayName."), displayName: String }\n';
const withoutName = released.replace(' name: String @deprecated(reason: "Use displayName."),', "");

/** A repository root with the four files a release reads and writes. */
function aRepository(current: string, unreleased: string) {
  const root = mkdtempSync(join(tmpdir(), "parnasse-release-"));
  mkdirSync(join(root, "schema"));
  writeFileSync(join(root, "schema/released.graphql"), released);
  writeFileSync(join(root, "schema/schema.graphql"), current);
  writeFileSync(join(root, "CHANGELOG.md"), `# Changelog\n\n## [Unreleased]\n${unreleased}\n## [0.1.0] — 2026-01-01\n\n- First.\n`);
  writeFileSync(join(root, "package.json"), `${JSON.stringify({ name: "x", version: "0.1.0" }, null, 2)}\n`);
  const files = () => Object.fromEntries(["schema/released.graphql", "schema/schema.graphql", "CHANGELOG.md", "package.json"].map((f) => [f, readFileSync(join(root, f), "utf8")]));
  return { root, files };
}

describe("npm run release", () => {
  it("OPS: an unannounced breaking change, a version not above the last or an empty Unreleased section is refused and writes nothing", async () => {
    const unannounced = aRepository(withoutName, "\n### Removed\n\n- `User.name`.\n");
    const before = unannounced.files();
    const refused = await release(unannounced.root, "0.2.0", "2026-12-05");
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/unannounced breaking/);
    expect(unannounced.files()).toEqual(before);

    const announced = aRepository(withoutName, "\n### Breaking changes\n\n- `User.name` — removed; deprecated on 2026-08-01.\n");
    const beforeAnnounced = announced.files();
    expect((await release(announced.root, "0.1.0", "2026-12-05")).message).toMatch(/not greater than the last release, 0\.1\.0/);
    expect((await release(announced.root, "1.2", "2026-12-05")).ok).toBe(false);
    expect(announced.files()).toEqual(beforeAnnounced);

    const empty = aRepository(released, "\n");
    expect((await release(empty.root, "0.2.0", "2026-12-05")).message).toMatch(/lists no change/);
  });

  it("OPS: an announced release writes the snapshot, the changelog section, the version and the history together", async () => {
    const repository = aRepository(withoutName, "\n### Breaking changes\n\n- `User.name` — removed; deprecated on 2026-08-01.\n");
    const done = await release(repository.root, "0.2.0", "2026-12-05");
    expect(done.ok).toBe(true);
    expect(done.message).toMatch(/git tag v0\.2\.0/);
    const files = repository.files();
    expect(files["schema/released.graphql"]).toBe(withoutName);
    expect(files["CHANGELOG.md"]).toMatch(/## \[Unreleased\]\n\n## \[0\.2\.0\] — 2026-12-05\n\n### Breaking changes\n\n- `User\.name` — removed; deprecated on 2026-08-01\./);
    expect(JSON.parse(files["package.json"] ?? "").version).toBe("0.2.0");
    const history = JSON.parse(readFileSync(join(repository.root, "schema/releases.json"), "utf8"));
    expect(history).toEqual([{ version: "0.2.0", date: "2026-12-05", schemaSha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // The next release compares against the new snapshot: the same version again is refused.
    expect((await release(repository.root, "0.2.0", "2026-12-06")).ok).toBe(false);
  });
});
