import { Anchor, Card, Group, SimpleGrid, Skeleton, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import { ordersLink, useOrderCount, type OrderQuery } from "../api/orders";
import { isLead, useDesigner } from "../api/session";
import { ProblemAlert } from "../components/ProblemAlert";
import { addDays, isoDate } from "../lib/format";

interface TileProps {
  title: string;
  count: { data?: number; isPending: boolean; error: unknown };
  to: string;
  hint: string;
  tone?: string;
}

function Tile({ title, count, to, hint, tone }: TileProps) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      {count.error ? (
        <ProblemAlert error={count.error} />
      ) : count.isPending ? (
        <Skeleton height={36} width={60} my={4} />
      ) : (
        <Text fz={32} fw={700} c={count.data ? tone : undefined}>
          {count.data}
        </Text>
      )}
      <Anchor component={Link} to={to} size="sm">
        {hint}
      </Anchor>
    </Card>
  );
}

// Each tile asks for its own count: an answer re-renders that tile, not the whole dashboard.
type OrderTileProps = Omit<TileProps, "count" | "to"> & { query: OrderQuery };

function OrderTile({ query, ...tile }: OrderTileProps) {
  const count = useOrderCount(query);
  return <Tile {...tile} count={count} to={ordersLink(query)} />;
}

function LowStockTile() {
  const count = useQuery({
    queryKey: ["inventory", "low-stock-count"],
    queryFn: async () => (await unwrap(api.GET("/api/inventory", { params: { query: { lowStock: true, size: 1 } } }))).page.totalElements,
  });
  return <Tile title="Low stock" count={count} to="/inventory?lowStock=true" hint="See the items" tone="orange.9" />;
}

/** The day at a glance: what is due, late, short or owed, each a click from its list. */
export default function Today() {
  const designer = useDesigner();
  const lead = isLead(designer.data);
  const today = isoDate(new Date());
  const weekEnd = isoDate(addDays(new Date(), 7));

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>Today</Title>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <OrderTile title="Due this week" query={{ deliveryFrom: today, deliveryTo: weekEnd }} hint="See the orders" />
        <OrderTile title="Overdue" query={{ overdue: true }} hint="See the late orders" tone="red.9" />
        <OrderTile title="Short of stock" query={{ stockStatus: "SHORT" }} hint="See what is missing" tone="orange.9" />
        <OrderTile title="Waiting to start" query={{ status: "PENDING" }} hint="See pending orders" />
        <LowStockTile />
        {lead && (
          <>
            <OrderTile title="Unpaid" query={{ paymentStatus: "UNPAID" }} hint="See unpaid orders" tone="red.9" />
            <OrderTile title="Balance due after a deposit" query={{ paymentStatus: "PARTIALLY_PAID" }} hint="See part-paid orders" />
          </>
        )}
      </SimpleGrid>
    </>
  );
}
