import { NumberInput, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { linesOf, OrderLines, toItemRequests } from "./OrderLines";
import { fieldError, ProblemAlert } from "./ProblemAlert";
import { addressInput, deliveryAddress, DeliveryAddressFields, DeliveryMethodPicker, type DeliveryMethod } from "./DeliveryAddressFields";
import { FormActions } from "./FormActions";

type Order = Schemas["OrderView"];
type Method = DeliveryMethod;

/**
 * An order's lines, price, delivery and notes, changed while its status allows (a merge patch naming the
 * version read: a colleague's change in between is a 409 that offers to reload).
 */
export function OrderDetailsForm({ order, onSaved, onCancel }: { order: Order; onSaved: () => void; onCancel: () => void }) {
  const queries = useQueryClient();
  const [deliveryDate, setDeliveryDate] = useState(order.deliveryDate);
  const [method, setMethod] = useState<Method>(order.deliveryMethod);
  const [address, setAddress] = useState(addressInput(order.deliveryAddress));
  const [amount, setAmount] = useState<number | string>(order.price?.amount ?? "");
  const [notes, setNotes] = useState(order.notes ?? "");
  const [lines, setLines] = useState(() => linesOf(order.items));
  const linesBefore = JSON.stringify(toItemRequests(linesOf(order.items)));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/orders/{id}", {
          params: { path: { id: order.id } },
          body: {
            version: order.version,
            deliveryDate,
            deliveryMethod: method,
            deliveryAddress: method === "DELIVERY" ? deliveryAddress(address) : null,
            price: order.price ? { amount: Number(amount), currency: order.price.currency } : undefined,
            notes: notes || null,
            // only a changed list is sent: a new list is reserved again
            items: JSON.stringify(toItemRequests(lines)) !== linesBefore ? toItemRequests(lines) : undefined,
          },
        }),
      ),
    onSuccess: (saved) => {
      queries.setQueryData(["order", order.id], saved);
      void queries.invalidateQueries({ queryKey: ["orders"] });
      void queries.invalidateQueries({ queryKey: ["order", order.id, "timeline"] });
      onSaved();
    },
  });
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form
      aria-label="Edit order details"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Delivery date" type="date" required value={deliveryDate} onChange={(event) => setDeliveryDate(event.currentTarget.value)} error={error("deliveryDate")} />
          {order.price && (
            <NumberInput label={`Price (${order.price.currency})`} min={0} decimalScale={2} value={amount} onChange={setAmount} error={error("price.amount") ?? error("price")} />
          )}
        </SimpleGrid>
        <DeliveryMethodPicker value={method} onChange={setMethod} />
        {method === "DELIVERY" && (
          <>
            <DeliveryAddressFields address={address} onChange={setAddress} error={save.error} />
          </>
        )}
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={error("notes")} />
        {/* the order-service takes a new list of lines only before work starts */}
        {order.status === "PENDING" && <OrderLines lines={lines} onChange={setLines} error={save.error} />}
        <ProblemAlert error={save.error} onReload={() => void queries.invalidateQueries({ queryKey: ["order", order.id] }).then(onCancel)} />
        <FormActions label="Save changes" saving={save.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
