import { Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap, type Schemas } from "../api/client";
import { isLead, useDesigner } from "../api/session";
import { ItemForm } from "../components/ItemForm";
import { Empty, Loading } from "../components/Loading";
import { Pager } from "../components/Pager";
import { fieldError, ProblemAlert } from "../components/ProblemAlert";
import { DataTable } from "../components/DataTable";
import { dateTime, money, shortId } from "../lib/format";
import { ConfirmButton } from "../components/ConfirmButton";

type Reason = Schemas["AdjustmentRequest"]["reason"];

const REASON_LABEL: Record<Schemas["StockChangeView"]["reason"], string> = {
  CREATED: "Created",
  RESTOCKED: "Restocked",
  ADJUSTED: "Adjusted",
  RESERVED: "Reserved for an order",
  RELEASED: "Released by an order",
  CONSUMED: "Used by an order",
};

function Adjust({ item }: { item: Schemas["ItemView"] }) {
  const queries = useQueryClient();
  const [delta, setDelta] = useState<number | string>("");
  const [reason, setReason] = useState<Reason>("RESTOCKED");
  const [note, setNote] = useState("");
  const adjust = useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/inventory/{id}/adjustments", { params: { path: { id: item.id } }, body: { delta: Number(delta), reason, note: note || null } })),
    onSuccess: () => {
      setDelta("");
      setNote("");
      void queries.invalidateQueries({ queryKey: ["inventory-item", item.id] });
      void queries.invalidateQueries({ queryKey: ["inventory"] });
    },
  });
  return (
    <form
      aria-label="Adjust stock"
      onSubmit={(event) => {
        event.preventDefault();
        adjust.mutate();
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput label={`Change (${item.unit.toLowerCase()})`} description="negative to take away" required value={delta} onChange={setDelta} error={fieldError(adjust.error, "delta")} w={160} />
        <Select
          label="Reason"
          data={[
            { value: "RESTOCKED", label: "Restocked" },
            { value: "ADJUSTED", label: "Counted / corrected" },
          ]}
          value={reason}
          onChange={(value) => setReason((value as Reason) ?? "RESTOCKED")}
          allowDeselect={false}
          w={190}
        />
        <TextInput label="Note" value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError(adjust.error, "note")} w={220} />
        <Button type="submit" loading={adjust.isPending}>
          Adjust
        </Button>
      </Group>
      <ProblemAlert error={adjust.error} />
    </form>
  );
}

/** One stock item: what is on hand and reserved, its change log, and (for leads) edits and adjustments. */
export default function InventoryItem() {
  const { id = "" } = useParams();
  const lead = isLead(useDesigner().data);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [page, setPage] = useState(0);
  const item = useQuery({
    queryKey: ["inventory-item", id],
    queryFn: () => unwrap(api.GET("/api/inventory/{id}", { params: { path: { id } } })),
  });
  const changes = useQuery({
    queryKey: ["inventory-item", id, "changes", page],
    queryFn: () => unwrap(api.GET("/api/inventory/{id}/changes", { params: { path: { id }, query: { page, size: 20, sort: ["at,desc"] } } })),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/inventory/{id}", { params: { path: { id } } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["inventory"] });
      navigate("/inventory");
    },
  });

  if (item.isPending) {
    return <Loading what="the item" />;
  }
  if (item.isError) {
    return <ProblemAlert error={item.error} onReload={() => void item.refetch()} />;
  }
  const current = item.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{current.name}</Title>
          <Text c="dimmed">
            {current.sku} · {current.category}
          </Text>
        </div>
        {lead && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <ConfirmButton variant="outline" loading={remove.isPending} question={`Delete ${current.name}?`} onConfirm={() => remove.mutate()}>
              Delete
            </ConfirmButton>
          </Group>
        )}
      </Group>
      <ProblemAlert error={remove.error} />
      <Modal opened={editing} onClose={() => setEditing(false)} title={`Edit ${current.name}`} size="lg">
        <ItemForm item={current} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {[
          ["On hand", current.quantity],
          ["Reserved", current.reserved],
          ["Available", current.available],
          ["Low below", current.lowStockThreshold ?? "—"],
        ].map(([label, value]) => (
          <Card key={label} withBorder padding="sm">
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fz={24} fw={700}>
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {current.lowStock && <Badge color="#a13a06">Low stock</Badge>}
      {lead && (
        <Card withBorder component="section" aria-labelledby="adjust">
          <Title order={3} size="h5" id="adjust" mb="xs">
            Adjust stock · price {money(current.price)}
          </Title>
          <Adjust item={current} />
        </Card>
      )}
      <Card withBorder component="section" aria-labelledby="changes">
        <Title order={3} size="h5" id="changes" mb="xs">
          Change log
        </Title>
        <ProblemAlert error={changes.error} />
        {changes.data && changes.data.content.length === 0 && <Empty>No changes yet.</Empty>}
        {changes.data && changes.data.content.length > 0 && (
          <>
            <DataTable label="Change log" minWidth={560} columns={["When", "What", "Change", "On hand", "Reserved", "By"]}>
              {changes.data.content.map((change) => (
                <Table.Tr key={change.id}>
                  <Table.Td>{dateTime(change.at)}</Table.Td>
                  <Table.Td>
                    {REASON_LABEL[change.reason]}
                    {change.orderId && (
                      <>
                        {" "}
                        <Link to={`/orders/${change.orderId}`}>{shortId(change.orderId)}</Link>
                      </>
                    )}
                    {change.note && <Text size="xs">{change.note}</Text>}
                  </Table.Td>
                  <Table.Td>{change.delta > 0 ? `+${change.delta}` : change.delta}</Table.Td>
                  <Table.Td>{change.quantityAfter}</Table.Td>
                  <Table.Td>{change.reservedAfter}</Table.Td>
                  <Table.Td>{change.by}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            <Pager page={changes.data.page} onChange={setPage} />
          </>
        )}
      </Card>
    </Stack>
  );
}
