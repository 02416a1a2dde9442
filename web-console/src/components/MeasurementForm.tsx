import { ActionIcon, Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { fieldError, ProblemAlert } from "./ProblemAlert";

type Unit = "CM" | "IN";

interface Row {
  name: string;
  value: number | string;
}

const STARTING_ROWS: Row[] = [
  { name: "bust", value: "" },
  { name: "waist", value: "" },
  { name: "hip", value: "" },
];

/** A new measurement set for a customer: its kind (e.g. dress), the unit it was taken in and the values. */
export function MeasurementForm({ customerId, onSaved }: { customerId: string; onSaved: () => void }) {
  const queries = useQueryClient();
  const [type, setType] = useState("");
  const [unit, setUnit] = useState<Unit>("CM");
  const [rows, setRows] = useState<Row[]>(STARTING_ROWS);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST("/api/measurements", {
          body: {
            customerId,
            type: type.trim(),
            unit,
            values: Object.fromEntries(rows.filter((row) => row.name.trim() && row.value !== "").map((row) => [row.name.trim(), Number(row.value)])),
          },
        }),
      ),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["customer", customerId, "measurements"] });
      onSaved();
    },
  });
  const setRow = (index: number, row: Row) => setRows(rows.map((current, at) => (at === index ? row : current)));

  return (
    <form
      aria-label="New measurement set"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput label="Kind" placeholder="dress, suit, trousers…" required value={type} onChange={(event) => setType(event.currentTarget.value)} error={fieldError(save.error, "type")} />
          <SegmentedControl
            aria-label="Taken in"
            value={unit}
            onChange={(value) => setUnit(value as Unit)}
            data={[
              { value: "CM", label: "cm" },
              { value: "IN", label: "inches" },
            ]}
          />
        </Group>
        {rows.map((row, index) => (
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput label={index === 0 ? "Measurement" : undefined} aria-label={`Measurement ${index + 1} name`} value={row.name} onChange={(event) => setRow(index, { ...row, name: event.currentTarget.value })} />
            <NumberInput
              label={index === 0 ? `Value (${unit === "CM" ? "cm" : "in"})` : undefined}
              aria-label={`${row.name || `Measurement ${index + 1}`} value`}
              value={row.value}
              min={0}
              decimalScale={1}
              onChange={(value) => setRow(index, { ...row, value })}
              error={fieldError(save.error, `values.${row.name}`)}
              w={120}
            />
            <ActionIcon variant="subtle" color="gray.7" aria-label={`Remove ${row.name || "row"}`} onClick={() => setRows(rows.filter((_, at) => at !== index))} mb={4}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={() => setRows([...rows, { name: "", value: "" }])}>
            Add a measurement
          </Button>
        </Group>
        {fieldError(save.error, "values") && (
          <Text c="red.9" size="sm">
            {fieldError(save.error, "values")}
          </Text>
        )}
        <ProblemAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save measurements
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
