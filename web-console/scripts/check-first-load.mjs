// Fails the build when the JavaScript the first page load fetches (the entry script and the chunks
// index.html preloads) is over the budget, gzipped. Route chunks load later and do not count.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const [dir, budgetKb = "250"] = process.argv.slice(2);
if (!dir) {
  console.error("usage: check-first-load.mjs <built dir> [budget KB]");
  process.exit(2);
}
const html = readFileSync(join(dir, "index.html"), "utf8");
const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
if (scripts.length === 0) {
  console.error(`no script found in ${dir}/index.html`);
  process.exit(1);
}
let total = 0;
for (const file of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dir, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB gz  ${file}`);
}
const budget = Number(budgetKb) * 1024;
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB gz  first load (budget ${budgetKb} KB)`);
if (total > budget) {
  console.error("The first load's JavaScript is over budget: split a route or drop a dependency.");
  process.exit(1);
}
