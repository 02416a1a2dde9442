import { Button, Card, Group, NumberInput, Select, Table, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { dateTime, money } from "../lib/format";
import { Empty } from "./Loading";
import { fieldError, ProblemAlert } from "./ProblemAlert";
import { DataTable } from "./DataTable";

type Method = Schemas["PaymentRequest"]["method"];
type Kind = NonNullable<Schemas["PaymentRequest"]["kind"]>;

/** An order's payments and refunds, and a form to record one (lead designers only: the API says so too). */
export function Payments({ orderId }: { orderId: string }) {
  const queries = useQueryClient();
  const order = queries.getQueryData<Schemas["OrderView"]>(["order", orderId]);
  const payments = useQuery({
    queryKey: ["order", orderId, "payments"],
    queryFn: () => unwrap(api.GET("/api/orders/{orderId}/payments", { params: { path: { orderId }, query: { size: 50 } } })),
  });
  const [amount, setAmount] = useState<number | string>("");
  const [method, setMethod] = useState<Method>("CASH");
  const [kind, setKind] = useState<Kind>("PAYMENT");
  const [note, setNote] = useState("");
  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/orders/{orderId}/payments", {
          params: { path: { orderId } },
          body: {
            amount: { amount: Number(amount), currency: order?.price?.currency ?? "USD" },
            method,
            kind,
            note: note || null,
          },
        }),
      ),
    onSuccess: () => {
      setAmount("");
      setNote("");
      void queries.invalidateQueries({ queryKey: ["order", orderId] });
      void queries.invalidateQueries({ queryKey: ["orders"] });
    },
  });

  return (
    <Card withBorder component="section" aria-labelledby="payments">
      <Title order={3} size="h5" id="payments" mb="xs">
        Payments
      </Title>
      <ProblemAlert error={payments.error} />
      {payments.data && payments.data.content.length === 0 && <Empty>No payments yet.</Empty>}
      {payments.data && payments.data.content.length > 0 && (
        <DataTable label="Payments" minWidth={420} columns={["When", "What", "How", "Amount"]}>
          {payments.data.content.map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>{dateTime(payment.paidAt)}</Table.Td>
              <Table.Td>{payment.kind === "REFUND" ? "Refund" : "Payment"}</Table.Td>
              <Table.Td>{payment.method.toLowerCase()}</Table.Td>
              <Table.Td>{money(payment.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <Group align="flex-end" mt="sm" gap="sm">
          <Select
            label="Kind"
            data={[
              { value: "PAYMENT", label: "Payment" },
              { value: "REFUND", label: "Refund" },
            ]}
            value={kind}
            onChange={(value) => setKind((value as Kind) ?? "PAYMENT")}
            allowDeselect={false}
            w={120}
          />
          <NumberInput
            label={`Amount${order?.price ? ` (${order.price.currency})` : ""}`}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={2}
            required
            error={fieldError(record.error, "amount.amount") ?? fieldError(record.error, "amount")}
            w={140}
          />
          <Select
            label="Method"
            data={["CASH", "CARD", "TRANSFER", "OTHER"].map((value) => ({ value, label: value.toLowerCase() }))}
            value={method}
            onChange={(value) => setMethod((value as Method) ?? "CASH")}
            allowDeselect={false}
            w={130}
          />
          <TextInput label="Note" value={note} onChange={(event) => setNote(event.currentTarget.value)} w={200} />
          <Button type="submit" loading={record.isPending}>
            Record
          </Button>
        </Group>
      </form>
      <ProblemAlert error={record.error} />
      {record.data && (
        <Group mt="xs">
          <span>Balance due now: {money(record.data.balance.balanceDue)}</span>
        </Group>
      )}
    </Card>
  );
}
