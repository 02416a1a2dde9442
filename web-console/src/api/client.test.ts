import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError, csrfToken, unwrap } from "./client";

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = "XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
});

describe("the API client", () => {
  it("reads the CSRF token from the readable cookie", () => {
    expect(csrfToken("a=1; XSRF-TOKEN=abc%3D; b=2")).toBe("abc=");
    expect(csrfToken("a=1")).toBeUndefined();
  });

  it("sends the CSRF token on writes and not on reads", async () => {
    document.cookie = "XSRF-TOKEN=token-1; path=/";
    const seen: Request[] = [];
    vi.stubGlobal("fetch", async (request: Request) => {
      seen.push(request);
      return new Response(JSON.stringify({}), { status: 200, headers: { "Content-Type": "application/json" } });
    });

    await api.GET("/api/me");
    await api.PATCH("/api/orders/{id}/status", { params: { path: { id: "o-1" } }, body: { status: "IN_PROGRESS" } });

    expect(seen[0]!.headers.get("X-XSRF-TOKEN")).toBeNull();
    expect(seen[1]!.headers.get("X-XSRF-TOKEN")).toBe("token-1");
    expect(seen[1]!.credentials).toBe("same-origin");
  });

  it("turns a problem+json answer into an ApiError that keeps the problem", async () => {
    vi.stubGlobal("fetch", async () =>
      new Response(JSON.stringify({ type: "about:blank", title: "Conflict", status: 409, detail: "stale version" }), {
        status: 409,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );

    const failure = await unwrap(api.GET("/api/me")).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(409);
    expect((failure as ApiError).problem?.detail).toBe("stale version");
  });
});
