// Compares the joined document this build produced with the committed contract (openapi/atelier.json),
// which the web console generates its types from. The only part that differs between runs is Keycloak's
// address (a free port in tests), so both are compared with the local default issuer, keys in order.
import { readFileSync, writeFileSync } from "node:fs";

const [built, committed, normalizedOut] = process.argv.slice(2);
// Object keys are sorted: the order springdoc writes some maps in (security schemes) varies between runs.
const sorted = (value) =>
  Array.isArray(value)
    ? value.map(sorted)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]))
      : value;
const normalize = (text) =>
  JSON.stringify(sorted(JSON.parse(text.replace(/http:\/\/127\.0\.0\.1:\d+\/realms\//g, "http://127.0.0.1:8180/realms/"))), null, 2) + "\n";

const fresh = normalize(readFileSync(built, "utf8"));
writeFileSync(normalizedOut, fresh);
let kept;
try {
  kept = normalize(readFileSync(committed, "utf8"));
} catch (error) {
  kept = "";
}
if (fresh !== kept) {
  const a = fresh.split("\n");
  const b = kept.split("\n");
  const first = a.findIndex((line, i) => line !== b[i]);
  console.error(`The published API differs from the committed contract ${committed} (first difference at line ${first + 1}:`);
  console.error(`  committed: ${(b[first] ?? "<end>").trim()}`);
  console.error(`  published: ${(a[first] ?? "<end>").trim()})`);
  console.error(`If the change is intended, refresh the contract and commit it:`);
  console.error(`  cp ${normalizedOut} ${committed}`);
  process.exit(1);
}
console.log(`The published API matches the committed contract ${committed}.`);
