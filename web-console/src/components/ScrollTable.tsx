import { Box } from "@mantine/core";

/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus and has a
 * name, so it can be scrolled without a pointer.
 */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: React.ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
