import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { buildBareSchema } from "../src/schema.js";
import { SDL_PATH, renderSdl } from "../src/sdl.js";

writeFileSync(SDL_PATH, renderSdl(await buildBareSchema()));
console.log(`wrote ${SDL_PATH}`);
