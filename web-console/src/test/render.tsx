import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { vi } from "vitest";
import { routes } from "../app/routes";

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Answer = { status: number; body?: unknown };

/**
 * Stands in for the gateway: answers each call by its method and path (the first matching
 * route wins) and records every call, so a test can check what the console asked for.
 */
export function fakeApi(answers: Record<string, Answer | ((call: Call) => Answer)>) {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (request: Request) => {
    const url = new URL(request.url);
    const text = request.method === "GET" ? "" : await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const key = Object.keys(answers).find((pattern) => matches(pattern, call));
    const found = key ? answers[key]! : { status: 404, body: { type: "about:blank", title: "Not Found", status: 404 } };
    const answer = typeof found === "function" ? found(call) : found;
    const problem = answer.status >= 400;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "Content-Type": problem ? "application/problem+json" : "application/json" },
    });
  });
  return calls;
}

function matches(pattern: string, call: Call): boolean {
  const [method, path] = pattern.split(" ") as [string, string];
  if (method !== call.method) {
    return false;
  }
  const expression = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
  return expression.test(call.path);
}

/** The whole console at a route, as the browser would open it. */
export function renderConsole(path: string) {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes(queries), { initialEntries: [path] });
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={queries}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

export const LEAD = { username: "lead", name: "Amara Okafor", roles: ["lead_designer"] };
export const JUNIOR = { username: "junior", name: "Tunde Bello", roles: ["junior_designer"] };

export function page<T>(content: T[], totalElements = content.length) {
  return { content, page: { size: 20, number: 0, totalElements, totalPages: Math.max(1, Math.ceil(totalElements / 20)) } };
}
