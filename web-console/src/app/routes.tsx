import type { QueryClient } from "@tanstack/react-query";
import { lazy, type ComponentType } from "react";
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from "react-router";
import { orderQueryOf, ordersQuery } from "../api/orders";
import { designerQuery } from "../api/session";
import { Loading } from "../components/Loading";
import { NotFound } from "./NotFound";
import { Shell } from "./Shell";

type Load = () => Promise<{ default: ComponentType }>;

/**
 * One chunk per screen: the first load carries the shell and the screen it opens. Opening a screen
 * starts its chunk (and, where given, its first data) at once, beside the shell's "who is signed
 * in", instead of after it; the loaders only start work and never hold the screen back.
 */
function screen(load: Load, prefetch?: (args: LoaderFunctionArgs) => void): Pick<RouteObject, "element" | "loader"> {
  const Screen = lazy(load);
  return {
    element: <Screen />,
    loader: (args) => {
      void load();
      prefetch?.(args);
      return null;
    },
  };
}

export function routes(queries: QueryClient): RouteObject[] {
  return [
    {
      element: <Shell />,
      hydrateFallbackElement: <Loading what="Atelier Studio" />,
      loader: () => {
        void queries.prefetchQuery(designerQuery);
        return null;
      },
      children: [
        { index: true, ...screen(() => import("../pages/Today")) },
        {
          path: "orders",
          ...screen(
            () => import("../pages/Orders"),
            ({ request }) => void queries.prefetchQuery(ordersQuery(orderQueryOf(new URL(request.url).searchParams))),
          ),
        },
        { path: "orders/new", ...screen(() => import("../pages/OrderNew")) },
        { path: "board", ...screen(() => import("../pages/Board")) },
        { path: "orders/:id", ...screen(() => import("../pages/Order")) },
        { path: "customers", ...screen(() => import("../pages/Customers")) },
        { path: "customers/new", ...screen(() => import("../pages/CustomerNew")) },
        { path: "customers/:id", ...screen(() => import("../pages/Customer")) },
        { path: "inventory", ...screen(() => import("../pages/Inventory")) },
        { path: "inventory/new", ...screen(() => import("../pages/InventoryNew")) },
        { path: "inventory/:id", ...screen(() => import("../pages/InventoryItem")) },
        { path: "users", ...screen(() => import("../pages/Users")) },
        { path: "webhooks", ...screen(() => import("../pages/Webhooks")) },
        { path: "*", element: <NotFound /> },
      ],
    },
  ];
}

export const router = (queries: QueryClient) => createBrowserRouter(routes(queries));
