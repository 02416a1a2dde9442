import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { fieldError, ProblemAlert } from "./ProblemAlert";
import { FormActions } from "./FormActions";

type Customer = Schemas["CustomerView"];

interface Props {
  /** The customer to edit; none: a new one. */
  customer?: Customer;
  onSaved: (customer: Customer) => void;
  onCancel?: () => void;
}

const blankToNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** The languages a shop most often writes in; the shop's own templates may add more (docs/services/notification-service.md). */
export const LANGUAGES = [
  { value: "", label: "The shop's language" },
  { value: "en", label: "English" },
  { value: "fr", label: "French" },
  { value: "es", label: "Spanish" },
  { value: "de", label: "German" },
  { value: "it", label: "Italian" },
  { value: "pt", label: "Portuguese" },
  { value: "yo", label: "Yoruba" },
];

/**
 * A customer's details. A refused save keeps everything typed: field errors appear beside their
 * fields, a stale version (409) offers to reload.
 */
export function CustomerForm({ customer, onSaved, onCancel }: Props) {
  const queries = useQueryClient();
  const [values, setValues] = useState({
    name: customer?.name ?? "",
    phone: customer?.phone ?? "",
    email: customer?.email ?? "",
    street: customer?.address?.street ?? "",
    postalCode: customer?.address?.postalCode ?? "",
    city: customer?.address?.city ?? "",
    country: customer?.address?.country ?? "",
    notes: customer?.notes ?? "",
    language: customer?.language ?? "",
  });
  const [emailNotifications, setEmailNotifications] = useState(customer?.notifications?.email ?? false);
  const change = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues({ ...values, [name]: event.currentTarget.value });

  const save = useMutation({
    mutationFn: () => {
      const address = {
        street: blankToNull(values.street),
        postalCode: blankToNull(values.postalCode),
        city: blankToNull(values.city),
        country: blankToNull(values.country),
      };
      const body: Schemas["CustomerRequest"] = {
        name: values.name.trim(),
        phone: blankToNull(values.phone),
        email: blankToNull(values.email),
        notes: blankToNull(values.notes),
        address: Object.values(address).some(Boolean) ? address : null,
        language: blankToNull(values.language),
        notifications: { email: emailNotifications },
      };
      return customer
        ? unwrap(api.PUT("/api/customers/{id}", { params: { path: { id: customer.id } }, body: { ...body, version: customer.version } }))
        : unwrap(api.POST("/api/customers", { body }));
    },
    onSuccess: (saved) => {
      queries.setQueryData(["customer", saved.id], saved);
      void queries.invalidateQueries({ queryKey: ["customers"] });
      onSaved(saved);
    },
  });
  const error = (field: string) => fieldError(save.error, field);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      aria-label={customer ? "Edit customer" : "New customer"}
    >
      <Stack>
        <TextInput label="Name" required value={values.name} onChange={change("name")} error={error("name")} maxLength={200} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Phone" type="tel" value={values.phone} onChange={change("phone")} error={error("phone")} />
          <TextInput label="E-mail" type="email" value={values.email} onChange={change("email")} error={error("email")} />
        </SimpleGrid>
        <TextInput label="Street" value={values.street} onChange={change("street")} error={error("address.street")} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Postal code" value={values.postalCode} onChange={change("postalCode")} error={error("address.postalCode")} />
          <TextInput label="City" value={values.city} onChange={change("city")} error={error("address.city")} />
          <TextInput label="Country" value={values.country} onChange={change("country")} error={error("address.country")} />
        </SimpleGrid>
        <Textarea label="Notes" value={values.notes} onChange={change("notes")} error={error("notes")} autosize minRows={2} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Checkbox
            label="E-mail updates about orders"
            description="They agreed to hear when an order is ready, due, delivered or has a balance left"
            checked={emailNotifications}
            onChange={(event) => setEmailNotifications(event.currentTarget.checked)}
          />
          <Select
            label="Language of e-mails"
            data={LANGUAGES.some((language) => language.value === values.language)
              ? LANGUAGES : [...LANGUAGES, { value: values.language, label: values.language }]}
            value={values.language}
            onChange={(language) => setValues({ ...values, language: language ?? "" })}
            allowDeselect={false}
            error={error("language")}
          />
        </SimpleGrid>
        <ProblemAlert error={save.error} onReload={() => void queries.invalidateQueries({ queryKey: ["customer"] })} />
        <FormActions label={customer ? "Save changes" : "Create customer"} saving={save.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
