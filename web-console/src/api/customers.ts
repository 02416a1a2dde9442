import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import type { paths } from "./schema";

export type CustomerQuery = NonNullable<paths["/api/customers"]["get"]["parameters"]["query"]>;

export function useCustomers(query: CustomerQuery) {
  return useQuery({
    queryKey: ["customers", query],
    queryFn: () => unwrap(api.GET("/api/customers", { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** One customer; {@code fetch: false} only reads what another query put in the cache. */
export function useCustomer(id: string | undefined, { fetch = true } = {}) {
  return useQuery({
    queryKey: ["customer", id],
    queryFn: () => unwrap(api.GET("/api/customers/{id}", { params: { path: { id: id! } } })),
    enabled: Boolean(id) && fetch,
    staleTime: 5 * 60_000,
  });
}

/**
 * The customers of a page of rows in one call (`?id=…&id=…`), each kept in the cache as if read on
 * its own, so the page's CustomerNames read from it instead of asking once per row. An id the
 * answer lacks is kept as null (the name falls back to the id).
 */
export function useCustomersById(ids: readonly string[]) {
  const client = useQueryClient();
  const unique = [...new Set(ids)].sort();
  return useQuery({
    queryKey: ["customers", "by-id", unique],
    queryFn: async () => {
      const query = { id: unique, includeArchived: true, size: unique.length };
      const page = await unwrap(api.GET("/api/customers", { params: { query } }));
      const found = new Map(page.content.map((customer) => [customer.id, customer]));
      for (const id of unique) {
        client.setQueryData(["customer", id], found.get(id) ?? null);
      }
      return page;
    },
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
  });
}
