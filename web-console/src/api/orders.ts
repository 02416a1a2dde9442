import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import type { paths } from "./schema";

export type OrderQuery = NonNullable<paths["/api/orders"]["get"]["parameters"]["query"]>;

/** A page of orders as the API filters, sorts and pages them. */
export function ordersQuery(query: OrderQuery) {
  return queryOptions({
    queryKey: ["orders", query],
    queryFn: () => unwrap(api.GET("/api/orders", { params: { query } })),
  });
}

export function useOrders(query: OrderQuery) {
  return useQuery({ ...ordersQuery(query), placeholderData: keepPreviousData });
}

/** How many orders match: one order's page and its total. */
export function useOrderCount(query: OrderQuery, enabled = true) {
  return useQuery({
    queryKey: ["orders", "count", query],
    queryFn: async () => (await unwrap(api.GET("/api/orders", { params: { query: { ...query, size: 1 } } }))).page.totalElements,
    enabled,
  });
}

/** The filters a designer may set on the order list, as URL search parameters (so lists can be linked). */
export const ORDER_FILTERS = ["status", "stockStatus", "paymentStatus", "customerId", "deliveryFrom", "deliveryTo", "overdue"] as const;

export function orderQueryOf(search: URLSearchParams): OrderQuery {
  const query: OrderQuery = {};
  const status = search.get("status");
  const stockStatus = search.get("stockStatus");
  const paymentStatus = search.get("paymentStatus");
  if (status) query.status = status as OrderQuery["status"];
  if (stockStatus) query.stockStatus = stockStatus as OrderQuery["stockStatus"];
  if (paymentStatus) query.paymentStatus = paymentStatus as OrderQuery["paymentStatus"];
  const customerId = search.get("customerId");
  if (customerId) query.customerId = customerId;
  const from = search.get("deliveryFrom");
  const to = search.get("deliveryTo");
  if (from) query.deliveryFrom = from;
  if (to) query.deliveryTo = to;
  if (search.get("overdue") === "true") query.overdue = true;
  const sort = search.get("sort");
  query.sort = [(sort ?? "deliveryDate,asc") as NonNullable<OrderQuery["sort"]>[number]];
  query.page = Number(search.get("page") ?? 0) || 0;
  query.size = 20;
  return query;
}

/** A link to the order list with these filters. */
export function ordersLink(filters: Partial<Record<(typeof ORDER_FILTERS)[number], string | boolean>>): string {
  const search = new URLSearchParams();
  Object.entries(filters).forEach(([name, value]) => value && search.set(name, String(value)));
  const text = search.toString();
  return text ? `/orders?${text}` : "/orders";
}
