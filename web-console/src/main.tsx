import "@mantine/core/styles.css";
import "./app/shell.css";
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./api/client";
import { router } from "./app/routes";
import { lightOnly, theme } from "./app/theme";

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // a refusal (4xx) will not change on its own; only unreachable or unavailable is worth a retry
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

// dates and money need the browser's locale data; a worker has it loaded while the first screen renders
if (typeof Worker !== "undefined") {
  new Worker(new URL("./lib/locale-warm-up.ts", import.meta.url), { type: "module" });
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {/* the theme's style sheets are in index.html, written by the build (theme-styles.ts) */}
    <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false} colorSchemeManager={lightOnly}>
      <QueryClientProvider client={queries}>
        <RouterProvider router={router(queries)} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
