import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { fieldError } from "./ProblemAlert";

export interface Line {
  kind: "stock" | "custom";
  inventoryItemId: string | null;
  itemLabel: string;
  size: string;
  description: string;
  quantity: number | string;
}

export const NEW_LINE: Line = { kind: "stock", inventoryItemId: null, itemLabel: "", size: "", description: "", quantity: 1 };

/** The lines as the API takes them. */
export function toItemRequests(lines: Line[]): Schemas["OrderItemRequest"][] {
  return lines.map((line) =>
    line.kind === "stock"
      ? { inventoryItemId: line.inventoryItemId, size: line.size || null, quantity: Number(line.quantity), description: line.description || null }
      : { description: line.description, quantity: Number(line.quantity) },
  );
}

/** An order's lines as the form starts from them. */
export function linesOf(items: Schemas["OrderItemView"][]): Line[] {
  return items.map((item) => ({
    kind: item.inventoryItemId ? "stock" : "custom",
    inventoryItemId: item.inventoryItemId ?? null,
    itemLabel: "",
    size: item.size ?? "",
    description: item.description ?? "",
    quantity: item.quantity ?? 1,
  }));
}

function StockItemPicker({ line, onChange, error, index }: { line: Line; onChange: (line: Line) => void; error?: string; index: number }) {
  const [search, setSearch] = useState(line.itemLabel);
  const [q] = useDebouncedValue(search, 250);
  const found = useQuery({
    queryKey: ["inventory", "pick", q],
    queryFn: () => unwrap(api.GET("/api/inventory", { params: { query: { q: q || undefined, size: 20, sort: ["name,asc"] } } })),
  });
  const chosen = useQuery({
    queryKey: ["inventory-item", line.inventoryItemId],
    queryFn: () => unwrap(api.GET("/api/inventory/{id}", { params: { path: { id: line.inventoryItemId! } } })),
    enabled: Boolean(line.inventoryItemId) && !line.itemLabel,
  });
  const label = (item: Schemas["ItemView"]) => `${item.name} (${item.sku}), ${item.available} available`;
  const options = (found.data?.content ?? []).map((item) => ({ value: item.id, label: label(item) }));
  if (line.inventoryItemId && !options.some((option) => option.value === line.inventoryItemId)) {
    options.unshift({ value: line.inventoryItemId, label: line.itemLabel || (chosen.data ? label(chosen.data) : "…") });
  }
  return (
    <Select
      label="Stock item"
      aria-label={`Line ${index + 1} stock item`}
      placeholder="Type a name or SKU"
      searchable
      required
      data={options}
      value={line.inventoryItemId}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange({ ...line, inventoryItemId: id, itemLabel: option?.label ?? "" })}
      filter={({ options: all }) => all}
      nothingFoundMessage="No stock item found"
      error={error}
      style={{ flex: 2, minWidth: 220 }}
    />
  );
}

/** The lines of an order being written: stock items (with size) and custom work, each with a quantity. */
export function OrderLines({ lines, onChange, error: refusal }: { lines: Line[]; onChange: (lines: Line[]) => void; error: unknown }) {
  const error = (field: string) => fieldError(refusal, field);
  const setLine = (index: number, line: Line) => onChange(lines.map((current, at) => (at === index ? line : current)));
  const setLines = onChange;
  return (
          <Stack gap="md">
      {lines.map((line, index) => (
        <Group key={index} align="flex-end" gap="xs" wrap="wrap">
          <SegmentedControl
            aria-label={`Line ${index + 1} kind`}
            value={line.kind}
            onChange={(kind) => setLine(index, { ...NEW_LINE, kind: kind as Line["kind"], quantity: line.quantity })}
            data={[
              { value: "stock", label: "Stock item" },
              { value: "custom", label: "Custom work" },
            ]}
          />
          {line.kind === "stock" ? (
            <>
              <StockItemPicker line={line} index={index} onChange={(next) => setLine(index, next)} error={error(`items[${index}].inventoryItemId`)} />
              <TextInput label="Size" aria-label={`Line ${index + 1} size`} value={line.size} onChange={(event) => setLine(index, { ...line, size: event.currentTarget.value })} error={error(`items[${index}].size`)} w={90} />
            </>
          ) : (
            <TextInput
              label="Work"
              aria-label={`Line ${index + 1} work`}
              placeholder="e.g. hand-finished hem"
              required
              value={line.description}
              onChange={(event) => setLine(index, { ...line, description: event.currentTarget.value })}
              error={error(`items[${index}].description`)}
              style={{ flex: 2, minWidth: 220 }}
            />
          )}
          <NumberInput label="Quantity" aria-label={`Line ${index + 1} quantity`} value={line.quantity} min={0} onChange={(quantity) => setLine(index, { ...line, quantity })} error={error(`items[${index}].quantity`)} w={100} />
          {lines.length > 1 && (
            <Button variant="subtle" color="#b3261e" onClick={() => setLines(lines.filter((_, at) => at !== index))}>
              Remove
            </Button>
          )}
        </Group>
      ))}
      {error("items") && (
        <Text c="red.9" size="sm">
          {error("items")}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={() => setLines([...lines, { ...NEW_LINE }])}>
          Add a line
        </Button>
      </Group>
    </Stack>
  );
}
