import { Anchor, Button, Checkbox, Group, NativeSelect, Table, TextInput, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useDeferredValue } from "react";
import { Link } from "react-router";
import { ORDER_FILTERS, orderQueryOf, useOrders } from "../api/orders";
import { isLead, useDesigner } from "../api/session";
import { CustomerName, CustomerNamesOf } from "../components/CustomerName";
import { Empty, Loading } from "../components/Loading";
import { Pager } from "../components/Pager";
import { ProblemAlert } from "../components/ProblemAlert";
import { PAYMENT_LABEL, PAYMENT_STATUSES, PaymentBadge, StatusBadge, StockBadge } from "../components/StatusBadges";
import { date, money, shortId } from "../lib/format";
import { ORDER_STATUSES, STATUS_LABEL, STOCK_LABEL } from "../lib/orderStatus";
import { DataTable } from "../components/DataTable";
import { useListFilters } from "../app/useListFilters";

// Mantine's "sm" breakpoint: from there on the filters fit beside the list's title
const WIDE_SCREEN = "(min-width: 48em)";

// native selects: light to load, and a phone shows its own picker
const ANY = { value: "", label: "Any" };

const SORTS = [
  { value: "deliveryDate,asc", label: "Delivery date, soonest first" },
  { value: "deliveryDate,desc", label: "Delivery date, latest first" },
  { value: "createdAt,desc", label: "Newest first" },
  { value: "createdAt,asc", label: "Oldest first" },
];

/** The order list with the API's filters, sort and pages, all kept in the address so a list can be linked. */
export default function Orders() {
  const { search, set } = useListFilters();
  const lead = isLead(useDesigner().data);
  const query = orderQueryOf(search);
  const orders = useOrders(query);
  // the rows render in the background, in slices: a page of rows never blocks the phone for long
  const rows = useDeferredValue(orders.data);
  // on a phone the filters wait behind a button, so the orders come first (and the page has less to draw)
  const wide = useMediaQuery(WIDE_SCREEN, undefined, { getInitialValueInEffect: false });
  const [filtersShown, { toggle: toggleFilters }] = useDisclosure(false);
  const active = ORDER_FILTERS.filter((name) => search.has(name)).length;

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>Orders</Title>
        {lead && (
          <Button component={Link} to="/orders/new">
            New order
          </Button>
        )}
      </Group>
      {!wide && (
        <Button
          variant="default"
          mb="md"
          onClick={toggleFilters}
          aria-expanded={filtersShown}
        >
          {filtersShown ? "Hide filters" : "Filters"}
          {active > 0 && ` (${active} set)`}
        </Button>
      )}
      {(wide || filtersShown) && <OrderFilters search={search} set={set} lead={lead} />}
      <ProblemAlert error={orders.error} />
      {!rows && !orders.error ? (
        <Loading what="orders" />
      ) : rows && rows.content.length === 0 ? (
        <Empty>No orders match these filters.</Empty>
      ) : rows ? (
        <>
          <CustomerNamesOf ids={rows.content.map((order) => order.customerId)} />
          <DataTable label="Orders" minWidth={640} striped highlightOnHover columns={["Order", "Customer", "Delivery", "Status", "Stock", lead && "Price", lead && "Payment"]}>
            {rows.content.map((order) => (
              <Table.Tr key={order.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/orders/${order.id}`} ff="monospace">
                    {shortId(order.id)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <CustomerName id={order.customerId} together />
                </Table.Td>
                <Table.Td>{date(order.deliveryDate)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={order.status} />
                </Table.Td>
                <Table.Td>
                  <StockBadge status={order.stockStatus} />
                </Table.Td>
                {lead && <Table.Td>{money(order.price)}</Table.Td>}
                {lead && (
                  <Table.Td>
                    <PaymentBadge status={order.paymentStatus} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </DataTable>
          <Pager page={rows.page} onChange={(page) => set("page", String(page))} />
        </>
      ) : null}
    </>
  );
}

type Filters = ReturnType<typeof useListFilters>;

/** The order list's filters and sort, each kept in the address. */
function OrderFilters({ search, set, lead }: Filters & { lead: boolean }) {
  return (
  <Group align="flex-end" mb="md" gap="sm" role="search" aria-label="Filter orders">
      <NativeSelect
        label="Status"
        data={[ANY, ...ORDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] }))]}
        value={search.get("status") ?? ""}
        onChange={(event) => set("status", event.currentTarget.value || null)}
        w={150}
      />
      <NativeSelect
        label="Stock"
        data={[ANY, ...Object.entries(STOCK_LABEL).map(([value, label]) => ({ value, label }))]}
        value={search.get("stockStatus") ?? ""}
        onChange={(event) => set("stockStatus", event.currentTarget.value || null)}
        w={170}
      />
      {lead && (
        <NativeSelect
          label="Payment"
          data={[ANY, ...PAYMENT_STATUSES.map((status) => ({ value: status, label: PAYMENT_LABEL[status] }))]}
          value={search.get("paymentStatus") ?? ""}
          onChange={(event) => set("paymentStatus", event.currentTarget.value || null)}
          w={140}
        />
      )}
      <TextInput
        type="date"
        label="Delivery from"
        value={search.get("deliveryFrom") ?? ""}
        onChange={(event) => set("deliveryFrom", event.currentTarget.value || null)}
        w={160}
      />
      <TextInput
        type="date"
        label="Delivery to"
        value={search.get("deliveryTo") ?? ""}
        onChange={(event) => set("deliveryTo", event.currentTarget.value || null)}
        w={160}
      />
      <Checkbox
        label="Overdue only"
        checked={search.get("overdue") === "true"}
        onChange={(event) => set("overdue", event.currentTarget.checked ? "true" : null)}
        mb={8}
      />
      <NativeSelect
        label="Sort"
        data={SORTS}
        value={search.get("sort") ?? "deliveryDate,asc"}
        onChange={(event) => set("sort", event.currentTarget.value)}
        w={230}
      />
    </Group>
  );
}
