import { Anchor, Badge, Button, Checkbox, Group, Table, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import { isLead, useDesigner } from "../api/session";
import { Empty, Loading } from "../components/Loading";
import { Pager } from "../components/Pager";
import { ProblemAlert } from "../components/ProblemAlert";
import { money } from "../lib/format";
import { DataTable } from "../components/DataTable";
import { useListFilters } from "../app/useListFilters";

/** Stock on hand: search, the low-stock filter, and what is reserved for orders. Prices for leads only. */
export default function Inventory() {
  const { search, set } = useListFilters();
  const lead = isLead(useDesigner().data);
  const typed = search.get("q") ?? "";
  const [q] = useDebouncedValue(typed, 250);
  const lowStock = search.get("lowStock") === "true";
  const page = Number(search.get("page") ?? 0) || 0;
  const items = useQuery({
    queryKey: ["inventory", { q, lowStock, page }],
    queryFn: () =>
      unwrap(
        api.GET("/api/inventory", {
          params: { query: { q: q || undefined, lowStock: lowStock || undefined, page, size: 20, sort: ["name,asc"] } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>Inventory</Title>
        {lead && (
          <Button component={Link} to="/inventory/new">
            New item
          </Button>
        )}
      </Group>
      <Group align="flex-end" mb="md" role="search" aria-label="Find stock items">
        <TextInput
          label="Search"
          placeholder="Name or SKU"
          type="search"
          value={typed}
          onChange={(event) => set("q", event.currentTarget.value || null)}
          w={260}
        />
        <Checkbox
          label="Low stock only"
          checked={lowStock}
          onChange={(event) => set("lowStock", event.currentTarget.checked ? "true" : null)}
          mb={8}
        />
      </Group>
      <ProblemAlert error={items.error} />
      {items.isPending ? (
        <Loading what="stock" />
      ) : items.data && items.data.content.length === 0 ? (
        <Empty>No stock items match.</Empty>
      ) : items.data ? (
        <>
          <DataTable label="Stock items" minWidth={560} striped columns={["Item", "Category", "On hand", "Reserved", "Available", lead && "Price"]}>
            {items.data.content.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/inventory/${item.id}`}>
                    {item.name}
                  </Anchor>{" "}
                  {item.lowStock && (
                    <Badge color="#a13a06" size="xs" variant="filled">
                      low
                    </Badge>
                  )}
                  <div>
                    <small>{item.sku}</small>
                  </div>
                </Table.Td>
                <Table.Td>{item.category}</Table.Td>
                <Table.Td>
                  {item.quantity} {item.unit.toLowerCase()}
                </Table.Td>
                <Table.Td>{item.reserved}</Table.Td>
                <Table.Td>{item.available}</Table.Td>
                {lead && <Table.Td>{money(item.price)}</Table.Td>}
              </Table.Tr>
            ))}
          </DataTable>
          <Pager page={items.data.page} onChange={(next) => set("page", String(next))} />
        </>
      ) : null}
    </>
  );
}
