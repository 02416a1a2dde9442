import { Button, Collapse, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../api/client";
import { dateTime } from "../lib/format";
import { ProblemAlert } from "./ProblemAlert";

/** Earlier versions of a measurement set: what changed, who changed it, when. Read when opened. */
export function MeasurementHistory({ measurementId, unit }: { measurementId: string; unit: "CM" | "IN" }) {
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ["measurement", measurementId, "history", unit],
    queryFn: () => unwrap(api.GET("/api/measurements/{id}/history", { params: { path: { id: measurementId }, query: { unit } } })),
    enabled: open,
  });
  const versions = history.data ?? [];
  return (
    <>
      <Button variant="subtle" size="compact-xs" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? "Hide history" : "History"}
      </Button>
      <Collapse expanded={open}>
        <ProblemAlert error={history.error} />
        <Stack gap={6} mt={4}>
          {versions.map((version, index) => {
            const before = versions[index + 1];
            const changed = Object.entries(version.values).filter(([name, value]) => before?.values[name] !== value);
            return (
              <Text key={version.version} size="xs">
                <b>v{version.version}</b> {dateTime(version.recordedAt)} by {version.recordedBy}:{" "}
                {before
                  ? changed.length
                    ? changed.map(([name, value]) => `${name} ${before.values[name] ?? "—"} → ${value}`).join(", ")
                    : "no value changed"
                  : "first recorded"}
              </Text>
            );
          })}
        </Stack>
      </Collapse>
    </>
  );
}
