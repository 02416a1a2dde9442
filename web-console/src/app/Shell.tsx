import { Anchor, AppShell, Badge, Box, Burger, Button, Group, NavLink, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense, useDeferredValue } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { csrfToken } from "../api/client";
import { isLead, useDesigner, type Designer } from "../api/session";
import { useLiveUpdates, type LiveState } from "../api/updates";
import { Loading } from "../components/Loading";
import { ProblemAlert } from "../components/ProblemAlert";
import { SignIn } from "./SignIn";

const PLACES = [
  { to: "/", label: "Today" },
  { to: "/orders", label: "Orders" },
  { to: "/board", label: "Board" },
  { to: "/customers", label: "Customers" },
  { to: "/inventory", label: "Inventory" },
];

/** The frame of every screen: who is signed in, where to go, and the screen itself. */
export function Shell() {
  const designer = useDesigner();
  // the frame and the screen render in the background, in slices, once it is known who signed in:
  // the first full render of a screen never blocks a phone for long
  const signedIn = useDeferredValue(designer.data);
  const [navigationOpen, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const live = useLiveUpdates(Boolean(designer.data));

  if (designer.isError) {
    return (
      <Stack p="md" maw={560} mx="auto">
        <ProblemAlert error={designer.error} />
      </Stack>
    );
  }
  if (signedIn === undefined) {
    return <Loading what="Atelier Studio" />;
  }
  if (signedIn === null) {
    return <SignIn />;
  }

  const current = (to: string) => (to === "/" ? location.pathname === "/" : location.pathname.startsWith(to));
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !navigationOpen } }}
      padding="md"
    >
      {/* keyboard users jump past the header and navigation (visible when focused) */}
      <Anchor href="#content" className="skip-link" underline="always">
        Skip to content
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navigationOpen ? "Close navigation" : "Open navigation"}
            />
            <Title order={1} size="h4" className="app-title">
              Atelier Studio
            </Title>
          </Group>
          <SignedIn designer={signedIn} live={live} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {[...PLACES, ...(isLead(signedIn) ? [{ to: "/users", label: "Designers" }, { to: "/webhooks", label: "Webhooks" }] : [])].map((place) => (
          <NavLink
            key={place.to}
            component={Link}
            to={place.to}
            label={place.label}
            active={current(place.to)}
            aria-current={current(place.to) ? "page" : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="content" tabIndex={-1}>
        <Suspense fallback={<Loading what="the screen" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

const LIVE_BADGES: Record<LiveState, { color: string; label: string; title: string }> = {
  live: { color: "teal", label: "Live", title: "Changes by others appear as they happen" },
  connecting: { color: "gray", label: "Connecting", title: "Connecting to live updates" },
  offline: { color: "red", label: "Offline", title: "Live updates stopped: reload the page to see others' changes" },
};

function SignedIn({ designer, live }: { designer: Designer; live: LiveState }) {
  const badge = LIVE_BADGES[live];
  return (
    <Group gap={6} wrap="nowrap">
      <Group role="status" gap={6} wrap="nowrap" title={badge.title}>
        <Box w={8} h={8} bg={`${badge.color}.7`} style={{ borderRadius: "50%" }} aria-hidden />
        <Text span size="xs" fw={600} className="live-label">
          {badge.label}
        </Text>
      </Group>
      <Stack gap={0} align="flex-end" visibleFrom="xs">
        <Text size="sm" fw={500}>
          {designer.name}
        </Text>
      </Stack>
      <Badge variant="light" color={isLead(designer) ? "grape" : "blue"}>
        {isLead(designer) ? "Lead" : "Junior"}
      </Badge>
      {/* a real form: the gateway ends the session and Keycloak's, then comes back to / */}
      <form method="post" action="/logout">
        <input type="hidden" name="_csrf" value={csrfToken() ?? ""} />
        <Button type="submit" variant="subtle" size="compact-sm">
          Sign out
        </Button>
      </form>
    </Group>
  );
}
