#!/usr/bin/env node
// Validates JSON against claimkb's schemas (schema/*.schema.json, draft 2020-12).
//   node tools/schema/validate.mjs NAME [FILE|-] [--ndjson]
// NAME is a schema file's stem ("extraction", "claim") or a $ref into one
// ("openapi.json#/components/schemas/ClaimPage"). Exit 0 valid, 1 invalid, 2 usage.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "..", "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const args = process.argv.slice(2);
const ndjson = args.includes("--ndjson");
const [name, file = "-"] = args.filter((a) => a !== "--ndjson");
if (!name) {
  console.error("usage: validate.mjs NAME [FILE|-] [--ndjson]");
  process.exit(2);
}

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "schema");
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const ids = {};
for (const f of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"))) {
  const s = JSON.parse(readFileSync(join(schemaDir, f), "utf8"));
  ajv.addSchema(s);
  ids[f.replace(/\.schema\.json$/, "")] = s.$id;
}
// The OpenAPI document's component schemas, addressable as
// "openapi.json#/components/schemas/NAME"; their relative $refs resolve to the files above.
const openapi = JSON.parse(readFileSync(join(schemaDir, "openapi.json"), "utf8"));
const openapiId = new URL("openapi.json", ids.common).href;
ajv.addSchema({ $id: openapiId, components: { schemas: openapi.components.schemas } });
ids["openapi.json"] = openapiId;
for (const [stem, sid] of Object.entries(ids)) if (!stem.endsWith(".json")) ids[`${stem}.schema.json`] = sid;

const [file_part, fragment] = name.split("#");
const id = ids[file_part] ? ids[file_part] + (fragment !== undefined ? `#${fragment}` : "") : name;
const validate = ajv.getSchema(id);
if (!validate) {
  console.error(`unknown schema \`${name}\``);
  process.exit(2);
}

const text = readFileSync(file === "-" ? 0 : file, "utf8");
const docs = ndjson ? text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) : [JSON.parse(text)];
let bad = 0;
docs.forEach((doc, i) => {
  if (!validate(doc)) {
    bad++;
    for (const e of validate.errors.slice(0, 10)) {
      console.error(`${ndjson ? `line ${i + 1}: ` : ""}${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
    }
  }
});
if (bad) process.exit(1);
console.log(`valid: ${docs.length} document(s) against ${name}`);
