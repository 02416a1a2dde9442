import { Box, Table, VisuallyHidden } from "@mantine/core";

/** A column's heading; `{ hidden: "Actions" }` names it for screen readers only. */
export type Column = string | { hidden: string };

type Props = {
  /** Names the table's scrolling region. */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The headings; `false` leaves a column out (`lead && "Price"`). */
  columns: (Column | false)[];
  striped?: boolean;
  highlightOnHover?: boolean;
  /** The rows. */
  children: React.ReactNode;
};

/**
 * Rows under named columns that scroll sideways on a phone. The scrolling box takes keyboard focus and
 * has a name, so it can be scrolled without a pointer.
 */
export function DataTable({ label, minWidth, columns, striped, highlightOnHover, children }: Props) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
      <Box miw={minWidth}>
        <Table striped={striped} highlightOnHover={highlightOnHover}>
          <Table.Thead>
            <Table.Tr>
              {columns.filter((column) => column !== false).map((column) =>
                typeof column === "string" ? (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ) : (
                  <Table.Th key={column.hidden} scope="col">
                    <VisuallyHidden>{column.hidden}</VisuallyHidden>
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Box>
    </Box>
  );
}
