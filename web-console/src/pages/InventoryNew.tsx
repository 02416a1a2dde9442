import { Paper, Title } from "@mantine/core";
import { useNavigate } from "react-router";
import { ItemForm } from "../components/ItemForm";

export default function InventoryNew() {
  const navigate = useNavigate();
  return (
    <>
      <Title order={2} mb="md">
        New stock item
      </Title>
      <Paper withBorder p="md" maw={720}>
        <ItemForm onSaved={(item) => navigate(`/inventory/${item.id}`)} onCancel={() => navigate("/inventory")} />
      </Paper>
    </>
  );
}
