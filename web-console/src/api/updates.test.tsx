import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { staleKeys, useLiveUpdates } from "./updates";

/** Stands in for the browser's EventSource: the test sends the named events the gateway would. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  send(type: string, data: unknown) {
    const event = new MessageEvent<string>(type, { data: JSON.stringify(data) });
    this.listeners.get(type)?.forEach((listener) => listener(event));
  }

  close() {
    this.closed = true;
  }
}

const ORDER_A = "0b7f7d5e-5a41-4a0e-9f0e-000000000001";
const ORDER_B = "0b7f7d5e-5a41-4a0e-9f0e-000000000002";
const ITEM = "0b7f7d5e-5a41-4a0e-9f0e-00000000000a";
const CUSTOMER = "0b7f7d5e-5a41-4a0e-9f0e-00000000000c";
const MEASUREMENT = "0b7f7d5e-5a41-4a0e-9f0e-00000000000d";

function statusChanged(orderId: string, to: string) {
  return { eventId: crypto.randomUUID(), type: "order.status-changed", time: "2026-12-04T10:00:00Z", data: { orderId, to } };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  vi.stubGlobal("EventSource", FakeEventSource);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function follow(signedIn: boolean) {
  const queries = new QueryClient();
  const invalidate = vi.spyOn(queries, "invalidateQueries").mockResolvedValue();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
  const hook = renderHook(() => useLiveUpdates(signedIn), { wrapper });
  return { hook, invalidate };
}

describe("live updates", () => {
  it("name what a change makes stale", () => {
    expect(staleKeys(statusChanged(ORDER_A, "COMPLETED"))).toEqual([["orders"], ["order", ORDER_A]]);
    expect(staleKeys({ type: "stock.reservation-updated", data: { orderId: ORDER_A, status: "SHORT" } })).toEqual([
      ["orders"],
      ["order", ORDER_A],
    ]);
    expect(staleKeys({ type: "order.payment-recorded", data: { orderId: ORDER_B, balanceDue: 0 } })).toEqual([
      ["orders"],
      ["order", ORDER_B],
    ]);
    expect(staleKeys({ type: "stock.changed", data: { itemId: ITEM, orderId: null } })).toEqual([
      ["inventory"],
      ["inventory-item", ITEM],
    ]);
    expect(staleKeys({ type: "stock.item-changed", data: { inventoryItemId: ITEM, change: "UPDATED", version: 2 } })).toEqual([
      ["inventory"],
      ["inventory-item", ITEM],
    ]);
    expect(staleKeys({ type: "stock.item-changed", data: { inventoryItemId: ITEM, change: "DELETED", version: 3 } })).toEqual([
      ["inventory"],
      ["inventory-item", ITEM],
    ]);
    expect(
      staleKeys({ type: "customer.changed", data: { customerId: CUSTOMER, change: "ARCHIVED", version: 4, measurementId: null } }),
    ).toEqual([["customers"], ["customer", CUSTOMER]]);
    expect(
      staleKeys({
        type: "customer.changed",
        data: { customerId: CUSTOMER, change: "MEASUREMENTS_CHANGED", version: 4, measurementId: MEASUREMENT },
      }),
    ).toEqual([["customers"], ["customer", CUSTOMER], ["measurement", MEASUREMENT]]);
  });

  it("open the stream after the screen has loaded, and say when it is live", () => {
    const { hook } = follow(true);
    expect(FakeEventSource.opened).toHaveLength(0);
    act(() => vi.advanceTimersByTime(1_500));
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(["/api/updates"]);
    expect(hook.result.current).toBe("connecting");

    act(() => FakeEventSource.opened[0]!.send("ready", { resumed: false, reason: "A new stream." }));
    expect(hook.result.current).toBe("live");
  });

  it("refetch each stale answer once per burst of changes", () => {
    const { invalidate } = follow(true);
    act(() => vi.advanceTimersByTime(1_500));
    const source = FakeEventSource.opened[0]!;
    act(() => {
      source.send("order.status-changed", statusChanged(ORDER_A, "IN_PROGRESS"));
      source.send("order.status-changed", statusChanged(ORDER_A, "COMPLETED"));
      source.send("order.created", { ...statusChanged(ORDER_B, "PENDING"), type: "order.created" });
    });
    expect(invalidate).not.toHaveBeenCalled();

    act(() => vi.advanceTimersByTime(300));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ["orders"],
      ["order", ORDER_A],
      ["order", ORDER_B],
    ]);
  });

  it("refetch the inventory lists and the item when an item is edited or deleted", () => {
    const { invalidate } = follow(true);
    act(() => vi.advanceTimersByTime(1_500));
    act(() =>
      FakeEventSource.opened[0]!.send("stock.item-changed", {
        eventId: crypto.randomUUID(),
        type: "stock.item-changed",
        time: "2026-12-04T10:00:00Z",
        data: { inventoryItemId: ITEM, change: "UPDATED", name: "Silk charmeuse, ivory", version: 2 },
      }),
    );
    act(() => vi.advanceTimersByTime(300));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([["inventory"], ["inventory-item", ITEM]]);
  });

  it("refetch the customer lists and that customer's queries when a colleague changes the customer", () => {
    const queries = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queries}>{children}</QueryClientProvider>;
    // what the customer pages have cached: the lists, the customer, their measurements, a set's history, another customer
    const cached = [
      ["customers", { q: "ada" }],
      ["customers", "by-id", [CUSTOMER]],
      ["customer", CUSTOMER],
      ["customer", CUSTOMER, "measurements", "CM"],
      ["measurement", MEASUREMENT, "history", "CM"],
      ["customer", ORDER_A],
      ["orders", {}],
    ];
    cached.forEach((key) => queries.setQueryData(key, {}));
    renderHook(() => useLiveUpdates(true), { wrapper });
    act(() => vi.advanceTimersByTime(1_500));
    act(() =>
      FakeEventSource.opened[0]!.send("customer.changed", {
        eventId: crypto.randomUUID(),
        type: "customer.changed",
        time: "2026-12-04T10:00:00Z",
        data: { customerId: CUSTOMER, change: "MEASUREMENTS_CHANGED", version: 2, measurementId: MEASUREMENT },
      }),
    );
    act(() => vi.advanceTimersByTime(300));
    const stale = cached.filter((key) => queries.getQueryState(key)?.isInvalidated).map((key) => key.slice(0, 2));
    expect(stale).toEqual([
      ["customers", { q: "ada" }],
      ["customers", "by-id"],
      ["customer", CUSTOMER],
      ["customer", CUSTOMER],
      ["measurement", MEASUREMENT],
    ]);
  });

  it("refetch everything when the gateway cannot resume, and say when the stream was refused", () => {
    const { hook, invalidate } = follow(true);
    act(() => vi.advanceTimersByTime(1_500));
    const source = FakeEventSource.opened[0]!;
    act(() => source.send("resync", { resumed: false, reason: "too old" }));
    expect(invalidate).toHaveBeenCalledWith();

    source.readyState = FakeEventSource.CLOSED;
    act(() => source.onerror?.());
    expect(hook.result.current).toBe("offline");
  });

  it("do nothing while nobody is signed in, and close the stream when the screen goes", () => {
    follow(false);
    act(() => vi.advanceTimersByTime(5_000));
    expect(FakeEventSource.opened).toHaveLength(0);

    const { hook } = follow(true);
    act(() => vi.advanceTimersByTime(1_500));
    hook.unmount();
    expect(FakeEventSource.opened[0]!.closed).toBe(true);
  });
});
