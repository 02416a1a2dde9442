import "@mantine/core/styles.css";
import { createTheme, MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiError } from "./api/client";
import { router } from "./app/routes";

const theme = createTheme({ primaryColor: "grape", defaultRadius: "md" });

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
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queries}>
        <RouterProvider router={router()} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
