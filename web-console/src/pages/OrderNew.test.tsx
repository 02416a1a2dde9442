import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

const CUSTOMER = { id: "c-1", name: "Ada Obi", archived: false, version: 0, address: { street: "12 Marina", city: "Lagos", country: "NG" } };
const ITEM = { id: "i-1", name: "Silk lining", sku: "SLK-1", available: 12 };

describe("a new order", () => {
  it("sends the customer, a stock line and a custom line, price and delivery in one request", async () => {
    const calls = fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      "GET /api/customers": { status: 200, body: page([CUSTOMER]) },
      "GET /api/customers/c-1": { status: 200, body: CUSTOMER },
      "GET /api/customers/c-1/measurements": { status: 200, body: page([]) },
      "GET /api/inventory": { status: 200, body: page([ITEM]) },
      "POST /api/orders": { status: 201, body: { id: "o-1" } },
      "GET /api/orders/o-1": { status: 404, body: { type: "about:blank", title: "Not Found", status: 404 } },
      "GET /api/orders/o-1/timeline": { status: 200, body: [] },
    });

    renderConsole("/orders/new");
    await userEvent.click((await screen.findAllByLabelText(/^Customer/))[0]!);
    await userEvent.click(await screen.findByRole("option", { name: "Ada Obi" }));
    await userEvent.click(screen.getByLabelText("Line 1 stock item"));
    await userEvent.click(await screen.findByRole("option", { name: /Silk lining/ }));
    await userEvent.type(screen.getByLabelText("Line 1 size"), "M");
    await userEvent.click(screen.getByRole("button", { name: "Add a line" }));
    await userEvent.click(screen.getAllByText("Custom work")[1]!);
    await userEvent.type(screen.getByLabelText("Line 2 work"), "Hand-finished hem");
    await userEvent.type(screen.getByRole("textbox", { name: /^Price/ }), "250");
    await userEvent.click(screen.getByText("Delivery"));
    await userEvent.click(screen.getByRole("button", { name: "Use the customer's address" }));
    await userEvent.click(screen.getByRole("button", { name: "Create order" }));

    await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
    const sent = calls.find((call) => call.method === "POST")!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      customerId: "c-1",
      measurementId: null,
      items: [
        { inventoryItemId: "i-1", size: "M", quantity: 1, description: null },
        { description: "Hand-finished hem", quantity: 1 },
      ],
      price: { amount: 250, currency: "EUR" },
      deliveryMethod: "DELIVERY",
      deliveryAddress: { street: "12 Marina", postalCode: null, city: "Lagos", country: "NG" },
    });
    expect(sent.deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
