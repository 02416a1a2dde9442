import { Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { api, unwrap } from "../api/client";
import { useCustomer, useCustomers } from "../api/customers";
import { CustomerForm } from "../components/CustomerForm";
import { NEW_LINE, OrderLines, toItemRequests, type Line } from "../components/OrderLines";
import { fieldError, ProblemAlert } from "../components/ProblemAlert";
import { addDays, isoDate } from "../lib/format";
import { CURRENCIES } from "../lib/currencies";
import { addressInput, deliveryAddress, DeliveryAddressFields, DeliveryMethodPicker, type DeliveryMethod } from "../components/DeliveryAddressFields";
import { FormActions } from "../components/FormActions";

type Method = DeliveryMethod;


function CustomerPicker({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: string }) {
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  const found = useCustomers({ q: q || undefined, size: 20, sort: ["name,asc"] });
  const chosen = useCustomer(value ?? undefined);
  const options = (found.data?.content ?? []).map((customer) => ({ value: customer.id, label: customer.name }));
  if (chosen.data && !options.some((option) => option.value === chosen.data.id)) {
    options.unshift({ value: chosen.data.id, label: chosen.data.name });
  }
  return (
    <Select
      label="Customer"
      placeholder="Type a name"
      required
      searchable
      data={options}
      value={value}
      onChange={onChange}
      onSearchChange={setSearch}
      searchValue={search}
      nothingFoundMessage={found.isFetching ? "Searching…" : "No customer found"}
      filter={({ options: all }) => all}
      error={error}
    />
  );
}

/** A new order in one flow: the customer (found or created), measurements, lines, price and delivery. */
export default function OrderNew() {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [creatingCustomer, setCreatingCustomer] = useState(false);
  const customer = useCustomer(customerId ?? undefined);
  const measurements = useQuery({
    queryKey: ["customer", customerId, "measurements", "CM"],
    queryFn: () => unwrap(api.GET("/api/customers/{id}/measurements", { params: { path: { id: customerId! }, query: { unit: "CM", size: 50 } } })),
    enabled: Boolean(customerId),
  });
  const [measurementId, setMeasurementId] = useState<string | null>(null);
  const [lines, setLines] = useState<Line[]>([{ ...NEW_LINE }]);
  const [amount, setAmount] = useState<number | string>("");
  const [currency, setCurrency] = useState("EUR");
  const [method, setMethod] = useState<Method>("PICKUP");
  const [deliveryDate, setDeliveryDate] = useState(isoDate(addDays(new Date(), 14)));
  const [address, setAddress] = useState(addressInput());
  const [notes, setNotes] = useState("");

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/orders", {
          body: {
            customerId: customerId ?? "",
            measurementId,
            items: toItemRequests(lines),
            price: { amount: Number(amount), currency },
            deliveryMethod: method,
            deliveryDate,
            deliveryAddress:
              method === "DELIVERY"
                ? deliveryAddress(address)
                : null,
            notes: notes || null,
          },
        }),
      ),
    onSuccess: (order) => {
      void queries.invalidateQueries({ queryKey: ["orders"] });
      navigate(`/orders/${order.id}`);
    },
  });
  const error = (field: string) => fieldError(create.error, field);
  const copyCustomerAddress = () => {
    const home = customer.data?.address;
    if (home) {
      setAddress(addressInput(home));
    }
  };

  return (
    <form
      aria-label="New order"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack maw={900}>
        <Title order={2}>New order</Title>
        <Card withBorder component="section" aria-labelledby="who">
          <Title order={3} size="h5" id="who" mb="xs">
            For whom
          </Title>
          <Group align="flex-end">
            <div style={{ flex: 1, minWidth: 240 }}>
              <CustomerPicker value={customerId} onChange={(id) => { setCustomerId(id); setMeasurementId(null); }} error={error("customerId")} />
            </div>
            <Button variant="light" onClick={() => setCreatingCustomer(true)}>
              New customer
            </Button>
          </Group>
          {customerId && (
            <Select
              mt="sm"
              label="Measurements"
              placeholder={measurements.isPending ? "Loading…" : measurements.data?.content.length ? "Choose a set (optional)" : "No measurement sets yet"}
              clearable
              data={(measurements.data?.content ?? []).map((set) => ({ value: set.id, label: `${set.type} (v${set.version})` }))}
              value={measurementId}
              onChange={setMeasurementId}
              error={error("measurementId")}
            />
          )}
        </Card>
        <Modal opened={creatingCustomer} onClose={() => setCreatingCustomer(false)} title="New customer" size="lg">
          <CustomerForm
            onSaved={(saved) => {
              setCustomerId(saved.id);
              setCreatingCustomer(false);
            }}
            onCancel={() => setCreatingCustomer(false)}
          />
        </Modal>

        <Card withBorder component="section" aria-labelledby="lines">
          <Title order={3} size="h5" id="lines" mb="xs">
            What to make
          </Title>
          <OrderLines lines={lines} onChange={setLines} error={create.error} />
        </Card>

        <Card withBorder component="section" aria-labelledby="terms">
          <Title order={3} size="h5" id="terms" mb="xs">
            Price and delivery
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label="Price" required min={0} decimalScale={2} value={amount} onChange={setAmount} error={error("price.amount") ?? error("price")} />
            <Select label="Currency" data={CURRENCIES} value={currency} onChange={(value) => setCurrency(value ?? "EUR")} allowDeselect={false} error={error("price.currency")} />
            <TextInput label="Delivery date" type="date" required value={deliveryDate} onChange={(event) => setDeliveryDate(event.currentTarget.value)} error={error("deliveryDate")} />
          </SimpleGrid>
          <DeliveryMethodPicker mt="sm" value={method} onChange={setMethod} />
          {method === "DELIVERY" && (
            <Stack gap="xs" mt="sm">
              <Group justify="space-between">
                <Text size="sm" fw={500}>
                  Delivery address
                </Text>
                {customer.data?.address && (
                  <Button variant="subtle" size="compact-sm" onClick={copyCustomerAddress}>
                    Use the customer's address
                  </Button>
                )}
              </Group>
              <DeliveryAddressFields address={address} onChange={setAddress} error={create.error} />
            </Stack>
          )}
          <Textarea mt="sm" label="Notes" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={error("notes")} />
        </Card>
        <ProblemAlert error={create.error} />
        <FormActions label="Create order" size="md" saving={create.isPending} onCancel={() => navigate("/orders")} />
      </Stack>
    </form>
  );
}
