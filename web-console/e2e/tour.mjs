// Walks Atelier Studio in a real browser (Debian's Chromium driven by playwright-core) against a
// running suite: signs in on Keycloak's own page as lead and as junior, opens every screen at
// phone and desktop sizes, saves screenshots, runs axe-core on each screen, and checks that page
// script can read no token (storage and cookies). The lead's story adds a webhook to a shop system
// this script runs on loopback, which must then receive the order's move, signed.
//
//   node e2e/tour.mjs <gateway URL> <screenshot folder>
//
// Exits non-zero when a check fails; prints one line per screen.
import { chromium } from "playwright-core";
import { readFileSync, mkdirSync } from "node:fs";
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { signIn } from "./sign-in.mjs";

const require = createRequire(import.meta.url);
const gateway = process.argv[2] ?? "http://127.0.0.1:8080";
const out = process.argv[3] ?? "target/screenshots";
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
mkdirSync(out, { recursive: true });

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const failures = [];

function check(condition, message) {
  if (!condition) {
    failures.push(message);
    console.log(`FAIL ${message}`);
  }
  return condition;
}

async function skipLink(page, who) {
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.textContent);
  check(first === "Skip to content", `${who}: the first Tab reaches "Skip to content" (got ${first})`);
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement?.id);
  check(focused === "content", `${who}: the skip link moves the keyboard focus to the screen (got ${focused})`);
}

async function noTokenReadable(page, who) {
  const seen = await page.evaluate(() => ({
    cookies: document.cookie,
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
  }));
  for (const [where, text] of Object.entries(seen)) {
    check(!text.includes("eyJ"), `${who}: a token is readable by page script in ${where}`);
  }
  check(!seen.cookies.includes("atelier-session"), `${who}: the session cookie is readable by page script`);
}

async function axe(page, screen) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  const serious = result.violations.filter((violation) => ["serious", "critical"].includes(violation.impact));
  for (const violation of serious) {
    const where = violation.nodes.slice(0, 3).map((node) => `${node.target.join(" ")} ${node.any[0]?.message ?? ""}`).join(" | ");
    check(false, `${screen}: axe ${violation.impact} ${violation.id} (${violation.nodes.length}): ${violation.help}: ${where}`);
  }
  return serious.length;
}

const trackers = new WeakMap();

/**
 * Follows a page's requests, so a screen counts as loaded when nothing is in flight for half a second,
 * apart from the live-update stream, which stays open for as long as the page does (Playwright's own
 * "networkidle" would wait for it forever).
 */
function network(page) {
  if (!trackers.has(page)) {
    const pending = new Set();
    page.on("request", (request) => {
      if (new URL(request.url()).pathname !== "/api/updates") pending.add(request);
    });
    page.on("requestfinished", (request) => pending.delete(request));
    page.on("requestfailed", (request) => pending.delete(request));
    trackers.set(page, {
      async quiet(forMs = 500, timeoutMs = 30_000) {
        const deadline = Date.now() + timeoutMs;
        let quietSince = Date.now();
        while (Date.now() < deadline) {
          if (pending.size > 0) quietSince = Date.now();
          else if (Date.now() - quietSince >= forMs) return;
          await page.waitForTimeout(50);
        }
      },
    });
  }
  return trackers.get(page);
}

async function visit(page, who, size, name, path, ready) {
  const requests = network(page);
  await page.goto(gateway + path);
  await ready(page);
  await requests.quiet();
  const file = `${out}/${who}-${size}-${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  const violations = await axe(page, `${who} ${size} ${name}`);
  console.log(`ok ${who} ${size} ${name} (${violations} serious axe violations) ${file}`);
}

/** A shop system on loopback (a till, say) that keeps every delivery it receives and answers 204. */
function shopSystem() {
  const received = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body, type: JSON.parse(body).type });
      response.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, received, url: `http://127.0.0.1:${server.address().port}/atelier` })),
  );
}

/** Whether a delivery carries the signature its webhook's secret gives (Standard Webhooks, v1). */
function signedWith(secret, delivery) {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signed = `${delivery.headers["webhook-id"]}.${delivery.headers["webhook-timestamp"]}.${delivery.body}`;
  return delivery.headers["webhook-signature"] === `v1,${createHmac("sha256", key).update(signed).digest("base64")}`;
}

async function received(shop, type, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const delivery = shop.received.find((candidate) => candidate.type === type);
    if (delivery) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** The lead adds a webhook for order moves (the form's default event) and keeps the secret shown once. */
async function addWebhook(page, shop) {
  await page.goto(gateway + "/webhooks");
  await page.getByRole("textbox", { name: /^URL/ }).fill(shop.url);
  await page.getByRole("textbox", { name: "Description" }).fill("the tour's till");
  await page.getByRole("button", { name: "Add webhook" }).click();
  const shown = page.getByRole("alert").filter({ hasText: "Copy the signing secret now" });
  const secret = (await shown.locator("code").textContent()).trim();
  await page.getByRole("cell", { name: new RegExp(shop.url) }).waitFor();
  check(secret.startsWith("whsec_"), `lead: the new webhook's signing secret is shown once (got ${secret.slice(0, 6)}…)`);
  await page.screenshot({ path: `${out}/story-0-webhook.png`, fullPage: true });
  return secret;
}

/** The shop system heard the order's move, signed; a test delivery shows as delivered; then the lead deletes the webhook. */
async function checkWebhook(page, shop, secret) {
  const moved = await received(shop, "order.status-changed");
  check(moved !== undefined, "lead: the webhook's shop system receives the order's move");
  check(moved === undefined || signedWith(secret, moved), "lead: the delivery is signed with the webhook's secret");
  await page.goto(gateway + "/webhooks");
  const row = page.getByRole("row").filter({ hasText: shop.url });
  await row.getByRole("button", { name: "Send test" }).click();
  // the deliveries refresh while one is still being sent
  const test = page.getByRole("dialog").getByRole("row").filter({ hasText: "webhook.test" });
  const delivered = await test.getByText("Delivered").waitFor({ timeout: 20_000 }).then(() => true, () => false);
  check(delivered, "lead: the test delivery shows as delivered in the webhook's deliveries");
  const tested = await received(shop, "webhook.test");
  check(tested !== undefined && signedWith(secret, tested), "lead: the shop system receives the test delivery, signed");
  await page.screenshot({ path: `${out}/story-4-webhook-deliveries.png`, fullPage: true });
  await page.keyboard.press("Escape");
  page.once("dialog", (confirm) => confirm.accept());
  await row.getByRole("button", { name: "Delete" }).click();
  const gone = await row.waitFor({ state: "detached", timeout: 10_000 }).then(() => true, () => false);
  check(gone, "lead: a deleted webhook leaves the list");
  console.log(`ok lead webhook: the shop system received ${shop.received.length} signed deliveries, then the webhook was deleted`);
}

/**
 * The lead's day through the console alone: a new customer with measurements, an order with a
 * stock line and custom work, stock reserved, work started, a deposit recorded.
 */
async function story(page) {
  const name = `Tour customer ${Date.now()}`;
  await page.goto(gateway + "/customers/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Phone").fill("+2348012340000");
  await page.getByLabel("City").fill("Lagos");
  await page.getByRole("button", { name: "Create customer" }).click();
  await page.getByRole("heading", { name, level: 2 }).waitFor();
  await page.getByRole("button", { name: "Add measurements" }).click();
  await page.getByLabel("Kind").fill("dress");
  await page.getByLabel("bust value").fill("92.5");
  await page.getByLabel("waist value").fill("71");
  await page.getByLabel("hip value").fill("98");
  await page.getByRole("button", { name: "Save measurements" }).click();
  await page.getByText("92.5 cm").waitFor();
  await page.screenshot({ path: `${out}/story-1-customer.png`, fullPage: true });

  await page.goto(gateway + "/orders/new");
  await page.getByRole("combobox", { name: /^Customer/ }).fill(name);
  await page.getByRole("option", { name }).click();
  await page.getByRole("combobox", { name: "Measurements" }).click();
  await page.getByRole("option", { name: /dress/ }).click();
  await page.getByRole("combobox", { name: "Line 1 stock item" }).click();
  await page.getByRole("option").first().click();
  await page.getByLabel("Line 1 size").fill("M");
  await page.getByRole("button", { name: "Add a line" }).click();
  await page.getByLabel("Line 2 kind").getByText("Custom work").click();
  await page.getByLabel("Line 2 work").fill("Hand-finished hem");
  await page.getByRole("textbox", { name: /^Price/ }).fill("300");
  await page.screenshot({ path: `${out}/story-2-new-order.png`, fullPage: true });
  await page.getByRole("button", { name: "Create order" }).click();
  await page.getByRole("heading", { name: /^Order / }).waitFor();
  await page.getByText("Stock reserved").first().waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("dialog");
  await edit.getByRole("button", { name: "Add a line" }).click();
  await edit.getByLabel("Line 3 kind").getByText("Custom work").click();
  await edit.getByLabel("Line 3 work").fill("Silk lining, cut to measure");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("cell", { name: "Silk lining, cut to measure" }).waitFor();
  await page.getByText("Stock reserved").first().waitFor({ timeout: 15_000 });
  // a colleague has the same order open in another tab: it follows the move live, without a reload
  const colleague = await page.context().newPage();
  await colleague.goto(page.url());
  await colleague.getByRole("status").filter({ hasText: "Live" }).waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Start work" }).click();
  await page.getByRole("button", { name: "Mark ready" }).waitFor();
  const followed = await colleague.getByRole("button", { name: "Mark ready" }).waitFor({ timeout: 10_000 }).then(() => true, () => false);
  check(followed, "lead: an order open in another tab shows the move without a reload (live updates)");
  await colleague.screenshot({ path: `${out}/story-live-colleague.png`, fullPage: true });
  await colleague.close();
  await page.getByRole("textbox", { name: /^Amount/ }).fill("100");
  await page.getByRole("button", { name: "Record" }).click();
  await page.getByText("Part paid").first().waitFor();
  await page.getByLabel("Description").fill("front, first fitting");
  await page.locator("input[type=file]").setInputFiles("public/icons/icon-512.png");
  const thumbnail = page.getByRole("img", { name: "front, first fitting" });
  await thumbnail.scrollIntoViewIfNeeded();
  // loaded lazily: wait for the picture itself, not only its element
  const loaded = await thumbnail
    .evaluate(
      (image) =>
        new Promise((resolve) => {
          if (image.complete && image.naturalWidth > 0) return resolve(true);
          image.addEventListener("load", () => resolve(image.naturalWidth > 0), { once: true });
          image.addEventListener("error", () => resolve(false), { once: true });
          setTimeout(() => resolve(image.complete && image.naturalWidth > 0), 15_000);
        }),
    )
    .catch(() => false);
  check(loaded, "lead: the uploaded style image's thumbnail loads");
  await page.screenshot({ path: `${out}/story-3-order.png`, fullPage: true });
  console.log(`ok lead story: ${name}, order reserved, a line added, in progress (seen live in another tab), deposit recorded, image uploaded`);
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
try {
  for (const who of ["lead", "junior"]) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await signIn(page, gateway, who);
      await noTokenReadable(page, who);
      await skipLink(page, `${who} ${size}`);
      if (who === "lead" && size === "desktop") {
        const shop = await shopSystem();
        try {
          const secret = await addWebhook(page, shop);
          await story(page);
          await checkWebhook(page, shop, secret);
        } finally {
          shop.server.close();
        }
      }
      const heading = (text) => async (p) => p.getByRole("heading", { name: text, level: 2 }).first().waitFor();
      await visit(page, who, size, "today", "/", heading("Today"));
      await visit(page, who, size, "orders", "/orders", heading("Orders"));
      await visit(page, who, size, "board", "/board", heading("Board"));
      await visit(page, who, size, "customers", "/customers", heading("Customers"));
      await visit(page, who, size, "inventory", "/inventory", heading("Inventory"));
      await page.goto(gateway + "/orders");
      const firstOrder = page.locator("main table a[href^='/orders/']").first();
      if (check(await firstOrder.waitFor({ timeout: 10_000 }).then(() => true, () => false), `${who}: an order to open (run ./atelier demo-data first)`)) {
        const href = await firstOrder.getAttribute("href");
        await visit(page, who, size, "order", href, heading(/^Order /));
      }
      await page.goto(gateway + "/customers");
      const firstCustomer = page.locator("main table a[href^='/customers/']").first();
      if (check(await firstCustomer.waitFor({ timeout: 10_000 }).then(() => true, () => false), `${who}: a customer to open`)) {
        const href = await firstCustomer.getAttribute("href");
        await visit(page, who, size, "customer", href, async (p) => p.getByRole("heading", { name: "Measurements" }).waitFor());
      }
      await page.goto(gateway + "/inventory");
      const firstItem = page.locator("main table a[href^='/inventory/']").first();
      if (check(await firstItem.waitFor({ timeout: 10_000 }).then(() => true, () => false), `${who}: a stock item to open`)) {
        const href = await firstItem.getAttribute("href");
        await visit(page, who, size, "inventory-item", href, async (p) => p.getByRole("heading", { name: "Change log" }).waitFor());
      }
      if (who === "lead") {
        await visit(page, who, size, "users", "/users", heading("Designers"));
        await visit(page, who, size, "webhooks", "/webhooks", heading("Webhooks"));
        await visit(page, who, size, "new-order", "/orders/new", heading("New order"));
      }
      const cookies = await context.cookies();
      const session = cookies.find((cookie) => cookie.name.endsWith("atelier-session"));
      check(session?.httpOnly === true && session?.sameSite === "Strict", `${who}: the session cookie is HttpOnly and SameSite=Strict`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("all checks passed");
