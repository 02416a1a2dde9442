import { Anchor, Skeleton } from "@mantine/core";
import { Link } from "react-router";
import { useCustomer, useCustomersById, useListedCustomerName } from "../api/customers";
import { shortId } from "../lib/format";

/**
 * A customer's name linking to their page (read once and kept: names change rarely). In a list,
 * render CustomerNamesOf for the page's rows once and give each name {@code together}: the names
 * then come from that one call, and only the names re-render when it answers.
 */
export function CustomerName({ id, together = false }: { id: string; together?: boolean }) {
  const alone = useCustomer(id, { enabled: !together });
  const listed = useListedCustomerName(id);
  if (together ? listed.isPending : alone.isPending) {
    return <Skeleton height={14} width={100} />;
  }
  const name = together ? listed.data : alone.data?.name;
  return (
    <Anchor component={Link} to={`/customers/${id}`}>
      {name ?? `Customer ${shortId(id)}`}
    </Anchor>
  );
}

/** Reads the names of these customers in one call for the CustomerNames rendered {@code together}; renders nothing. */
export function CustomerNamesOf({ ids }: { ids: readonly string[] }) {
  useCustomersById(ids);
  return null;
}
