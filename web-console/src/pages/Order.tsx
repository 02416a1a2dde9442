import { Anchor, Button, Card, Grid, Group, List, Modal, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { api, unwrap, type Schemas } from "../api/client";
import { isLead, useDesigner } from "../api/session";
import { CustomerMessages } from "../components/CustomerMessages";
import { CustomerName } from "../components/CustomerName";
import { OrderDetailsForm } from "../components/OrderDetailsForm";
import { Empty, Loading } from "../components/Loading";
import { Payments } from "../components/Payments";
import { ProblemAlert } from "../components/ProblemAlert";
import { StatusMoves } from "../components/StatusMoves";
import { StyleImages } from "../components/StyleImages";
import { PaymentBadge, StatusBadge, StockBadge } from "../components/StatusBadges";
import { date, dateTime, money, shortId } from "../lib/format";
import { isEditable, STATUS_LABEL, type OrderStatus } from "../lib/orderStatus";
import { DataTable } from "../components/DataTable";

function ItemName({ id }: { id: string }) {
  const item = useQuery({
    queryKey: ["inventory-item", id],
    queryFn: () => unwrap(api.GET("/api/inventory/{id}", { params: { path: { id } } })),
    staleTime: 5 * 60_000,
  });
  return <>{item.data ? `${item.data.name} (${item.data.sku})` : `Item ${shortId(id)}`}</>;
}

/** One order: what it is, where it stands, what may happen next, and (for leads) its money. */
export default function Order() {
  const { id = "" } = useParams();
  const lead = isLead(useDesigner().data);
  const queries = useQueryClient();
  const [editing, setEditing] = useState(false);
  const order = useQuery({
    queryKey: ["order", id],
    queryFn: () => unwrap(api.GET("/api/orders/{id}", { params: { path: { id } } })),
    // the stock saga answers within a second or so: look again until it has
    refetchInterval: (query) => (query.state.data?.stockStatus === "RESERVING" ? 1000 : false),
  });
  const timeline = useQuery({
    queryKey: ["order", id, "timeline"],
    queryFn: () => unwrap(api.GET("/api/orders/{id}/timeline", { params: { path: { id } } })),
  });
  const move = useMutation({
    mutationFn: (to: OrderStatus) =>
      unwrap(api.PATCH("/api/orders/{id}/status", { params: { path: { id } }, body: { status: to } })),
    onSuccess: (updated) => {
      queries.setQueryData(["order", id], updated);
      void queries.invalidateQueries({ queryKey: ["order", id, "timeline"] });
      void queries.invalidateQueries({ queryKey: ["orders"] });
    },
  });

  if (order.isPending) {
    return <Loading what="the order" />;
  }
  if (order.isError) {
    return <ProblemAlert error={order.error} onReload={() => void order.refetch()} />;
  }
  const current: Schemas["OrderView"] = order.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Order {shortId(current.id)}</Title>
          <Text size="sm" c="dimmed" component="div">
            for <CustomerName id={current.customerId} />, created {dateTime(current.createdAt)} by {current.createdBy}
          </Text>
        </div>
        <Group gap="xs">
          <StatusBadge status={current.status} />
          <StockBadge status={current.stockStatus} />
          {lead && <PaymentBadge status={current.paymentStatus} />}
        </Group>
      </Group>

      <Card withBorder component="section" aria-labelledby="next-step">
        <Title order={3} size="h5" id="next-step" mb="xs">
          Next step
        </Title>
        <StatusMoves
          status={current.status}
          stockStatus={current.stockStatus}
          mayMove={lead}
          pending={move.isPending}
          onMove={(to) => move.mutate(to)}
        />
        <ProblemAlert error={move.error} onReload={() => void order.refetch()} />
      </Card>

      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder component="section" aria-labelledby="items">
            <Title order={3} size="h5" id="items" mb="xs">
              Items
            </Title>
            {current.items.length === 0 ? (
              <Empty>No items.</Empty>
            ) : (
              <DataTable label="Items" minWidth={360} columns={["What", "Size", "Quantity"]}>
                {current.items.map((item, index) => (
                  <Table.Tr key={item.id ?? index}>
                    <Table.Td>
                      {item.inventoryItemId ? <ItemName id={item.inventoryItemId} /> : item.description ?? "Custom work"}
                      {item.inventoryItemId && item.description && (
                        <Text size="xs" c="dimmed">
                          {item.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{item.size ?? "—"}</Table.Td>
                    <Table.Td>{item.quantity}</Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )}
            {current.shortages.length > 0 && (
              <>
                <Text fw={500} mt="sm" c="orange.9">
                  Short of stock
                </Text>
                <List size="sm">
                  {current.shortages.map((shortage) => (
                    <List.Item key={shortage.inventoryItemId}>
                      <ItemName id={shortage.inventoryItemId} />: {shortage.requested} needed, {shortage.available} available
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder component="section" aria-labelledby="delivery">
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5" id="delivery">
                Delivery
              </Title>
              {lead && isEditable(current.status) && (
                <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                  Edit
                </Button>
              )}
            </Group>
            <Text>
              {current.deliveryMethod === "DELIVERY" ? "Delivered" : "Picked up"} on {date(current.deliveryDate)}
            </Text>
            {current.deliveryAddress && (
              <Text size="sm" c="dimmed">
                {[current.deliveryAddress.street, current.deliveryAddress.postalCode, current.deliveryAddress.city, current.deliveryAddress.country]
                  .filter(Boolean)
                  .join(", ")}
              </Text>
            )}
            {current.notes && (
              <Text size="sm" mt="xs">
                {current.notes}
              </Text>
            )}
            {lead && (
              <Text mt="xs">
                Price {money(current.price)} · balance due {money(current.balanceDue)}
              </Text>
            )}
            {current.measurementId && (
              <Anchor component={Link} to={`/customers/${current.customerId}`} size="sm">
                Measurements used
              </Anchor>
            )}
          </Card>
        </Grid.Col>
      </Grid>

      <Modal opened={editing} onClose={() => setEditing(false)} title="Edit the order" size="lg">
        <OrderDetailsForm order={current} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>

      {lead && <Payments orderId={current.id} />}

      <StyleImages orderId={current.id} />

      <CustomerMessages order={current} lead={lead} />

      <Card withBorder component="section" aria-labelledby="timeline">
        <Title order={3} size="h5" id="timeline" mb="xs">
          Timeline
        </Title>
        <ProblemAlert error={timeline.error} />
        {timeline.data && (
          <Timeline active={timeline.data.length - 1} bulletSize={14} lineWidth={2}>
            {timeline.data.map((change, index) => (
              <Timeline.Item key={index} title={STATUS_LABEL[change.to]}>
                <Text size="xs" c="dimmed">
                  {dateTime(change.at)} by {change.by}
                </Text>
                {change.note && <Text size="sm">{change.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Card>
    </Stack>
  );
}
