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

export function useCustomer(id: string | undefined, { enabled = true } = {}) {
  return useQuery({
    queryKey: ["customer", id],
    queryFn: () => unwrap(api.GET("/api/customers/{id}", { params: { path: { id: id! } } })),
    enabled: Boolean(id) && enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * The customers of a page of rows in one call (`?id=…&id=…`): each is kept in the cache as if read
 * on its own, and its name (null when the answer lacks it) under `customerNameKey` for the page's
 * CustomerNames, so a list asks once instead of once per row.
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
        const customer = found.get(id);
        if (customer) {
          client.setQueryData(["customer", id], customer);
        }
        client.setQueryData(customerNameKey(id), customer?.name ?? null);
      }
      return page;
    },
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
  });
}

export const customerNameKey = (id: string) => ["customer-name", id];

/** A name useCustomersById wrote (never fetched on its own): pending until the page's call answers. */
export function useListedCustomerName(id: string) {
  return useQuery<string | null>({ queryKey: customerNameKey(id), queryFn: () => null, enabled: false });
}
