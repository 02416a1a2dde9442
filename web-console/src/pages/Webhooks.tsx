import { Alert, Badge, Button, Card, Code, CopyButton, Group, Modal, MultiSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { isLead, useDesigner } from "../api/session";
import { Empty, Loading } from "../components/Loading";
import { Pager } from "../components/Pager";
import { fieldError, ProblemAlert } from "../components/ProblemAlert";
import { DataTable } from "../components/DataTable";
import { dateTime } from "../lib/format";
import { ConfirmButton } from "../components/ConfirmButton";

/** The event types a webhook may want (docs/events/README.md). */
const EVENT_TYPES = [
  { value: "order.created", label: "Order created" },
  { value: "order.items-changed", label: "Order items changed" },
  { value: "order.status-changed", label: "Order status changed" },
  { value: "order.cancelled", label: "Order cancelled" },
  { value: "order.payment-recorded", label: "Payment recorded" },
  { value: "stock.changed", label: "Stock changed" },
  { value: "stock.item-changed", label: "Inventory item edited or deleted" },
  { value: "stock.reservation-updated", label: "Stock reservation updated" },
  { value: "customer.changed", label: "Customer created, edited, archived or measured" },
];

// darker than Mantine's shades: small bold text needs 4.5:1 against white
const DELIVERY: Record<Schemas["WebhookDelivery"]["status"], { label: string; color: string }> = {
  PENDING: { label: "Sending", color: "yellow.9" },
  DELIVERED: { label: "Delivered", color: "#1b6b2f" },
  FAILED: { label: "Failed", color: "red.9" },
};

function NewWebhook({ onCreated }: { onCreated: (made: Schemas["NewWebhook"]) => void }) {
  const [url, setUrl] = useState("https://");
  const [eventTypes, setEventTypes] = useState<string[]>(["order.status-changed"]);
  const [description, setDescription] = useState("");
  const create = useMutation({
    mutationFn: () => unwrap(api.POST("/api/webhooks", { body: { url, eventTypes, description: description || null } })),
    onSuccess: (made) => {
      setUrl("https://");
      setDescription("");
      onCreated(made);
    },
  });
  return (
    <form
      aria-label="New webhook"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack>
        <TextInput label="URL" description="Where the shop system receives events (HTTPS)" required value={url}
          onChange={(event) => setUrl(event.currentTarget.value)} error={fieldError(create.error, "url")} />
        <MultiSelect label="Events" data={EVENT_TYPES} value={eventTypes} onChange={setEventTypes} required
          error={fieldError(create.error, "eventTypes")} />
        <TextInput label="Description" placeholder="e.g. the till in the shop" value={description}
          onChange={(event) => setDescription(event.currentTarget.value)} error={fieldError(create.error, "description")} />
        <ProblemAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Add webhook
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Deliveries({ webhook }: { webhook: Schemas["Webhook"] }) {
  const [page, setPage] = useState(0);
  const deliveries = useQuery({
    queryKey: ["webhooks", webhook.id, "deliveries", page],
    queryFn: () =>
      unwrap(api.GET("/api/webhooks/{id}/deliveries", { params: { path: { id: webhook.id }, query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.content.some((delivery) => delivery.status === "PENDING") ? 2000 : false),
  });
  if (deliveries.isPending) {
    return <Loading what="deliveries" />;
  }
  if (deliveries.error) {
    return <ProblemAlert error={deliveries.error} />;
  }
  if (deliveries.data.content.length === 0) {
    return <Empty>Nothing sent yet.</Empty>;
  }
  return (
    <>
      <DataTable label="Deliveries" minWidth={560} striped columns={["When", "Event", "Status", "Answer"]}>
        {deliveries.data.content.map((delivery) => (
          <Table.Tr key={delivery.id}>
            <Table.Td>{dateTime(delivery.deliveredAt ?? delivery.createdAt)}</Table.Td>
            <Table.Td>
              <Code>{delivery.eventType}</Code>
            </Table.Td>
            <Table.Td>
              <Badge color={DELIVERY[delivery.status].color} variant="outline">
                {DELIVERY[delivery.status].label}
              </Badge>
              <Text size="xs" c="dimmed">
                {delivery.attempts} {delivery.attempts === 1 ? "attempt" : "attempts"}
                {delivery.nextAttemptAt ? `, next ${dateTime(delivery.nextAttemptAt)}` : ""}
              </Text>
            </Table.Td>
            <Table.Td>
              {delivery.responseStatus ?? "—"}
              {delivery.reason && (
                <Text size="xs" c="dimmed">
                  {delivery.reason}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Pager page={deliveries.data.page} onChange={setPage} />
    </>
  );
}

/** Webhooks for other shop systems, for lead designers: add, try, read the deliveries, delete. */
export default function Webhooks() {
  const me = useDesigner().data;
  const queries = useQueryClient();
  const [page, setPage] = useState(0);
  const [made, setMade] = useState<Schemas["NewWebhook"] | null>(null);
  const [watching, setWatching] = useState<Schemas["Webhook"] | null>(null);
  const webhooks = useQuery({
    queryKey: ["webhooks", page],
    queryFn: () => unwrap(api.GET("/api/webhooks", { params: { query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
    enabled: isLead(me),
  });
  const refresh = () => void queries.invalidateQueries({ queryKey: ["webhooks"] });
  // the deliveries open once the test is queued, so their first read already has it
  const test = useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/webhooks/{id}/test", { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/webhooks/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });

  if (!isLead(me)) {
    return <Text>Only lead designers manage webhooks.</Text>;
  }
  return (
    <Stack>
      <Title order={2}>Webhooks</Title>
      <Text c="dimmed" size="sm">
        Other shop systems (a till, a delivery service, accounting) can hear what happens in Atelier: each event they
        want is sent to their URL, signed with the webhook's secret, retried until it arrives.
      </Text>
      <Card withBorder component="section" aria-labelledby="new-webhook">
        <Title order={3} size="h5" id="new-webhook" mb="xs">
          New webhook
        </Title>
        <NewWebhook onCreated={(webhook) => { setMade(webhook); refresh(); }} />
      </Card>
      {made && (
        <Alert color="yellow" title="Copy the signing secret now" withCloseButton onClose={() => setMade(null)}>
          <Text size="sm" mb="xs">
            The system at {made.url} checks each delivery's signature with this secret. It is shown only once.
          </Text>
          <Group gap="xs">
            <Code>{made.secret}</Code>
            <CopyButton value={made.secret}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="default" onClick={copy}>
                  {copied ? "Copied" : "Copy"}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <ProblemAlert error={webhooks.error ?? test.error ?? remove.error} />
      {webhooks.isPending ? (
        <Loading what="webhooks" />
      ) : webhooks.data && webhooks.data.content.length === 0 ? (
        <Empty>No webhooks yet.</Empty>
      ) : webhooks.data ? (
        <>
          {/* The actions sit under each URL, so a phone shows them without scrolling; the events column
              keeps the longest event type's badge whole and scrolls sideways on a narrow screen. */}
          <DataTable label="Webhooks" minWidth={520} striped columns={["Webhook", "Events"]}>
            {webhooks.data.content.map((webhook) => (
              <Table.Tr key={webhook.id}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
                    {webhook.url}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {webhook.description ? `${webhook.description} · ` : ""}added by {webhook.createdBy}, {dateTime(webhook.createdAt)}
                  </Text>
                  <Group gap="xs" mt="xs">
                    <Button size="compact-sm" variant="default" loading={test.isPending && test.variables === webhook.id}
                      onClick={() => test.mutate(webhook.id, { onSuccess: () => setWatching(webhook) })}>
                      Send test
                    </Button>
                    <Button size="compact-sm" variant="default" onClick={() => setWatching(webhook)}>
                      Deliveries
                    </Button>
                    <ConfirmButton size="compact-sm" variant="subtle" question={`Delete the webhook to ${webhook.url}?`}
                      onConfirm={() => remove.mutate(webhook.id)}>
                      Delete
                    </ConfirmButton>
                  </Group>
                </Table.Td>
                <Table.Td miw={220}>
                  <Group gap={4}>
                    {webhook.eventTypes.map((type) => (
                      <Badge key={type} variant="outline" color="gray.8" tt="none">
                        {type}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Pager page={webhooks.data.page} onChange={setPage} />
        </>
      ) : null}
      <Modal opened={watching !== null} onClose={() => setWatching(null)} title={`Deliveries to ${watching?.url ?? ""}`} size="xl">
        {watching && <Deliveries webhook={watching} />}
      </Modal>
    </Stack>
  );
}
