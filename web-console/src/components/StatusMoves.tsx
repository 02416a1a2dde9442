import { Button, Group, Text, Tooltip } from "@mantine/core";
import { allowedMoves, STATUS_LABEL, type OrderStatus, type StockStatus } from "../lib/orderStatus";

interface Props {
  status: OrderStatus;
  stockStatus: StockStatus;
  /** Only leads move orders; juniors see where it stands. */
  mayMove: boolean;
  pending: boolean;
  onMove: (to: OrderStatus) => void;
}

const VERB: Record<OrderStatus, string> = {
  PENDING: "Back to pending",
  IN_PROGRESS: "Start work",
  COMPLETED: "Mark ready",
  DELIVERED: "Mark delivered",
  CANCELLED: "Cancel order",
};

/** The next steps of an order: only the moves its status allows, and why one must wait. */
export function StatusMoves({ status, stockStatus, mayMove, pending, onMove }: Props) {
  const moves = allowedMoves(status, stockStatus);
  if (moves.length === 0) {
    return <Text size="sm" c="dimmed">{STATUS_LABEL[status]}: no further steps.</Text>;
  }
  if (!mayMove) {
    return (
      <Text size="sm" c="dimmed">
        Lead designers move orders on.
      </Text>
    );
  }
  return (
    <Group gap="xs">
      {moves.map((move) => {
        const button = (
          <Button
            key={move.to}
            size="sm"
            variant={move.to === "CANCELLED" ? "outline" : "filled"}
            color={move.to === "CANCELLED" ? "red" : undefined}
            disabled={Boolean(move.blockedBecause) || pending}
            onClick={() => onMove(move.to)}
          >
            {VERB[move.to]}
          </Button>
        );
        return move.blockedBecause ? (
          <Tooltip key={move.to} label={move.blockedBecause}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
      {moves.some((move) => move.blockedBecause) && (
        <Text size="xs" c="dimmed" w="100%">
          {moves.find((move) => move.blockedBecause)?.blockedBecause}
        </Text>
      )}
    </Group>
  );
}
