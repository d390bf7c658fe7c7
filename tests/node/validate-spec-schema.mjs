// Validates YAML spec files against the JSON Schema of the spec format with ajv, an
// implementation independent of the Rust generator.
// Usage: node validate-spec-schema.mjs SCHEMA.json SPEC.yaml...
// Exits 1 and prints each error with its file when any spec does not validate.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { parse } from "yaml";

const [schemaPath, ...specPaths] = process.argv.slice(2);
if (!schemaPath || specPaths.length === 0) {
  console.error("usage: node validate-spec-schema.mjs SCHEMA.json SPEC.yaml...");
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let failures = 0;
for (const path of specPaths) {
  // The YAML 1.2 core schema, as the generator reads specs.
  const document = parse(readFileSync(path, "utf8"), { schema: "core", uniqueKeys: true });
  if (validate(document)) {
    console.log(`valid ${path}`);
    continue;
  }
  failures += 1;
  for (const error of validate.errors) {
    console.error(`invalid ${path}: ${error.instancePath || "/"} ${error.message}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
