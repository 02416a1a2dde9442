import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, JUNIOR, LEAD, page, renderConsole } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

describe("the shell", () => {
  it("offers the gateway's sign-in when nobody is signed in", async () => {
    fakeApi({ "GET /api/me": { status: 401, body: { type: "about:blank", title: "Unauthorized", status: 401 } } });

    renderConsole("/orders");

    const signIn = await screen.findByRole("link", { name: "Sign in" });
    expect(signIn).toHaveAttribute("href", "/oauth2/authorization/atelier-console");
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("shows who is signed in, their role and a sign-out form", async () => {
    fakeApi({ "GET /api/me": { status: 200, body: LEAD }, "GET /api/orders": { status: 200, body: page([]) }, "GET /api/inventory": { status: 200, body: page([]) } });

    renderConsole("/");

    expect(await screen.findByText("Amara Okafor")).toBeInTheDocument();
    expect(screen.getByText("Lead")).toBeInTheDocument();
    const signOut = screen.getByRole("button", { name: "Sign out" });
    expect(signOut.closest("form")).toHaveAttribute("action", "/logout");
    expect(signOut.closest("form")).toHaveAttribute("method", "post");
    for (const place of ["Today", "Orders", "Customers", "Inventory"]) {
      expect(screen.getByRole("link", { name: place })).toBeInTheDocument();
    }
  });

  it("says when the gateway cannot tell who is signed in", async () => {
    fakeApi({ "GET /api/me": { status: 503, body: { type: "about:blank", title: "Service Unavailable", status: 503, detail: "keycloak is unavailable; try again later.", service: "keycloak" } } });

    renderConsole("/");

    expect(await screen.findByRole("alert")).toHaveTextContent("Sign-in and user accounts is unavailable");
  });

  it("shows a junior their role", async () => {
    fakeApi({ "GET /api/me": { status: 200, body: JUNIOR }, "GET /api/orders": { status: 200, body: page([]) }, "GET /api/inventory": { status: 200, body: page([]) } });

    renderConsole("/");

    expect(await screen.findByText("Junior")).toBeInTheDocument();
  });
});
