import { Anchor, Card, Group, SimpleGrid, Skeleton, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import { ordersLink, useOrderCount } from "../api/orders";
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

/** The day at a glance: what is due, late, short or owed, each a click from its list. */
export default function Today() {
  const designer = useDesigner();
  const lead = isLead(designer.data);
  const today = isoDate(new Date());
  const weekEnd = isoDate(addDays(new Date(), 7));
  const open = "PENDING";

  const dueThisWeek = useOrderCount({ deliveryFrom: today, deliveryTo: weekEnd });
  const overdue = useOrderCount({ overdue: true });
  const short = useOrderCount({ stockStatus: "SHORT" });
  const unpaid = useOrderCount({ paymentStatus: "UNPAID" }, lead);
  const partlyPaid = useOrderCount({ paymentStatus: "PARTIALLY_PAID" }, lead);
  const waiting = useOrderCount({ status: open });
  const lowStock = useQuery({
    queryKey: ["inventory", "low-stock-count"],
    queryFn: async () => (await unwrap(api.GET("/api/inventory", { params: { query: { lowStock: true, size: 1 } } }))).page.totalElements,
  });

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>Today</Title>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Tile title="Due this week" count={dueThisWeek} to={ordersLink({ deliveryFrom: today, deliveryTo: weekEnd })} hint="See the orders" />
        <Tile title="Overdue" count={overdue} to={ordersLink({ overdue: "true" })} hint="See the late orders" tone="red.9" />
        <Tile title="Short of stock" count={short} to={ordersLink({ stockStatus: "SHORT" })} hint="See what is missing" tone="orange.9" />
        <Tile title="Waiting to start" count={waiting} to={ordersLink({ status: open })} hint="See pending orders" />
        <Tile title="Low stock" count={lowStock} to="/inventory?lowStock=true" hint="See the items" tone="orange.9" />
        {lead && (
          <>
            <Tile title="Unpaid" count={unpaid} to={ordersLink({ paymentStatus: "UNPAID" })} hint="See unpaid orders" tone="red.9" />
            <Tile
              title="Balance due after a deposit"
              count={partlyPaid}
              to={ordersLink({ paymentStatus: "PARTIALLY_PAID" })}
              hint="See part-paid orders"
            />
          </>
        )}
      </SimpleGrid>
    </>
  );
}
