import { Button, type ButtonProps } from "@mantine/core";

type Props = ButtonProps & {
  /** What the designer confirms, e.g. "Delete the webhook to https://…?". */
  question: string;
  onConfirm: () => void;
  children: React.ReactNode;
};

/** A button for what cannot be undone (delete, archive): red, and it asks before it acts. */
export function ConfirmButton({ question, onConfirm, ...button }: Props) {
  return <Button color="#b3261e" {...button} onClick={() => window.confirm(question) && onConfirm()} />;
}
