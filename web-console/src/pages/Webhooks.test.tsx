import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, JUNIOR, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

const HOOK = {
  id: "w-1",
  url: "https://till.example.com/atelier",
  eventTypes: ["order.status-changed"],
  description: "the till",
  createdAt: "2026-12-01T10:00:00Z",
  createdBy: "lead",
};

describe("the webhooks page", () => {
  it("lets a lead add a webhook, shows its secret once, and sends a test", async () => {
    const calls = fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      "GET /api/webhooks": { status: 200, body: page([HOOK]) },
      "POST /api/webhooks": { status: 201, body: { ...HOOK, id: "w-2", url: "https://books.example.com/in", secret: "whsec_c2VjcmV0" } },
      "POST /api/webhooks/{id}/test": { status: 202, body: { id: "d-1", webhookId: "w-1", eventId: "e-1", eventType: "webhook.test", status: "PENDING", attempts: 0, createdAt: "2026-12-01T10:00:00Z" } },
      "GET /api/webhooks/{id}/deliveries": { status: 200, body: page([{ id: "d-1", webhookId: "w-1", eventId: "e-1", eventType: "webhook.test", status: "DELIVERED", attempts: 1, responseStatus: 204, createdAt: "2026-12-01T10:00:00Z", deliveredAt: "2026-12-01T10:00:01Z" }]) },
    });

    renderConsole("/webhooks");

    const form = await screen.findByRole("form", { name: "New webhook" });
    const url = within(form).getByRole("textbox", { name: /URL/ });
    await userEvent.clear(url);
    await userEvent.type(url, "https://books.example.com/in");
    await userEvent.click(within(form).getByRole("button", { name: "Add webhook" }));

    expect(await screen.findByText("whsec_c2VjcmV0")).toBeInTheDocument();
    const created = calls.find((call) => call.method === "POST" && call.path === "/api/webhooks")!;
    expect(created.body).toEqual({ url: "https://books.example.com/in", eventTypes: ["order.status-changed"], description: null });

    // The actions sit in the URL's cell, which a phone shows without scrolling sideways.
    const row = screen.getAllByRole("row").find((r) => r.textContent?.includes("till.example.com"))!;
    const first = within(row).getAllByRole("cell")[0]!;
    expect(within(first).getByText("https://till.example.com/atelier")).toBeInTheDocument();
    expect(within(first).getAllByRole("button").map((b) => b.textContent)).toEqual(["Send test", "Deliveries", "Delete"]);

    await userEvent.click(screen.getByRole("button", { name: "Send test" }));
    await waitFor(() => expect(calls.some((call) => call.path === "/api/webhooks/w-1/test")).toBe(true));
    expect(await screen.findByText("Delivered")).toBeInTheDocument();
    expect(screen.getByText("204")).toBeInTheDocument();
  });

  it("tells a junior designer webhooks are for leads", async () => {
    fakeApi({ "GET /api/me": { status: 200, body: JUNIOR } });

    renderConsole("/webhooks");

    expect(await screen.findByText("Only lead designers manage webhooks.")).toBeInTheDocument();
  });
});
