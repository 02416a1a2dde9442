import { Badge, Button, Card, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../api/client";
import { dateTime } from "../lib/format";
import { Empty } from "./Loading";
import { ProblemAlert } from "./ProblemAlert";
import { DataTable } from "./DataTable";

type Message = Schemas["Notification"];

const KIND_LABEL: Record<Message["kind"], string> = {
  ORDER_READY: "Order ready",
  ORDER_DELIVERED: "Order delivered",
  DELIVERY_REMINDER: "Delivery reminder",
  BALANCE_DUE: "Balance due",
};

// darker than Mantine's shades: small bold text needs 4.5:1 against white and the striped rows
const STATUS: Record<Message["status"], { label: string; color: string }> = {
  PENDING: { label: "Sending", color: "yellow.9" },
  SENT: { label: "Sent", color: "#1b6b2f" },
  FAILED: { label: "Failed", color: "red.9" },
  SKIPPED: { label: "Not sent", color: "gray.8" },
};

/** How long after an order changed the log is re-read: the mail follows the move by a second or two. */
const FRESH_MS = 15_000;

/**
 * The e-mails the shop's customer got about this order (notification-service's delivery log): what,
 * to whom, when, and why one failed or was not sent. Leads may send one again.
 */
export function CustomerMessages({ order, lead }: { order: Schemas["OrderView"]; lead: boolean }) {
  const queries = useQueryClient();
  const key = ["order", order.id, "notifications"];
  const messages = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET("/api/orders/{orderId}/notifications", {
          params: { path: { orderId: order.id }, query: { size: 20 } },
        }),
      ),
    // while a mail is on its way, or just after the order moved, look again every 2 s
    refetchInterval: (query) =>
      query.state.data?.content.some((message) => message.status === "PENDING") ||
      Date.now() - Date.parse(order.updatedAt) < FRESH_MS
        ? 2000
        : false,
  });
  const resend = useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/notifications/{id}/resend", { params: { path: { id } } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });

  return (
    <Card withBorder component="section" aria-labelledby="customer-messages">
      <Title order={3} size="h5" id="customer-messages" mb="xs">
        Messages to the customer
      </Title>
      <ProblemAlert error={messages.error} />
      {messages.data && messages.data.content.length === 0 && (
        <Empty>No messages yet. The customer is e-mailed when the order is ready, two days before it is due and when it is delivered, if they agreed to e-mails.</Empty>
      )}
      {messages.data && messages.data.content.length > 0 && (
        <DataTable label="Messages sent" minWidth={520} columns={["When", "What", "To", "Status", lead && { hidden: "Actions" }]}>
          {messages.data.content.map((message) => (
            <Table.Tr key={message.id}>
              <Table.Td>{dateTime(message.sentAt ?? message.createdAt)}</Table.Td>
              <Table.Td>
                {KIND_LABEL[message.kind]}
                {message.resendOf && (
                  <Text size="xs" c="dimmed">
                    sent again by {message.requestedBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{message.recipient ?? "—"}</Table.Td>
              <Table.Td>
                <Badge color={STATUS[message.status].color} variant="outline">
                  {STATUS[message.status].label}
                </Badge>
                {message.reason && (
                  <Text size="xs" c="dimmed">
                    {message.status === "PENDING" && message.nextAttemptAt
                      ? `${message.reason}; next try ${dateTime(message.nextAttemptAt)}`
                      : message.reason}
                  </Text>
                )}
              </Table.Td>
              {lead && (
                <Table.Td>
                  {message.status !== "PENDING" && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={resend.isPending && resend.variables === message.id}
                      onClick={() => resend.mutate(message.id)}
                      aria-label={`Send "${KIND_LABEL[message.kind]}" again`}
                    >
                      Send again
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <ProblemAlert error={resend.error} />
    </Card>
  );
}
