import "@mantine/core/styles.css";
import "./app/skip-link.css";
import { createTheme, MantineProvider, type CSSVariablesResolver } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./api/client";
import { router } from "./app/routes";

// darker shades than Mantine's defaults where text sits on white: WCAG AA contrast (axe checks it)
// links are underlined: told apart from the text around them by more than colour
const theme = createTheme({
  primaryColor: "grape",
  primaryShade: 9,
  defaultRadius: "md",
  components: { Anchor: { defaultProps: { underline: "always" } } },
});

const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
    "--mantine-color-anchor": "var(--mantine-color-grape-9)",
  },
  dark: {},
});

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // a refusal (4xx) will not change on its own; only unreachable or unavailable is worth a retry
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <QueryClientProvider client={queries}>
        <RouterProvider router={router(queries)} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
