import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, JUNIOR, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

function counts(me: unknown) {
  return fakeApi({
    "GET /api/me": { status: 200, body: me },
    "GET /api/orders": (call) => {
      const total = call.query.get("overdue") ? 2 : call.query.get("stockStatus") === "SHORT" ? 1 : call.query.get("paymentStatus") ? 4 : 7;
      return { status: 200, body: page([], total) };
    },
    "GET /api/inventory": { status: 200, body: page([], 3) },
  });
}

describe("today", () => {
  it("counts what needs attention, each a link to the list behind it", async () => {
    counts(LEAD);

    renderConsole("/");

    const overdue = await screen.findByRole("region", { name: "Overdue" });
    expect(await within(overdue).findByText("2")).toBeInTheDocument();
    expect(within(overdue).getByRole("link")).toHaveAttribute("href", "/orders?overdue=true");
    const short = screen.getByRole("region", { name: "Short of stock" });
    expect(await within(short).findByText("1")).toBeInTheDocument();
    expect(within(short).getByRole("link")).toHaveAttribute("href", "/orders?stockStatus=SHORT");
    const lowStock = screen.getByRole("region", { name: "Low stock" });
    expect(await within(lowStock).findByText("3")).toBeInTheDocument();
    expect(within(lowStock).getByRole("link")).toHaveAttribute("href", "/inventory?lowStock=true");
    expect(screen.getByRole("region", { name: "Unpaid" })).toBeInTheDocument();
  });

  it("shows a junior no balances and never asks for them", async () => {
    const calls = counts(JUNIOR);

    renderConsole("/");

    expect(await screen.findByRole("region", { name: "Overdue" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Unpaid" })).not.toBeInTheDocument();
    expect(calls.filter((call) => call.query.has("paymentStatus"))).toEqual([]);
  });
});
