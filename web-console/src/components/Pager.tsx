import { Group, Pagination, Text } from "@mantine/core";
import type { Schemas } from "../api/client";

interface Props {
  page: Schemas["PageMetadata"];
  onChange: (page: number) => void;
}

/** The API's pages (numbered from 0) as the designer counts them (from 1). */
export function Pager({ page, onChange }: Props) {
  if (page.totalPages <= 1) {
    return (
      <Text size="sm" c="dimmed" mt="sm">
        {page.totalElements} in all
      </Text>
    );
  }
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {page.totalElements} in all
      </Text>
      <Pagination
        total={page.totalPages}
        value={page.number + 1}
        onChange={(value) => onChange(value - 1)}
        size="sm"
        getControlProps={(control) => ({ "aria-label": `${control} page` })}
      />
    </Group>
  );
}
