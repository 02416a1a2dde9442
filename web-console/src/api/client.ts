import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];

/**
 * The console's one way to the API: same-origin calls with the session cookie (the gateway is
 * the Backend-for-Frontend; the console never holds a token). Paths, parameters and bodies are
 * typed from the published OpenAPI document.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? "",
  credentials: "same-origin",
  // looked up on each call (not once at start), so a test can stand in for the network
  fetch: (request) => globalThis.fetch(request),
});

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The CSRF token the gateway put in the readable XSRF-TOKEN cookie, or undefined. */
export function csrfToken(cookies: string = document.cookie): string | undefined {
  const entry = cookies
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith("XSRF-TOKEN="));
  return entry ? decodeURIComponent(entry.slice("XSRF-TOKEN=".length)) : undefined;
}

/** Unsafe calls carry the CSRF token in X-XSRF-TOKEN, as the gateway requires of session callers. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    const token = csrfToken();
    if (UNSAFE.has(request.method) && token) {
      request.headers.set("X-XSRF-TOKEN", token);
    }
    return request;
  },
};

api.use(csrfMiddleware);

/**
 * A same-origin address of an API path for the browser itself to load (an image's src, a link),
 * built from the document's own path template, so a path the contract does not have does not compile.
 */
export function apiUrl<P extends keyof paths>(template: P, parameters: Record<string, string>): string {
  return String(template).replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(parameters[name] ?? ""));
}

/** A refusal of the API, with its problem+json body when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}.`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or an ApiError carrying the problem (for TanStack Query to hold). */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(error) ? error : undefined);
  }
  return data as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}
