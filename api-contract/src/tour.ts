// The README's tour as a typed client would drive it: every path, body and answer below is checked
// by tsc against the types openapi-typescript generated from the merged document (target/atelier.ts).
// No casts, no any: if the document and this code disagree, the build fails. Running it against a
// live suite (after ./atelier up) is not yet part of the build.
import createClient from "openapi-fetch";
import type { paths } from "../target/atelier";

const baseUrl = "http://127.0.0.1:8080";

async function tour(): Promise<void> {
  const anonymous = createClient<paths>({ baseUrl });
  const login = await anonymous.POST("/api/auth/login", { body: { username: "lead", password: "lead" } });
  if (!login.data) throw new Error(`login failed: ${login.error?.title ?? login.response.status}`);
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${login.data.access_token}` } });

  const customer = await api.POST("/api/customers", { body: { name: "Ada Obi", email: "ada@example.com" } });
  if (!customer.data) throw new Error(`customer: ${customer.error?.detail ?? customer.response.status}`);

  const silk = await api.POST("/api/inventory", {
    body: {
      sku: "FAB-SILK-001", name: "Silk charmeuse", category: "fabric", unit: "METRE", quantity: 40,
      price: { amount: 12.5, currency: "EUR" },
    },
  });
  if (!silk.data) throw new Error(`inventory: ${silk.error?.detail ?? silk.response.status}`);

  const order = await api.POST("/api/orders", {
    body: {
      customerId: customer.data.id,
      items: [{ inventoryItemId: silk.data.id, quantity: 3 }, { description: "Hand-beaded bodice", quantity: 1 }],
      price: { amount: 450, currency: "EUR" },
      deliveryDate: "2027-01-20",
      deliveryMethod: "PICKUP",
    },
  });
  if (!order.data) throw new Error(`order: ${order.error?.detail ?? order.response.status}`);
  const orderId = order.data.id;

  const read = await api.GET("/api/orders/{id}", { params: { path: { id: orderId } } });
  console.log("stock", read.data?.stockStatus);

  const orders = await api.GET("/api/orders", {
    params: { query: { status: "PENDING", page: 0, size: 10, sort: ["deliveryDate,asc"] } },
  });
  console.log("orders", orders.data?.page.totalElements);

  const deposit = await api.POST("/api/orders/{orderId}/payments", {
    params: { path: { orderId } },
    body: { amount: { amount: 150, currency: "EUR" }, method: "CARD", note: "deposit" },
  });
  console.log("balance due", deposit.data?.balance.balanceDue.amount);

  const started = await api.PATCH("/api/orders/{id}/status", {
    params: { path: { id: orderId } },
    body: { status: "IN_PROGRESS", note: "cutting started" },
  });
  if (started.error) console.log("refused:", started.error.status, started.error.errors?.map((e) => e.field));

  const patched = await api.PATCH("/api/customers/{id}", {
    params: { path: { id: customer.data.id } },
    body: { notes: "prefers silk", version: customer.data.version },
    headers: { "Content-Type": "application/merge-patch+json" },
  });
  console.log("customer version", patched.data?.version);

  const images = await api.GET("/api/style-images", { params: { query: { orderId, sort: ["uploadedAt,desc"] } } });
  console.log("images", images.data?.content.length);
}

tour().catch((failure: unknown) => console.error(failure));
