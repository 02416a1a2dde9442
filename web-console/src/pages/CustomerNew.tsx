import { Paper, Title } from "@mantine/core";
import { useNavigate } from "react-router";
import { CustomerForm } from "../components/CustomerForm";

export default function CustomerNew() {
  const navigate = useNavigate();
  return (
    <>
      <Title order={2} mb="md">
        New customer
      </Title>
      <Paper withBorder p="md" maw={720}>
        <CustomerForm onSaved={(customer) => navigate(`/customers/${customer.id}`)} onCancel={() => navigate("/customers")} />
      </Paper>
    </>
  );
}
