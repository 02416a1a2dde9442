import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { fieldError, ProblemAlert } from "./ProblemAlert";
import { CURRENCIES } from "../lib/currencies";
import { FormActions } from "./FormActions";

type Item = Schemas["ItemView"];
type Unit = Schemas["CreateItemRequest"]["unit"];

const UNITS: Unit[] = ["PIECE", "PAIR", "SET", "METRE", "YARD", "ROLL", "SPOOL", "SKEIN", "GRAM", "KILOGRAM"];

/** A stock item's details; a new item also gets its opening quantity (later changes are adjustments). */
export function ItemForm({ item, onSaved, onCancel }: { item?: Item; onSaved: (item: Item) => void; onCancel?: () => void }) {
  const queries = useQueryClient();
  const [values, setValues] = useState({
    sku: item?.sku ?? "",
    name: item?.name ?? "",
    category: item?.category ?? "",
    unit: (item?.unit ?? "PIECE") as Unit,
    amount: (item?.price?.amount ?? "") as number | string,
    currency: item?.price?.currency ?? "EUR",
    quantity: 0 as number | string,
    lowStockThreshold: (item?.lowStockThreshold ?? "") as number | string,
    description: item?.description ?? "",
  });
  const set = <K extends keyof typeof values>(name: K, value: (typeof values)[K]) => setValues({ ...values, [name]: value });
  const save = useMutation({
    mutationFn: () => {
      const common = {
        sku: values.sku.trim(),
        name: values.name.trim(),
        category: values.category.trim(),
        unit: values.unit,
        price: { amount: Number(values.amount), currency: values.currency },
        lowStockThreshold: values.lowStockThreshold === "" ? null : Number(values.lowStockThreshold),
        description: values.description.trim() || null,
      };
      return item
        ? unwrap(api.PUT("/api/inventory/{id}", { params: { path: { id: item.id } }, body: { ...common, version: item.version } }))
        : unwrap(api.POST("/api/inventory", { body: { ...common, quantity: Number(values.quantity) } }));
    },
    onSuccess: (saved) => {
      queries.setQueryData(["inventory-item", saved.id], saved);
      void queries.invalidateQueries({ queryKey: ["inventory"] });
      onSaved(saved);
    },
  });
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form
      aria-label={item ? "Edit stock item" : "New stock item"}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required value={values.name} onChange={(event) => set("name", event.currentTarget.value)} error={error("name")} />
          <TextInput label="SKU" required value={values.sku} onChange={(event) => set("sku", event.currentTarget.value)} error={error("sku")} />
          <TextInput label="Category" required placeholder="fabric, lining, buttons…" value={values.category} onChange={(event) => set("category", event.currentTarget.value)} error={error("category")} />
          <Select label="Unit" data={UNITS.map((unit) => ({ value: unit, label: unit.toLowerCase() }))} value={values.unit} onChange={(unit) => set("unit", (unit ?? "PIECE") as Unit)} allowDeselect={false} error={error("unit")} />
          <NumberInput label="Price" required min={0} decimalScale={2} value={values.amount} onChange={(amount) => set("amount", amount)} error={error("price.amount") ?? error("price")} />
          <Select label="Currency" data={CURRENCIES} value={values.currency} onChange={(currency) => set("currency", currency ?? "EUR")} allowDeselect={false} />
          {!item && <NumberInput label="Opening quantity" min={0} value={values.quantity} onChange={(quantity) => set("quantity", quantity)} error={error("quantity")} />}
          <NumberInput label="Low-stock threshold" min={0} value={values.lowStockThreshold} onChange={(threshold) => set("lowStockThreshold", threshold)} error={error("lowStockThreshold")} />
        </SimpleGrid>
        <Textarea label="Description" autosize minRows={2} value={values.description} onChange={(event) => set("description", event.currentTarget.value)} error={error("description")} />
        <ProblemAlert error={save.error} onReload={() => void queries.invalidateQueries({ queryKey: ["inventory-item"] })} />
        <FormActions label={item ? "Save changes" : "Create item"} saving={save.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
