import { Anchor, Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap } from "../api/client";
import { useCustomer } from "../api/customers";
import { isLead, useDesigner } from "../api/session";
import { CustomerForm, LANGUAGES } from "../components/CustomerForm";
import { MeasurementForm } from "../components/MeasurementForm";
import { MeasurementHistory } from "../components/MeasurementHistory";
import { ordersLink, useOrders } from "../api/orders";
import { Empty, Loading } from "../components/Loading";
import { ProblemAlert } from "../components/ProblemAlert";
import { StatusBadge } from "../components/StatusBadges";
import { StyleImages } from "../components/StyleImages";
import { date, dateTime, shortId } from "../lib/format";
import { ConfirmButton } from "../components/ConfirmButton";

type Unit = "CM" | "IN";

/** One customer: contact details, measurement sets (in cm or inches) and orders. */
export default function Customer() {
  const { id = "" } = useParams();
  const customer = useCustomer(id);
  const lead = isLead(useDesigner().data);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [measuring, setMeasuring] = useState(false);
  const [unit, setUnit] = useState<Unit>("CM");
  const archive = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/customers/{id}", { params: { path: { id } } })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["customers"] });
      void queries.invalidateQueries({ queryKey: ["customer", id] });
      navigate("/customers");
    },
  });
  const measurements = useQuery({
    queryKey: ["customer", id, "measurements", unit],
    queryFn: () =>
      unwrap(api.GET("/api/customers/{id}/measurements", { params: { path: { id }, query: { unit, size: 50 } } })),
  });
  const orders = useOrders({ customerId: id, size: 10, sort: ["deliveryDate,desc"] });

  if (customer.isPending) {
    return <Loading what="the customer" />;
  }
  if (customer.isError) {
    return <ProblemAlert error={customer.error} onReload={() => void customer.refetch()} />;
  }
  const person = customer.data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{person.name}</Title>
          {person.archived && <Text c="dimmed">Archived {dateTime(person.archivedAt)}</Text>}
        </div>
        {lead && !person.archived && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <ConfirmButton
              variant="outline"
              loading={archive.isPending}
              question={`Archive ${person.name}? Their orders stay.`}
              onConfirm={() => archive.mutate()}
            >
              Archive
            </ConfirmButton>
          </Group>
        )}
      </Group>
      <ProblemAlert error={archive.error} />
      <Modal opened={editing} onClose={() => setEditing(false)} title={`Edit ${person.name}`} size="lg">
        <CustomerForm customer={person} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
      <Modal opened={measuring} onClose={() => setMeasuring(false)} title="New measurement set" size="lg">
        <MeasurementForm customerId={id} onSaved={() => setMeasuring(false)} />
      </Modal>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="contact">
          <Title order={3} size="h5" id="contact" mb="xs">
            Contact
          </Title>
          <Text>{person.phone ?? "No phone"}</Text>
          <Text>{person.email ?? "No e-mail"}</Text>
          <Text size="sm" c="dimmed">
            {person.notifications?.email ? "E-mail updates about orders" : "No e-mail updates"}
            {" · "}
            {LANGUAGES.find((language) => language.value === (person.language ?? ""))?.label ?? person.language}
          </Text>
          {person.address && (
            <Text size="sm" c="dimmed">
              {[person.address.street, person.address.postalCode, person.address.city, person.address.country].filter(Boolean).join(", ")}
            </Text>
          )}
          {person.notes && (
            <Text size="sm" mt="xs">
              {person.notes}
            </Text>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="orders">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5" id="orders">
              Orders
            </Title>
            <Anchor component={Link} to={ordersLink({ customerId: id })} size="sm">
              All orders
            </Anchor>
          </Group>
          <ProblemAlert error={orders.error} />
          {orders.data && orders.data.content.length === 0 && <Empty>No orders yet.</Empty>}
          {orders.data?.content.map((order) => (
            <Group key={order.id} justify="space-between" py={4}>
              <Anchor component={Link} to={`/orders/${order.id}`} ff="monospace">
                {shortId(order.id)}
              </Anchor>
              <Text size="sm">{date(order.deliveryDate)}</Text>
              <StatusBadge status={order.status} />
            </Group>
          ))}
        </Card>
      </SimpleGrid>
      <StyleImages customerId={id} />
      <Card withBorder component="section" aria-labelledby="measurements">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5" id="measurements">
            Measurements
          </Title>
          <Group gap="xs">
          {lead && (
            <Button size="xs" variant="light" onClick={() => setMeasuring(true)}>
              Add measurements
            </Button>
          )}
          <SegmentedControl
            size="xs"
            aria-label="Unit"
            value={unit}
            onChange={(value) => setUnit(value as Unit)}
            data={[
              { value: "CM", label: "cm" },
              { value: "IN", label: "inches" },
            ]}
          />
          </Group>
        </Group>
        <ProblemAlert error={measurements.error} />
        {measurements.isPending && <Loading what="measurements" />}
        {measurements.data && measurements.data.content.length === 0 && <Empty>No measurements yet.</Empty>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {measurements.data?.content.map((set) => (
            <Card key={set.id} withBorder padding="sm">
              <Text fw={500}>{set.type}</Text>
              <Text size="xs" c="dimmed">
                Taken in {set.recordedUnit === "CM" ? "cm" : "inches"}; last changed {dateTime(set.updatedAt)} by {set.updatedBy}
              </Text>
              <Table mt="xs" withRowBorders={false}>
                <Table.Tbody>
                  {Object.entries(set.values).map(([name, value]) => (
                    <Table.Tr key={name}>
                      <Table.Th scope="row" fw={400}>
                        {name}
                      </Table.Th>
                      <Table.Td ta="right">
                        {String(value)} {unit === "CM" ? "cm" : "in"}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <MeasurementHistory measurementId={set.id} unit={unit} />
            </Card>
          ))}
        </SimpleGrid>
      </Card>
    </Stack>
  );
}
