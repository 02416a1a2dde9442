import { describe, expect, it } from "vitest";
import { allowedMoves, isEditable } from "./orderStatus";

describe("allowed status moves", () => {
  it("offers work and cancelling on a pending order, work only once stock is reserved", () => {
    expect(allowedMoves("PENDING", "RESERVED")).toEqual([{ to: "IN_PROGRESS" }, { to: "CANCELLED" }]);
    expect(allowedMoves("PENDING", "SHORT")).toEqual([
      { to: "IN_PROGRESS", blockedBecause: "Work starts once the stock is reserved." },
      { to: "CANCELLED" },
    ]);
  });

  it("moves forward only after work has started, and nothing after the end", () => {
    expect(allowedMoves("IN_PROGRESS", "RESERVED").map((move) => move.to)).toEqual(["COMPLETED", "CANCELLED"]);
    expect(allowedMoves("COMPLETED", "RESERVED").map((move) => move.to)).toEqual(["DELIVERED"]);
    expect(allowedMoves("DELIVERED", "RESERVED")).toEqual([]);
    expect(allowedMoves("CANCELLED", "RELEASED")).toEqual([]);
  });

  it("lets details change only before the order is ready", () => {
    expect(isEditable("PENDING")).toBe(true);
    expect(isEditable("IN_PROGRESS")).toBe(true);
    expect(isEditable("COMPLETED")).toBe(false);
    expect(isEditable("CANCELLED")).toBe(false);
  });
});
