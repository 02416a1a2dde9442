import { useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Schemas } from "./client";

/** The change messages GET /api/updates sends, by event name (docs/live-updates.md); payments reach leads only. */
export const UPDATE_TYPES = [
  "order.created",
  "order.items-changed",
  "order.status-changed",
  "order.cancelled",
  "order.payment-recorded",
  "stock.changed",
  "stock.item-changed",
  "stock.reservation-updated",
  "customer.changed",
] as const;

type UpdateMessage = Schemas["UpdateMessage"];

/**
 * The cached answers a change makes stale: lists and counts of orders, the order itself, stock. A stock
 * change or an item's edit or deletion touches the inventory lists and counts (["inventory", ...]) and
 * the item with its change log (["inventory-item", id, ...], also read by the order page's lines). A
 * customer's change touches the customer lists (["customers", ...], names on order pages too), the customer
 * with their measurements (["customer", id, ...]) and, when a set changed, that set's history
 * (["measurement", id, ...]).
 */
export function staleKeys(message: Pick<UpdateMessage, "type" | "data">): QueryKey[] {
  const data = message.data as {
    orderId?: unknown;
    itemId?: unknown;
    inventoryItemId?: unknown;
    customerId?: unknown;
    measurementId?: unknown;
  };
  const orderId = typeof data.orderId === "string" ? data.orderId : undefined;
  if (message.type === "customer.changed") {
    const customerId = typeof data.customerId === "string" ? data.customerId : undefined;
    const measurementId = typeof data.measurementId === "string" ? data.measurementId : undefined;
    return [
      ["customers"],
      ...(customerId ? [["customer", customerId]] : []),
      ...(measurementId ? [["measurement", measurementId]] : []),
    ];
  }
  if (message.type === "stock.changed" || message.type === "stock.item-changed") {
    // stock.changed names the item "itemId", stock.item-changed "inventoryItemId"
    const item = message.type === "stock.changed" ? data.itemId : data.inventoryItemId;
    const itemId = typeof item === "string" ? item : undefined;
    return [["inventory"], ...(itemId ? [["inventory-item", itemId]] : [])];
  }
  return [["orders"], ...(orderId ? [["order", orderId]] : [])];
}

/** How the console follows changes: connecting, live, or offline (the stream was refused; reload to retry). */
export type LiveState = "connecting" | "live" | "offline";

// Changes often come in bursts (an order created, then its stock reserved): one refetch per burst.
const BURST_MS = 300;
// Opened once the screen has loaded, so the stream never competes with the first paint.
const START_AFTER_MS = 1_500;

/**
 * Follows GET /api/updates with the session cookie while someone is signed in, and marks the cached
 * answers a change touches as stale, so the screens showing them refetch. EventSource reconnects by
 * itself with Last-Event-ID and the gateway sends what was missed; after a `resync` everything is
 * refetched.
 */
export function useLiveUpdates(signedIn: boolean): LiveState {
  const queries = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  useEffect(() => {
    if (!signedIn || typeof EventSource === "undefined") {
      return undefined;
    }
    let source: EventSource | undefined;
    const stale = new Burst(queries);
    const start = window.setTimeout(() => {
      source = new EventSource("/api/updates");
      source.addEventListener("ready", () => setState("live"));
      source.addEventListener("resync", () => {
        setState("live");
        void queries.invalidateQueries();
      });
      const onChange = (event: MessageEvent<string>) => stale.add(staleKeys(JSON.parse(event.data) as UpdateMessage));
      UPDATE_TYPES.forEach((type) => source!.addEventListener(type, onChange));
      source.onerror = () => setState(source!.readyState === EventSource.CLOSED ? "offline" : "connecting");
    }, START_AFTER_MS);
    return () => {
      window.clearTimeout(start);
      source?.close();
      stale.cancel();
    };
  }, [signedIn, queries]);
  return state;
}

/** Collects stale keys for a moment and invalidates each once. */
class Burst {
  private readonly keys = new Map<string, QueryKey>();
  private timer: number | undefined;

  constructor(private readonly queries: QueryClient) {}

  add(keys: QueryKey[]) {
    keys.forEach((key) => this.keys.set(JSON.stringify(key), key));
    this.timer ??= window.setTimeout(() => this.flush(), BURST_MS);
  }

  cancel() {
    window.clearTimeout(this.timer);
  }

  private flush() {
    this.timer = undefined;
    const keys = [...this.keys.values()];
    this.keys.clear();
    keys.forEach((queryKey) => void this.queries.invalidateQueries({ queryKey }));
  }
}
