import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

describe("the customer form", () => {
  it("shows a refused field beside it, keeps what was typed, and saves once corrected", async () => {
    let attempts = 0;
    const calls = fakeApi({
      "GET /api/me": { status: 200, body: LEAD },
      "POST /api/customers": (call) => {
        attempts += 1;
        const body = call.body as { email: string | null };
        return body.email === "ada@example"
          ? {
              status: 400,
              body: { type: "about:blank", title: "Bad Request", status: 400, errors: [{ field: "email", message: "must be a well-formed email address" }] },
            }
          : { status: 201, body: { id: "c-1", name: "Ada Obi", archived: false, version: 0 } };
      },
      "GET /api/customers/c-1": { status: 200, body: { id: "c-1", name: "Ada Obi", archived: false, version: 0 } },
      "GET /api/customers/c-1/measurements": { status: 200, body: page([]) },
      "GET /api/orders": { status: 200, body: page([]) },
    });

    renderConsole("/customers/new");
    await userEvent.type(await screen.findByLabelText(/Name/), "Ada Obi");
    await userEvent.type(screen.getByLabelText("E-mail"), "ada@example");
    await userEvent.type(screen.getByLabelText("City"), "Lagos");
    await userEvent.click(screen.getByRole("button", { name: "Create customer" }));

    expect(await screen.findByText("must be a well-formed email address")).toBeInTheDocument();
    expect(screen.getByLabelText(/Name/)).toHaveValue("Ada Obi");
    expect(screen.getByLabelText("City")).toHaveValue("Lagos");

    await userEvent.type(screen.getByLabelText("E-mail"), ".com");
    await userEvent.click(screen.getByRole("checkbox", { name: /E-mail updates about orders/ }));
    await userEvent.click(screen.getByRole("button", { name: "Create customer" }));

    await waitFor(() => expect(attempts).toBe(2));
    const saved = calls.filter((call) => call.method === "POST").at(-1)!;
    expect(saved.body).toEqual({
      name: "Ada Obi",
      phone: null,
      email: "ada@example.com",
      notes: null,
      address: { street: null, postalCode: null, city: "Lagos", country: null },
      language: null,
      notifications: { email: true },
    });
    expect(await screen.findByRole("heading", { name: "Ada Obi" })).toBeInTheDocument();
  });
});
