import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ApiError, unwrap, type Schemas } from "./client";

export type Designer = Schemas["CurrentDesigner"];

/** Who is signed in; null when nobody is (401), so the shell can show the sign-in screen. */
export const designerQuery = queryOptions({
    queryKey: ["me"],
    queryFn: async (): Promise<Designer | null> => {
      try {
        return await unwrap(api.GET("/api/me"));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
});

export function useDesigner() {
  return useQuery(designerQuery);
}

/** Lead designers see money (prices, payments, balances) and may do everything. */
export function isLead(designer: Designer | null | undefined): boolean {
  return designer?.roles.includes("lead_designer") ?? false;
}

/** Where the browser goes to sign in: the gateway's Authorization Code + PKCE start. */
export const SIGN_IN_URL = "/oauth2/authorization/atelier-console";
