import { Anchor, Button, Checkbox, Group, Table, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Link } from "react-router";
import { useCustomers } from "../api/customers";
import { isLead, useDesigner } from "../api/session";
import { Empty, Loading } from "../components/Loading";
import { Pager } from "../components/Pager";
import { ProblemAlert } from "../components/ProblemAlert";
import { DataTable } from "../components/DataTable";
import { useListFilters } from "../app/useListFilters";

/** Customers, searched as the designer types (name, e-mail, phone: the API's `q`). */
export default function Customers() {
  const { search, set } = useListFilters();
  const lead = isLead(useDesigner().data);
  const typed = search.get("q") ?? "";
  const [q] = useDebouncedValue(typed, 250);
  const includeArchived = search.get("includeArchived") === "true";
  const page = Number(search.get("page") ?? 0) || 0;
  const customers = useCustomers({ q: q || undefined, includeArchived, page, size: 20, sort: ["name,asc"] });

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>Customers</Title>
        {lead && (
          <Button component={Link} to="/customers/new">
            New customer
          </Button>
        )}
      </Group>
      <Group align="flex-end" mb="md" role="search" aria-label="Find customers">
        <TextInput
          label="Search"
          placeholder="Name, e-mail or phone"
          value={typed}
          onChange={(event) => set("q", event.currentTarget.value || null)}
          w={280}
          type="search"
        />
        <Checkbox
          label="Include archived"
          checked={includeArchived}
          onChange={(event) => set("includeArchived", event.currentTarget.checked ? "true" : null)}
          mb={8}
        />
      </Group>
      <ProblemAlert error={customers.error} />
      {customers.isPending ? (
        <Loading what="customers" />
      ) : customers.data && customers.data.content.length === 0 ? (
        <Empty>{q ? `No customer matches “${q}”.` : "No customers yet."}</Empty>
      ) : customers.data ? (
        <>
          <DataTable label="Customers" minWidth={520} striped highlightOnHover columns={["Name", "Phone", "E-mail", "City"]}>
            {customers.data.content.map((customer) => (
              <Table.Tr key={customer.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/customers/${customer.id}`}>
                    {customer.name}
                  </Anchor>
                  {customer.archived && " (archived)"}
                </Table.Td>
                <Table.Td>{customer.phone ?? "—"}</Table.Td>
                <Table.Td>{customer.email ?? "—"}</Table.Td>
                <Table.Td>{customer.address?.city ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Pager page={customers.data.page} onChange={(next) => set("page", String(next))} />
        </>
      ) : null}
    </>
  );
}
