import { Anchor, Card, Group, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ordersLink, useOrders } from "../api/orders";
import { CustomerName, CustomerNamesOf } from "../components/CustomerName";
import { Empty } from "../components/Loading";
import { ProblemAlert } from "../components/ProblemAlert";
import { StockBadge } from "../components/StatusBadges";
import { date, shortId } from "../lib/format";
import { STATUS_LABEL, type OrderStatus } from "../lib/orderStatus";

const COLUMNS: OrderStatus[] = ["PENDING", "IN_PROGRESS", "COMPLETED", "DELIVERED"];

function Column({ status }: { status: OrderStatus }) {
  // delivered ones: the latest first; the others: the soonest delivery first
  const orders = useOrders({ status, size: 12, sort: [status === "DELIVERED" ? "deliveryDate,desc" : "deliveryDate,asc"] });
  return (
    <Card withBorder padding="sm" w={260} miw={260} component="section" aria-label={STATUS_LABEL[status]}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {STATUS_LABEL[status]}
        </Title>
        <Anchor component={Link} to={ordersLink({ status })} size="sm">
          {orders.data?.page.totalElements ?? "…"}
        </Anchor>
      </Group>
      <ProblemAlert error={orders.error} />
      {orders.data && orders.data.content.length === 0 && <Empty>None.</Empty>}
      {orders.data && <CustomerNamesOf ids={orders.data.content.map((order) => order.customerId)} />}
      <Stack gap="xs">
        {orders.data?.content.map((order) => (
          <Card key={order.id} withBorder padding="xs" radius="sm">
            <Anchor component={Link} to={`/orders/${order.id}`} ff="monospace" size="sm">
              {shortId(order.id)}
            </Anchor>
            <Text size="sm" component="div">
              <CustomerName id={order.customerId} together />
            </Text>
            <Group justify="space-between" gap={4}>
              <Text size="xs">{date(order.deliveryDate)}</Text>
              <StockBadge status={order.stockStatus} />
            </Group>
          </Card>
        ))}
      </Stack>
    </Card>
  );
}

/** The workshop at a glance: orders in columns by where they stand. */
export default function Board() {
  return (
    <>
      <Title order={2} mb="md">
        Board
      </Title>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="md" pb="sm">
          {COLUMNS.map((status) => (
            <Column key={status} status={status} />
          ))}
        </Group>
      </ScrollArea>
    </>
  );
}
