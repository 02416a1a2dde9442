import { Button, Group, type ButtonProps } from "@mantine/core";

interface Props {
  /** What the submit button says: "Create customer", "Save changes"… */
  label: string;
  saving: boolean;
  /** Offers Cancel when given. */
  onCancel?: () => void;
  size?: ButtonProps["size"];
}

/** A form's buttons: submit (busy while saving) and, where the form can be left, Cancel. */
export function FormActions({ label, saving, onCancel, size }: Props) {
  return (
    <Group>
      <Button type="submit" loading={saving} size={size}>
        {label}
      </Button>
      {onCancel && (
        <Button variant="default" onClick={onCancel} size={size}>
          Cancel
        </Button>
      )}
    </Group>
  );
}
