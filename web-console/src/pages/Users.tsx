import { Badge, Button, Card, Checkbox, Group, PasswordInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { isLead, useDesigner } from "../api/session";
import { Empty, Loading } from "../components/Loading";
import { Pager } from "../components/Pager";
import { fieldError, ProblemAlert } from "../components/ProblemAlert";
import { DataTable } from "../components/DataTable";
import { ConfirmButton } from "../components/ConfirmButton";

type Role = Schemas["RoleChange"]["role"];
const ROLES = [
  { value: "lead_designer", label: "Lead designer" },
  { value: "junior_designer", label: "Junior designer" },
];

function NewUser({ onCreated }: { onCreated: () => void }) {
  const [values, setValues] = useState({ username: "", firstName: "", lastName: "", email: "", password: "", role: "junior_designer" as Role, temporaryPassword: true });
  const set = <K extends keyof typeof values>(name: K, value: (typeof values)[K]) => setValues({ ...values, [name]: value });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST("/api/users", { body: values })),
    onSuccess: () => {
      setValues({ ...values, username: "", firstName: "", lastName: "", email: "", password: "" });
      onCreated();
    },
  });
  const error = (field: string) => fieldError(create.error, field);
  return (
    <form
      aria-label="New designer account"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="User name" required value={values.username} onChange={(event) => set("username", event.currentTarget.value)} error={error("username")} />
          <TextInput label="First name" required value={values.firstName} onChange={(event) => set("firstName", event.currentTarget.value)} error={error("firstName")} />
          <TextInput label="Last name" required value={values.lastName} onChange={(event) => set("lastName", event.currentTarget.value)} error={error("lastName")} />
          <TextInput label="E-mail" type="email" required value={values.email} onChange={(event) => set("email", event.currentTarget.value)} error={error("email")} />
          <PasswordInput label="Password" required value={values.password} onChange={(event) => set("password", event.currentTarget.value)} error={error("password")} autoComplete="new-password" />
          <Select label="Role" data={ROLES} value={values.role} onChange={(role) => set("role", (role ?? "junior_designer") as Role)} allowDeselect={false} />
        </SimpleGrid>
        <Checkbox label="They choose their own password at first sign-in" checked={values.temporaryPassword} onChange={(event) => set("temporaryPassword", event.currentTarget.checked)} />
        <ProblemAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create account
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Designer accounts (Keycloak's users), for lead designers: create, change role, disable, delete. */
export default function Users() {
  const me = useDesigner().data;
  const queries = useQueryClient();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(0);
  const users = useQuery({
    queryKey: ["users", q, page],
    queryFn: () => unwrap(api.GET("/api/users", { params: { query: { q: q || undefined, page, size: 20 } } })),
    placeholderData: keepPreviousData,
    enabled: isLead(me),
  });
  const refresh = () => void queries.invalidateQueries({ queryKey: ["users"] });
  const changeRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => unwrap(api.PUT("/api/users/{id}/role", { params: { path: { id } }, body: { role } })),
    onSuccess: refresh,
  });
  const enable = useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => unwrap(api.PATCH("/api/users/{id}", { params: { path: { id } }, body: { enabled } })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/users/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });

  if (!isLead(me)) {
    return <Text>Only lead designers manage designer accounts.</Text>;
  }
  return (
    <Stack>
      <Title order={2}>Designers</Title>
      <Card withBorder component="section" aria-labelledby="new-user">
        <Title order={3} size="h5" id="new-user" mb="xs">
          New account
        </Title>
        <NewUser onCreated={refresh} />
      </Card>
      <TextInput label="Search" type="search" placeholder="Name or e-mail" value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={280} />
      <ProblemAlert error={users.error ?? changeRole.error ?? enable.error ?? remove.error} />
      {users.isPending ? (
        <Loading what="accounts" />
      ) : users.data && users.data.content.length === 0 ? (
        <Empty>No account matches.</Empty>
      ) : users.data ? (
        <>
          <DataTable label="Designer accounts" minWidth={640} striped columns={["User", "Role", "State", "Actions"]}>
            {users.data.content.map((user) => {
              const self = user.username === me?.username;
              return (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {[user.firstName, user.lastName].filter(Boolean).join(" ") || user.username}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {user.username} · {user.email ?? "no e-mail"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Role of ${user.username}`}
                      data={ROLES}
                      value={user.role ?? null}
                      disabled={self}
                      onChange={(role) => role && changeRole.mutate({ id: user.id, role: role as Role })}
                      allowDeselect={false}
                      w={180}
                    />
                  </Table.Td>
                  <Table.Td>
                    {user.enabled ? <Badge color="#1b6b2f">Active</Badge> : <Badge color="gray.7">Disabled</Badge>}
                    {user.mustChangePassword && (
                      <Text size="xs" c="dimmed">
                        must set a password
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Button size="compact-sm" variant="default" disabled={self} onClick={() => enable.mutate({ id: user.id, enabled: !user.enabled })}>
                        {user.enabled ? "Disable" : "Enable"}
                      </Button>
                      <ConfirmButton size="compact-sm" variant="subtle" disabled={self} question={`Delete ${user.username}'s account?`} onConfirm={() => remove.mutate(user.id)}>
                        Delete
                      </ConfirmButton>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          <Pager page={users.data.page} onChange={setPage} />
        </>
      ) : null}
    </Stack>
  );
}
