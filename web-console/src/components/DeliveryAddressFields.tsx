import { SegmentedControl, SimpleGrid, TextInput, type MantineSpacing } from "@mantine/core";
import type { Schemas } from "../api/client";
import { fieldError } from "./ProblemAlert";

export interface AddressInput {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

type AnyAddress = { street?: string | null; postalCode?: string | null; city?: string | null; country?: string | null };

/** The form's fields from an address on record (a customer's or an order's), or empty. */
export function addressInput(from?: AnyAddress | null): AddressInput {
  return { street: from?.street ?? "", postalCode: from?.postalCode ?? "", city: from?.city ?? "", country: from?.country ?? "" };
}

/** The form's address as the API's delivery address (no postal code is null, not ""). */
export function deliveryAddress(address: AddressInput): Schemas["DeliveryAddress"] {
  return { ...address, postalCode: address.postalCode || null };
}

/** An order's delivery address, with the API's refusals beside each field. */
export function DeliveryAddressFields({ address, onChange, error: refusal }: { address: AddressInput; onChange: (address: AddressInput) => void; error: unknown }) {
  const error = (field: string) => fieldError(refusal, `deliveryAddress.${field}`);
  const input = (field: keyof AddressInput) => ({
    value: address[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...address, [field]: event.currentTarget.value }),
    error: error(field),
  });
  return (
    <>
      <TextInput label="Street" required {...input("street")} error={error("street") ?? fieldError(refusal, "deliveryAddress")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Postal code" {...input("postalCode")} />
        <TextInput label="City" required {...input("city")} />
        <TextInput label="Country" required {...input("country")} />
      </SimpleGrid>
    </>
  );
}

export type DeliveryMethod = Schemas["CreateOrderRequest"]["deliveryMethod"];

/** Pickup at the shop or delivery (the address fields follow it where delivery is chosen). */
export function DeliveryMethodPicker({ value, onChange, mt }: { value: DeliveryMethod; onChange: (method: DeliveryMethod) => void; mt?: MantineSpacing }) {
  return (
    <SegmentedControl
      mt={mt}
      aria-label="Delivery method"
      value={value}
      onChange={(method) => onChange(method as DeliveryMethod)}
      data={[
        { value: "PICKUP", label: "Pickup at the shop" },
        { value: "DELIVERY", label: "Delivery" },
      ]}
    />
  );
}
