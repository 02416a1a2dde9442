import { Anchor, Skeleton } from "@mantine/core";
import { Link } from "react-router";
import { useCustomer } from "../api/customers";
import { shortId } from "../lib/format";

/**
 * A customer's name linking to their page (read once and kept: names change rarely). In a list,
 * pass the query that read the page's customers together (useCustomersById): the name comes from it.
 */
export function CustomerName({ id, together }: { id: string; together?: { isPending: boolean } }) {
  const customer = useCustomer(id, { fetch: !together });
  if (customer.isPending && (!together || together.isPending)) {
    return <Skeleton height={14} width={100} />;
  }
  return (
    <Anchor component={Link} to={`/customers/${id}`}>
      {customer.data?.name ?? `Customer ${shortId(id)}`}
    </Anchor>
  );
}
