// The README's tour as a typed client drives it: every path, body and answer below is checked by tsc
// against the types openapi-typescript generated from the merged document (target/atelier.ts), with no
// casts and no any, so a document that disagrees with this code fails the build. The e2e tests also run
// it (with tsx) against the real suite they start: ATELIER_URL names the gateway (default: a local
// ./atelier up). It exits non-zero at the first step that does not answer as documented.
import createClient from "openapi-fetch";
import type { paths } from "../target/atelier";

const baseUrl = process.env.ATELIER_URL ?? "http://127.0.0.1:8080";
// Unique per run, so the tour can run again against the same suite (SKUs and e-mails are unique).
const run = Date.now().toString(36);

function fail(step: string, status: number, problem?: { title?: string; detail?: string }): never {
  throw new Error(`${step}: HTTP ${status} ${problem?.title ?? ""} ${problem?.detail ?? ""}`.trim());
}

async function tour(): Promise<void> {
  const anonymous = createClient<paths>({ baseUrl });
  const login = await anonymous.POST("/api/auth/login", { body: { username: "lead", password: "lead" } });
  if (!login.data) fail("login", login.response.status, login.error);
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${login.data.access_token}` } });

  const customer = await api.POST("/api/customers", { body: { name: "Ada Obi", email: `ada-${run}@example.com` } });
  if (!customer.data) fail("create customer", customer.response.status, customer.error);
  console.log("customer", customer.data.id);

  const silk = await api.POST("/api/inventory", {
    body: {
      sku: `FAB-SILK-${run}`, name: `Silk charmeuse ${run}`, category: "fabric", unit: "METRE", quantity: 40,
      price: { amount: 12.5, currency: "EUR" },
    },
  });
  if (!silk.data) fail("create inventory item", silk.response.status, silk.error);

  const order = await api.POST("/api/orders", {
    body: {
      customerId: customer.data.id,
      items: [{ inventoryItemId: silk.data.id, quantity: 3 }, { description: "Hand-beaded bodice", quantity: 1 }],
      price: { amount: 450, currency: "EUR" },
      deliveryDate: "2027-01-20",
      deliveryMethod: "PICKUP",
    },
  });
  if (!order.data) fail("create order", order.response.status, order.error);
  const orderId = order.data.id;
  console.log("order", orderId);

  // The stock saga answers within moments: wait for inventory's reservation.
  let stock = order.data.stockStatus;
  for (let tries = 0; stock === "RESERVING" && tries < 60; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const read = await api.GET("/api/orders/{id}", { params: { path: { id: orderId } } });
    if (!read.data) fail("read order", read.response.status, read.error);
    stock = read.data.stockStatus;
  }
  if (stock !== "RESERVED") throw new Error(`stock: ${stock}, expected RESERVED`);
  console.log("stock", stock);

  const orders = await api.GET("/api/orders", {
    params: { query: { customerId: customer.data.id, page: 0, size: 10, sort: ["deliveryDate,asc"] } },
  });
  if (!orders.data) fail("list orders", orders.response.status, orders.error);
  if (orders.data.page.totalElements !== 1) throw new Error(`orders: ${orders.data.page.totalElements}, expected 1`);

  const deposit = await api.POST("/api/orders/{orderId}/payments", {
    params: { path: { orderId } },
    body: { amount: { amount: 150, currency: "EUR" }, method: "CARD", note: "deposit" },
  });
  if (!deposit.data) fail("record deposit", deposit.response.status, deposit.error);
  console.log("balance due", deposit.data.balance.balanceDue.amount);

  const started = await api.PATCH("/api/orders/{id}/status", {
    params: { path: { id: orderId } },
    body: { status: "IN_PROGRESS", note: "cutting started" },
  });
  if (!started.data) fail("move status", started.response.status, started.error);
  console.log("status", started.data.status);

  const patched = await api.PATCH("/api/customers/{id}", {
    params: { path: { id: customer.data.id } },
    body: { notes: "prefers silk", version: customer.data.version },
    headers: { "Content-Type": "application/merge-patch+json" },
  });
  if (!patched.data) fail("patch customer", patched.response.status, patched.error);
  console.log("customer version", patched.data.version);

  const images = await api.GET("/api/style-images", { params: { query: { orderId, sort: ["uploadedAt,desc"] } } });
  if (!images.data) fail("list style images", images.response.status, images.error);
  console.log("images", images.data.content.length);
  console.log("tour done");
}

tour().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
