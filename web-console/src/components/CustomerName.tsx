import { Anchor, Skeleton } from "@mantine/core";
import { Link } from "react-router";
import { useCustomer } from "../api/customers";
import { shortId } from "../lib/format";

/** A customer's name linking to their page (read once and kept: names change rarely). */
export function CustomerName({ id }: { id: string }) {
  const customer = useCustomer(id);
  if (customer.isPending) {
    return <Skeleton height={14} width={100} />;
  }
  return (
    <Anchor component={Link} to={`/customers/${id}`}>
      {customer.data?.name ?? `Customer ${shortId(id)}`}
    </Anchor>
  );
}
