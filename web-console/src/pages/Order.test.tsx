import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, JUNIOR, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

const ID = "6f1c0a9e-3d47-4b8e-9a55-0d2a7f4c1b10";
const ORDER = {
  id: ID,
  customerId: "0b7e4f7a-8c1d-4a51-9d3e-5f2a6b7c8d90",
  status: "PENDING",
  stockStatus: "RESERVED",
  paymentStatus: "UNPAID",
  deliveryDate: "2026-12-10",
  deliveryMethod: "PICKUP",
  price: { amount: 250, currency: "USD" },
  balanceDue: { amount: 250, currency: "USD" },
  items: [{ id: "i-1", description: "Hand-finished hem", quantity: 1 }],
  shortages: [],
  version: 3,
  itemListVersion: 1,
  createdAt: "2026-12-01T10:00:00Z",
  createdBy: "lead",
  updatedAt: "2026-12-01T10:00:00Z",
  updatedBy: "lead",
};

const MESSAGES = [
  {
    id: "n-2", orderId: ID, customerId: ORDER.customerId, kind: "ORDER_DELIVERED", channel: "EMAIL", status: "SKIPPED",
    recipient: null, subject: null, attempts: 1, reason: "the customer has not opted in to e-mail", requestedBy: "order-event",
    createdAt: "2026-12-03T10:00:00Z", updatedAt: "2026-12-03T10:00:01Z",
  },
  {
    id: "n-1", orderId: ID, customerId: ORDER.customerId, kind: "ORDER_READY", channel: "EMAIL", status: "SENT",
    recipient: "ada@example.com", subject: "Your order is ready", attempts: 1, requestedBy: "order-event",
    createdAt: "2026-12-02T10:00:00Z", sentAt: "2026-12-02T10:00:01Z", updatedAt: "2026-12-02T10:00:01Z",
  },
];

function api(me: unknown, status: Record<string, unknown> = {}, more: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    ...more,
    "GET /api/me": { status: 200, body: me },
    [`GET /api/orders/${ID}`]: { status: 200, body: ORDER },
    [`GET /api/orders/${ID}/timeline`]: { status: 200, body: [{ to: "PENDING", at: "2026-12-01T10:00:00Z", by: "lead" }] },
    [`GET /api/orders/${ID}/payments`]: { status: 200, body: page([]) },
    [`GET /api/orders/${ID}/notifications`]: { status: 200, body: page(MESSAGES) },
    "GET /api/customers/{id}": { status: 200, body: { id: ORDER.customerId, name: "Ada Obi" } },
    [`PATCH /api/orders/${ID}/status`]: { status: 200, body: { ...ORDER, status: "IN_PROGRESS", ...status } },
  });
}

describe("the order page", () => {
  it("offers a lead only the moves the status allows, and makes the one chosen", async () => {
    const calls = api(LEAD);

    renderConsole(`/orders/${ID}`);

    const start = await screen.findByRole("button", { name: "Start work" });
    expect(screen.getByRole("button", { name: "Cancel order" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Mark delivered" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Mark ready" })).not.toBeInTheDocument();
    await userEvent.click(start);

    await waitFor(() => expect(calls.some((call) => call.method === "PATCH")).toBe(true));
    const move = calls.find((call) => call.method === "PATCH")!;
    expect(move.body).toEqual({ status: "IN_PROGRESS" });
    expect(await screen.findByRole("button", { name: "Mark ready" })).toBeInTheDocument();
  });

  it("edits a style image's description in place, sending the image's version", async () => {
    const image = { id: "img-1", orderId: ID, description: "Front", fileName: "front.jpg", hasThumbnail: false, version: 2, uploadedAt: "2026-12-01T10:00:00Z", uploadedBy: "lead" };
    const calls = api(LEAD, {}, {
      "GET /api/style-images": { status: 200, body: page([image]) },
      "PATCH /api/style-images/img-1": { status: 200, body: { ...image, description: "Front, with the silk lining", version: 3 } },
    });

    renderConsole(`/orders/${ID}`);

    await userEvent.click(await screen.findByRole("button", { name: "Edit the description of Front" }));
    const field = screen.getByLabelText("Description", { selector: "form input" });
    await userEvent.clear(field);
    await userEvent.type(field, "Front, with the silk lining");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(calls.some((call) => call.method === "PATCH" && call.path === "/api/style-images/img-1")).toBe(true));
    const patch = calls.find((call) => call.path === "/api/style-images/img-1")!;
    expect(patch.body).toEqual({ description: "Front, with the silk lining", version: 2 });
  });

  it("shows a junior where the order stands, without moves or money", async () => {
    const calls = api(JUNIOR);

    renderConsole(`/orders/${ID}`);

    expect(await screen.findByText("Lead designers move orders on.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start work" })).not.toBeInTheDocument();
    expect(screen.queryByText(/balance due/i)).not.toBeInTheDocument();
    expect(calls.some((call) => call.path.endsWith("/payments"))).toBe(false);
  });

  it("offers to reload when the order changed meanwhile (409)", async () => {
    fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      [`GET /api/orders/${ID}`]: { status: 200, body: ORDER },
      [`GET /api/orders/${ID}/timeline`]: { status: 200, body: [] },
      [`GET /api/orders/${ID}/payments`]: { status: 200, body: page([]) },
    [`GET /api/orders/${ID}/notifications`]: { status: 200, body: page(MESSAGES) },
      "GET /api/customers/{id}": { status: 200, body: { id: ORDER.customerId, name: "Ada Obi" } },
      [`PATCH /api/orders/${ID}/status`]: {
        status: 409,
        body: { type: "about:blank", title: "Conflict", status: 409, detail: "Someone else changed this order meanwhile; read it again and retry.", currentVersion: 4 },
      },
    });

    renderConsole(`/orders/${ID}`);
    await userEvent.click(await screen.findByRole("button", { name: "Cancel order" }));

    expect(await screen.findByText("Someone else changed this order meanwhile; read it again and retry.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });

  it("shows the messages the customer got, and lets a lead send one again", async () => {
    const calls = api(LEAD, {}, {
      "POST /api/notifications/{id}/resend": { status: 201, body: { ...MESSAGES[1], id: "n-3", status: "PENDING", resendOf: "n-1", requestedBy: "lead" } },
    });

    renderConsole(`/orders/${ID}`);

    const log = await screen.findByRole("region", { name: "Messages to the customer" });
    expect(await within(log).findByText("ada@example.com")).toBeInTheDocument();
    expect(within(log).getByText("Sent")).toBeInTheDocument();
    expect(within(log).getByText("Not sent")).toBeInTheDocument();
    expect(within(log).getByText("the customer has not opted in to e-mail")).toBeInTheDocument();
    await userEvent.click(within(log).getByRole("button", { name: 'Send "Order ready" again' }));

    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/notifications/n-1/resend")).toBe(true));
  });

  it("shows a junior the messages without the resend", async () => {
    api(JUNIOR);

    renderConsole(`/orders/${ID}`);

    const log = await screen.findByRole("region", { name: "Messages to the customer" });
    expect(await within(log).findByText("ada@example.com")).toBeInTheDocument();
    expect(within(log).queryByRole("button", { name: /again/ })).not.toBeInTheDocument();
  });
});
