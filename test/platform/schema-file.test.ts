import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildAppSchema, buildBareSchema } from "../../src/schema.js";
import { SDL_PATH, renderSdl } from "../../src/sdl.js";

describe("committed schema", () => {
  it("schema/schema.graphql equals the emitted schema (run `npm run schema:emit` after a change)", async () => {
    expect(readFileSync(SDL_PATH, "utf8")).toBe(renderSdl(await buildBareSchema()));
  });

  it("applying the permissions does not change the served SDL", async () => {
    expect(printSchema(await buildAppSchema())).toBe(printSchema(await buildBareSchema()));
  });
});
