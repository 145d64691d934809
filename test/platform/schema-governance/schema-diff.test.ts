import { describe, expect, it } from "vitest";
import { evaluate, parseUnreleasedBreaking, report } from "../../../scripts/schema-diff.js";

const released = `
type Query { me: User }
type User { id: ID!, name: String @deprecated(reason: "Use displayName."), displayName: String
  items(first: Int): [String!]! }
input Filter { q: String }
type Mutation { find(filter: Filter): [String!] }
`;
const withoutName = released.replace(' name: String @deprecated(reason: "Use displayName."),', "");
const changelogWith = (date: string) =>
  `# Changelog\n\n## [Unreleased]\n\n### Breaking changes\n\n- \`User.name\` — removed; deprecated on ${date} (use \`User.displayName\`).\n\n## [0.1.0] — 2026-01-01\n\n### Breaking changes\n\n- \`User.other\` — deprecated on 2020-01-01.\n`;
const releaseDate = "2026-12-05";

describe("schema diff", () => {
  it("OPS: a removed field is breaking and fails when the changelog does not announce it", async () => {
    const verdicts = await evaluate(released, withoutName, "# Changelog\n\n## [Unreleased]\n", releaseDate);
    expect(verdicts.map((v) => [v.level, v.change.path, v.allowed])).toEqual([["breaking", "User.name", false]]);
    expect(report(verdicts).ok).toBe(false);
  });

  it("OPS: the same removal passes when announced with a deprecation 3 months + 1 day earlier", async () => {
    const verdicts = await evaluate(released, withoutName, changelogWith("2026-09-04"), releaseDate);
    expect(report(verdicts).ok).toBe(true);
    expect(verdicts[0]?.level).toBe("breaking");
  });

  it("OPS: exactly 3 months earlier passes, 2 months earlier fails", async () => {
    expect(report(await evaluate(released, withoutName, changelogWith("2026-09-05"), releaseDate)).ok).toBe(true);
    expect(report(await evaluate(released, withoutName, changelogWith("2026-09-06"), releaseDate)).ok).toBe(false);
    const twoMonths = await evaluate(released, withoutName, changelogWith("2026-10-05"), releaseDate);
    expect(report(twoMonths).ok).toBe(false);
    expect(twoMonths[0]?.reason).toMatch(/less than 3 months/);
  });

  it("OPS: only the Unreleased section counts (an entry of an earlier release does not allow a removal)", async () => {
    const noOther = released.replace("displayName: String", "displayName: String other: String @deprecated");
    const verdicts = await evaluate(noOther, released, changelogWith("2026-01-01"), releaseDate);
    expect(report(verdicts).ok).toBe(false);
    expect(parseUnreleasedBreaking(changelogWith("2026-01-01"))).toEqual([{ coordinate: "User.name", deprecatedOn: "2026-01-01" }]);
  });

  it("OPS: a removal announced in time still fails when the field was not @deprecated in the released schema", async () => {
    const notDeprecated = released.replace(' @deprecated(reason: "Use displayName.")', "");
    const verdicts = await evaluate(notDeprecated, withoutName, changelogWith("2026-01-01"), releaseDate);
    expect(report(verdicts).ok).toBe(false);
    expect(verdicts[0]?.reason).toMatch(/not @deprecated/);
  });

  it("OPS: an added optional field is safe", async () => {
    const verdicts = await evaluate(released, released.replace("displayName: String", "displayName: String nickname: String"), "", releaseDate);
    expect(verdicts.map((v) => [v.level, v.change.path])).toEqual([["safe", "User.nickname"]]);
    expect(report(verdicts).ok).toBe(true);
  });

  it("OPS: a new non-null argument or input field with a default is not breaking; without a default it is", async () => {
    const withDefault = released.replace("items(first: Int)", 'items(first: Int, order: String! = "asc")').replace("q: String }", "q: String, limit: Int! = 10 }");
    const ok = await evaluate(released, withDefault, "", releaseDate);
    // inspector 8.0.0 itself rates these "dangerous"; the script also downgrades a "breaking" one.
    expect(ok.filter((v) => v.level === "breaking")).toEqual([]);
    expect(ok.map((v) => v.change.path)).toEqual(expect.arrayContaining(["User.items.order", "Filter.limit"]));
    expect(report(ok).ok).toBe(true);
    const noDefault = released.replace("items(first: Int)", "items(first: Int, order: String!)");
    const bad = await evaluate(released, noDefault, "", releaseDate);
    expect(bad.map((v) => [v.change.path, v.level, v.allowed])).toEqual([["User.items.order", "breaking", false]]);
  });

  it("OPS: a changelog coordinate written Type.field(arg:) matches the argument's removal", async () => {
    const deprecatedArg = released.replace("items(first: Int)", "items(first: Int @deprecated)");
    const noArg = released.replace("items(first: Int)", "items");
    const log = "## [Unreleased]\n\n### Breaking changes\n\n- `User.items(first:)` — deprecated on 2026-01-02.\n";
    const verdicts = await evaluate(deprecatedArg, noArg, log, releaseDate);
    expect(verdicts.map((v) => [v.change.path, v.allowed])).toEqual([["User.items.first", true]]);
  });
});
