import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

export function NotFound() {
  return (
    <Stack>
      <Title order={2}>Nothing here</Title>
      <Text>
        This page does not exist. <Anchor component={Link} to="/">Back to today</Anchor>
      </Text>
    </Stack>
  );
}
