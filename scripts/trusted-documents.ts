// `npm run trusted-documents`: writes schema/trusted-documents.json, the app's trusted documents,
// from examples/app/*.graphql (docs/trusted-documents.md). `-- --check` fails when the committed
// file is not what the examples give (CI runs it; test/platform/trusted-documents checks it too).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MANIFEST_PATH, buildManifest, renderManifest, repositoryRoot } from "../src/platform/trusted-documents/index.js";

function main() {
  const path = join(repositoryRoot(), MANIFEST_PATH);
  const manifest = buildManifest();
  const expected = renderManifest(manifest);
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // missing: reported below
    }
    if (current !== expected) {
      console.error(`${MANIFEST_PATH} is not current: run \`npm run trusted-documents\` and commit it (the app ships with it).`);
      process.exit(1);
    }
    console.log(`${MANIFEST_PATH} is current (${manifest.operations.length} operations).`);
    return;
  }
  writeFileSync(path, expected);
  console.log(`wrote ${MANIFEST_PATH} (${manifest.operations.length} operations)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
