import { Anchor, Skeleton } from "@mantine/core";
import { Link } from "react-router";
import { useCustomer, useCustomersById } from "../api/customers";
import { shortId } from "../lib/format";

/**
 * A customer's name linking to their page (read once and kept: names change rarely). In a list,
 * render CustomerNamesOf for the page's rows once and give each name {@code together}: the names
 * then come from that one call, and only the names re-render when it answers.
 */
export function CustomerName({ id, together = false }: { id: string; together?: boolean }) {
  const customer = useCustomer(id, { fetch: !together });
  if (customer.isPending) {
    return <Skeleton height={14} width={100} />;
  }
  return (
    <Anchor component={Link} to={`/customers/${id}`}>
      {customer.data?.name ?? `Customer ${shortId(id)}`}
    </Anchor>
  );
}

/** Reads the names of these customers in one call for the CustomerNames rendered {@code together}; renders nothing. */
export function CustomerNamesOf({ ids }: { ids: readonly string[] }) {
  useCustomersById(ids);
  return null;
}
