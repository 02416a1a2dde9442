import { Badge } from "@mantine/core";
import type { Schemas } from "../api/client";
import { STATUS_COLOR, STATUS_LABEL, STOCK_LABEL, type OrderStatus, type StockStatus } from "../lib/orderStatus";

export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled">
      {STATUS_LABEL[status]}
    </Badge>
  );
}

// darker than Mantine's shades: small bold text needs 4.5:1 against white and the striped rows
const STOCK_COLOR: Record<StockStatus, string> = { RESERVING: "gray.8", RESERVED: "#1b6b2f", SHORT: "#a13a06", RELEASED: "gray.8" };

export function StockBadge({ status }: { status: StockStatus }) {
  return (
    <Badge color={STOCK_COLOR[status]} variant="outline">
      {STOCK_LABEL[status]}
    </Badge>
  );
}

type PaymentStatus = NonNullable<Schemas["OrderView"]["paymentStatus"]>;

const PAYMENT_LABEL: Record<PaymentStatus, string> = {
  UNPAID: "Unpaid",
  PARTIALLY_PAID: "Part paid",
  PAID: "Paid",
  REFUNDED: "Refunded",
};

export function PaymentBadge({ status }: { status: PaymentStatus | undefined }) {
  if (!status) {
    return null;
  }
  return (
    <Badge color={status === "PAID" ? "#1b6b2f" : status === "UNPAID" ? "red.9" : "yellow.9"} variant="dot">
      {PAYMENT_LABEL[status]}
    </Badge>
  );
}

export const PAYMENT_STATUSES = Object.keys(PAYMENT_LABEL) as PaymentStatus[];
export { PAYMENT_LABEL };
