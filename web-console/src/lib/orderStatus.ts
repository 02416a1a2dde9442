import type { Schemas } from "../api/client";

export type OrderStatus = Schemas["OrderView"]["status"];
export type StockStatus = Schemas["OrderView"]["stockStatus"];

/** The workflow the order-service enforces: PENDING → IN_PROGRESS → COMPLETED → DELIVERED, cancel early. */
const MOVES: Record<OrderStatus, OrderStatus[]> = {
  PENDING: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["COMPLETED", "CANCELLED"],
  COMPLETED: ["DELIVERED"],
  DELIVERED: [],
  CANCELLED: [],
};

export const STATUS_LABEL: Record<OrderStatus, string> = {
  PENDING: "Pending",
  IN_PROGRESS: "In progress",
  COMPLETED: "Ready",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

/** Filled badge colours with white text at 4.5:1 or better. */
export const STATUS_COLOR: Record<OrderStatus, string> = {
  PENDING: "gray.7",
  IN_PROGRESS: "blue.9",
  COMPLETED: "teal.9",
  DELIVERED: "#1b6b2f",
  CANCELLED: "red.9",
};

export const STOCK_LABEL: Record<StockStatus, string> = {
  RESERVING: "Reserving stock",
  RESERVED: "Stock reserved",
  SHORT: "Short of stock",
  RELEASED: "Stock released",
};

export const ORDER_STATUSES = Object.keys(MOVES) as OrderStatus[];

export interface Move {
  to: OrderStatus;
  /** Why the move cannot be made now, when it cannot. */
  blockedBecause?: string;
}

/** The moves offered from an order's status: only the allowed ones, with a reason when one must wait. */
export function allowedMoves(status: OrderStatus, stockStatus: StockStatus): Move[] {
  return MOVES[status].map((to) =>
    to === "IN_PROGRESS" && stockStatus !== "RESERVED"
      ? { to, blockedBecause: "Work starts once the stock is reserved." }
      : { to },
  );
}

/** Orders whose details (items, price, delivery) may still change. */
export function isEditable(status: OrderStatus): boolean {
  return status === "PENDING" || status === "IN_PROGRESS";
}
