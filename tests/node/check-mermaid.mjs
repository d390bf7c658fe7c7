// Parses every ```mermaid block of the given Markdown files with the real Mermaid parser.
//
// Usage: node check-mermaid.mjs FILE.md...
// Prints each block that fails to parse (file, block number, line, the parser's message) and a
// summary line, and exits with status 1 when any block fails, 2 on a usage or read error.

import { readFile } from "node:fs/promises";
import { JSDOM } from "jsdom";

// Mermaid 11 sanitizes labels with DOMPurify, which needs a `window`: without one, parsing a
// flowchart fails with "DOMPurify.addHook is not a function". jsdom supplies the window.
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;

const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

/** Returns the mermaid blocks of a Markdown text with the line each starts on (1-based). */
function mermaidBlocks(text) {
  const blocks = [];
  const lines = text.split(/\r?\n/);
  let open = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (open === null) {
      const match = /^ {0,3}(`{3,}|~{3,})\s*mermaid\s*$/.exec(line);
      if (match) {
        open = { fence: match[1], line: index + 1, body: [] };
      }
      continue;
    }
    const closing = line.trim();
    if (closing.startsWith(open.fence[0].repeat(open.fence.length)) && /^(`+|~+)$/.test(closing)) {
      blocks.push({ line: open.line, text: open.body.join("\n") });
      open = null;
    } else {
      open.body.push(line);
    }
  }
  if (open !== null) {
    blocks.push({ line: open.line, text: open.body.join("\n"), unclosed: true });
  }
  return blocks;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check-mermaid.mjs FILE.md...");
  process.exit(2);
}

let blockCount = 0;
let failures = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read: ${error.message}`);
    process.exit(2);
  }
  const blocks = mermaidBlocks(text);
  for (const [index, block] of blocks.entries()) {
    blockCount++;
    const where = `${file}: mermaid block ${index + 1} (line ${block.line})`;
    if (block.unclosed) {
      failures++;
      console.log(`${where}: the code fence is never closed`);
      continue;
    }
    try {
      await mermaid.parse(block.text);
    } catch (error) {
      failures++;
      const message = String(error?.message ?? error).split("\n").join("\n    ");
      console.log(`${where}: ${message}`);
    }
  }
}

console.log(`mermaid: ${blockCount - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
