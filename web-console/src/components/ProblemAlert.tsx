import { Alert, Button, Group, Text } from "@mantine/core";
import { ApiError } from "../api/client";

const PART_DOWN: Record<string, string> = {
  "customer-service": "Customers",
  "order-service": "Orders",
  "inventory-service": "Inventory",
  "media-service": "Style images",
  keycloak: "Sign-in and user accounts",
};

/** A 409 about a version read earlier (someone saved in between), not about the record's rules. */
export function isStale(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    (error.problem?.currentVersion !== undefined || /meanwhile|version/i.test(error.problem?.detail ?? ""))
  );
}

/** What a refusal means for the designer, in their words. */
export function explain(error: unknown): { title: string; message: string } {
  if (!(error instanceof ApiError)) {
    return { title: "No answer", message: "The server could not be reached. Check the connection and try again." };
  }
  const detail = error.problem?.detail;
  const fields = error.problem?.errors ?? [];
  if (error.status === 400 && fields.length > 0) {
    return {
      title: "Check the marked fields",
      message: fields.map((field) => (field.field ? `${field.field}: ${field.message}` : field.message)).join("; "),
    };
  }
  switch (error.status) {
    case 401:
      return { title: "Signed out", message: "Your session has ended. Sign in again to go on." };
    case 403:
      return {
        title: "Not for your role",
        message: detail ?? "Only lead designers may do this. Ask a lead designer if it needs doing.",
      };
    case 404:
      return { title: "Not found", message: detail ?? "It may have been deleted or archived." };
    case 409:
      return isStale(error)
        ? { title: "Changed meanwhile", message: detail ?? "Someone changed this since you opened it. Reload to see their change, then try again." }
        : { title: "Not possible now", message: detail ?? "This is not allowed in the record's current state." };
    case 429:
      return { title: "Too many requests", message: "Wait a few seconds and try again." };
    case 503:
    case 502:
    case 504: {
      // the gateway and the services name the part in the problem's "service" member
      const service = typeof error.problem?.service === "string" ? error.problem.service : (detail ?? "").toLowerCase();
      const part = Object.entries(PART_DOWN).find(([name]) => service.includes(name));
      return {
        title: `${part ? part[1] : "A part of Atelier"} is unavailable`,
        message: `${detail ?? "A service did not answer."} Nothing was saved; try again in a moment.`,
      };
    }
    default:
      return { title: error.problem?.title ?? "Something went wrong", message: detail ?? error.message };
  }
}

interface Props {
  error: unknown;
  /** Offered for a stale version (409): reload the record. */
  onReload?: () => void;
}

/** A refusal shown where it happened; field errors belong beside their fields instead. */
export function ProblemAlert({ error, onReload }: Props) {
  if (!error) {
    return null;
  }
  const { title, message } = explain(error);
  const stale = isStale(error) && onReload;
  const traceId = error instanceof ApiError ? error.problem?.traceId : undefined;
  return (
    <Alert color={error instanceof ApiError && error.status === 403 ? "yellow" : "red"} title={title} role="alert">
      <Text size="sm">{message}</Text>
      {traceId && (
        <Text size="xs" c="dimmed" mt={4}>
          Reference: {traceId}
        </Text>
      )}
      {stale && (
        <Group mt="xs">
          <Button size="xs" variant="light" onClick={onReload}>
            Reload
          </Button>
        </Group>
      )}
    </Alert>
  );
}

/** The message of one field's error in a 400 problem, for the field's `error` prop. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return undefined;
  }
  return error.problem?.errors?.find((candidate) => candidate.field === field)?.message;
}
