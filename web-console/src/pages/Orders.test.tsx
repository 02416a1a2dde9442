import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, JUNIOR, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

const ORDER = {
  id: "6f1c0a9e-3d47-4b8e-9a55-0d2a7f4c1b10",
  customerId: "0b7e4f7a-8c1d-4a51-9d3e-5f2a6b7c8d90",
  status: "PENDING",
  stockStatus: "SHORT",
  paymentStatus: "PARTIALLY_PAID",
  deliveryDate: "2026-12-10",
  deliveryMethod: "PICKUP",
  price: { amount: 250, currency: "USD" },
  items: [],
  shortages: [],
  version: 3,
  itemListVersion: 1,
  createdAt: "2026-12-01T10:00:00Z",
  createdBy: "lead",
  updatedAt: "2026-12-01T10:00:00Z",
  updatedBy: "lead",
};

describe("the order list", () => {
  it("asks the API for the filters in the address, sorted and paged", async () => {
    const calls = fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      "GET /api/orders": { status: 200, body: page([ORDER]) },
      "GET /api/customers": { status: 200, body: page([{ id: ORDER.customerId, name: "Ada Obi" }]) },
    });

    renderConsole("/orders?status=PENDING&overdue=true&paymentStatus=PARTIALLY_PAID&sort=createdAt,desc");

    expect(await screen.findByRole("link", { name: "Ada Obi" })).toHaveAttribute("href", `/customers/${ORDER.customerId}`);
    // the page's customers in one call, not one per row
    const names = calls.filter((call) => call.path.startsWith("/api/customers"));
    expect(names).toHaveLength(1);
    expect(names[0]!.query.getAll("id")).toEqual([ORDER.customerId]);
    expect(names[0]!.query.get("includeArchived")).toBe("true");
    const list = calls.find((call) => call.path === "/api/orders")!;
    expect(list.query.get("status")).toBe("PENDING");
    expect(list.query.get("overdue")).toBe("true");
    expect(list.query.get("paymentStatus")).toBe("PARTIALLY_PAID");
    expect(list.query.getAll("sort")).toEqual(["createdAt,desc"]);
    expect(list.query.get("page")).toBe("0");
    const row = screen.getByRole("link", { name: "6f1c0a9e" }).closest("tr")!;
    expect(within(row).getByText("Short of stock")).toBeInTheDocument();
    expect(within(row).getByText("Part paid")).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Price" })).toBeInTheDocument();
  });

  it("shows a junior no money: no payment filter, price or payment column", async () => {
    const calls = fakeApi({
      "GET /api/me": { status: 200, body: JUNIOR },
      "GET /api/orders": { status: 200, body: page([{ ...ORDER, price: undefined, paymentStatus: undefined }]) },
      "GET /api/customers": { status: 200, body: page([{ id: ORDER.customerId, name: "Ada Obi" }]) },
    });

    renderConsole("/orders");

    expect(await screen.findByRole("link", { name: "6f1c0a9e" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Filters" }));
    expect(screen.getByLabelText("Status")).toBeInTheDocument();
    expect(screen.queryByLabelText("Payment")).not.toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "Price" })).not.toBeInTheDocument();
    expect(calls.filter((call) => call.query.has("paymentStatus"))).toEqual([]);
  });

  it("on a phone keeps the filters behind a button that says how many are set", async () => {
    const calls = fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      "GET /api/orders": { status: 200, body: page([ORDER]) },
      "GET /api/customers": { status: 200, body: page([{ id: ORDER.customerId, name: "Ada Obi" }]) },
    });

    renderConsole("/orders?status=PENDING&overdue=true");

    const toggle = await screen.findByRole("button", { name: "Filters (2 set)" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByLabelText("Status")).not.toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "6f1c0a9e" })).toBeInTheDocument();

    await userEvent.click(toggle);
    expect(screen.getByRole("button", { name: "Hide filters (2 set)" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByLabelText("Status")).toHaveValue("PENDING");
    await userEvent.selectOptions(screen.getByLabelText("Stock"), "SHORT");
    expect(await screen.findByRole("button", { name: "Hide filters (3 set)" })).toBeInTheDocument();
    expect(calls.some((call) => call.path === "/api/orders" && call.query.get("stockStatus") === "SHORT")).toBe(true);
  });

  it("says so when nothing matches, and shows a refusal where the list would be", async () => {
    fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      "GET /api/orders": (call) =>
        call.query.get("status") === "DELIVERED"
          ? { status: 200, body: page([]) }
          : { status: 503, body: { type: "about:blank", title: "Service Unavailable", status: 503, detail: "order-service is unavailable" } },
    });

    const { unmount } = renderConsole("/orders?status=DELIVERED");
    expect(await screen.findByText("No orders match these filters.")).toBeInTheDocument();
    unmount();

    renderConsole("/orders");
    expect(await screen.findByRole("alert")).toHaveTextContent("Orders is unavailable");
  });
});
