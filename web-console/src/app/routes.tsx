import { lazy } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { NotFound } from "./NotFound";
import { Shell } from "./Shell";

// one chunk per screen: the first load carries the shell and the screen it opens
const Today = lazy(() => import("../pages/Today"));
const Orders = lazy(() => import("../pages/Orders"));
const Order = lazy(() => import("../pages/Order"));
const Customers = lazy(() => import("../pages/Customers"));
const Customer = lazy(() => import("../pages/Customer"));
const CustomerNew = lazy(() => import("../pages/CustomerNew"));
const OrderNew = lazy(() => import("../pages/OrderNew"));
const Users = lazy(() => import("../pages/Users"));
const Board = lazy(() => import("../pages/Board"));
const Inventory = lazy(() => import("../pages/Inventory"));
const InventoryItem = lazy(() => import("../pages/InventoryItem"));
const InventoryNew = lazy(() => import("../pages/InventoryNew"));

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <Today /> },
      { path: "orders", element: <Orders /> },
      { path: "orders/new", element: <OrderNew /> },
      { path: "board", element: <Board /> },
      { path: "orders/:id", element: <Order /> },
      { path: "customers", element: <Customers /> },
      { path: "customers/new", element: <CustomerNew /> },
      { path: "customers/:id", element: <Customer /> },
      { path: "inventory", element: <Inventory /> },
      { path: "inventory/new", element: <InventoryNew /> },
      { path: "inventory/:id", element: <InventoryItem /> },
      { path: "users", element: <Users /> },
      { path: "*", element: <NotFound /> },
    ],
  },
];

export const router = () => createBrowserRouter(routes);
