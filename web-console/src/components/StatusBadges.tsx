import { Badge } from "@mantine/core";
import type { Schemas } from "../api/client";
import { STATUS_COLOR, STATUS_LABEL, STOCK_LABEL, type OrderStatus, type StockStatus } from "../lib/orderStatus";

export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {STATUS_LABEL[status]}
    </Badge>
  );
}

const STOCK_COLOR: Record<StockStatus, string> = { RESERVING: "gray", RESERVED: "green", SHORT: "orange", RELEASED: "gray" };

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
    <Badge color={status === "PAID" ? "green" : status === "UNPAID" ? "red" : "yellow"} variant="dot">
      {PAYMENT_LABEL[status]}
    </Badge>
  );
}

export const PAYMENT_STATUSES = Object.keys(PAYMENT_LABEL) as PaymentStatus[];
export { PAYMENT_LABEL };
