// Validates OpenAPI documents with @seriousme/openapi-schema-validator, then checks what the
// OpenAPI JSON Schema cannot: every `$ref` resolves, operationIds are unique, and every path
// template parameter is declared as a path parameter of each operation.
//
// Usage: node validate.mjs NODE_DIR FILE...
// NODE_DIR is tests/node, whose node_modules contains the validator. Exits 1 with the errors.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [nodeDir, ...files] = process.argv.slice(2);
const require = createRequire(join(resolve(nodeDir), "package.json"));
const { Validator } = await import(pathToFileURL(require.resolve("@seriousme/openapi-schema-validator")).href);

const verbs = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
let failed = false;

/** Follows a `#/components/parameters/...` reference; other parameters are returned as they are. */
function resolveParameter(document, parameter) {
  const prefix = "#/components/parameters/";
  if (typeof parameter.$ref !== "string" || !parameter.$ref.startsWith(prefix)) return parameter;
  return document.components?.parameters?.[parameter.$ref.slice(prefix.length)] ?? {};
}

function fail(file, message) {
  console.error(`${file}: ${message}`);
  failed = true;
}

for (const file of files) {
  const document = JSON.parse(readFileSync(file, "utf8"));
  const validator = new Validator();
  const result = await validator.validate(document);
  if (!result.valid) {
    fail(file, `invalid OpenAPI ${document.openapi}:\n${JSON.stringify(result.errors, null, 2)}`);
    continue;
  }
  try {
    validator.resolveRefs();
  } catch (error) {
    fail(file, `a $ref does not resolve: ${error.message}`);
  }

  const ids = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const verb of verbs) {
      const operation = item[verb];
      if (operation === undefined) continue;
      const where = `${verb.toUpperCase()} ${path}`;
      if (ids.has(operation.operationId)) {
        fail(file, `operationId ${operation.operationId} of ${where} is also used by ${ids.get(operation.operationId)}`);
      }
      ids.set(operation.operationId, where);
      const declared = (operation.parameters ?? [])
        .map((parameter) => resolveParameter(document, parameter))
        .filter((parameter) => parameter.in === "path")
        .map((parameter) => parameter.name);
      for (const name of templated) {
        if (!declared.includes(name)) fail(file, `${where} declares no path parameter {${name}}`);
      }
      for (const name of declared) {
        if (!templated.includes(name)) fail(file, `${where} declares path parameter ${name}, which is not in the path`);
      }
    }
  }
  if (!failed) console.log(`${file}: valid OpenAPI ${document.openapi}, ${ids.size} operations`);
}

process.exit(failed ? 1 : 0);
