import { Alert, Button, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { SIGN_IN_URL } from "../api/session";

/** Shown when nobody is signed in: the gateway signs the designer in through Keycloak's own page. */
export function SignIn() {
  const failed = new URLSearchParams(window.location.search).has("sign-in");
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" maw={420} w="100%">
        <Stack>
          <Title order={1} size="h2">
            Atelier Studio
          </Title>
          <Text>Customers, measurements, orders and stock for your shop.</Text>
          {failed && (
            <Alert color="red" title="Sign-in did not complete">
              Try again; if it keeps failing, ask a lead designer to check your account.
            </Alert>
          )}
          <Button component="a" href={SIGN_IN_URL} size="md">
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
