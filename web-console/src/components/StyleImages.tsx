import { Anchor, Button, Card, FileButton, Group, Image, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, apiUrl, unwrap, type Schemas } from "../api/client";
import { dateTime } from "../lib/format";
import { Empty } from "./Loading";
import { ProblemAlert } from "./ProblemAlert";
import { ConfirmButton } from "./ConfirmButton";

type Scope = { orderId: string; customerId?: never } | { customerId: string; orderId?: never };

/**
 * The style images of an order (upload, describe, delete) or of a customer (view). On a phone the
 * file picker offers the camera first (`capture`).
 */
export function StyleImages(scope: Scope) {
  const queries = useQueryClient();
  const key = ["style-images", scope.orderId ?? scope.customerId];
  const images = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(
        api.GET("/api/style-images", {
          params: { query: { orderId: scope.orderId, customerId: scope.customerId, size: 50, sort: ["uploadedAt,desc"] } },
        }),
      ),
  });
  const [description, setDescription] = useState("");
  const upload = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST("/api/style-images", {
          // the generated type names the file a binary string; the browser sends the File itself
          body: { file: file as unknown as string, orderId: scope.orderId!, description: description || null },
          bodySerializer: (body) => {
            const form = new FormData();
            form.append("file", body.file as unknown as Blob);
            form.append("orderId", body.orderId);
            if (body.description) form.append("description", body.description);
            return form;
          },
        }),
      ),
    onSuccess: () => {
      setDescription("");
      void queries.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (image: Schemas["StyleImageView"]) => unwrap(api.DELETE("/api/style-images/{id}", { params: { path: { id: image.id } } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });

  return (
    <Card withBorder component="section" aria-labelledby={`images-${key[1]}`}>
      <Title order={3} size="h5" id={`images-${key[1]}`} mb="xs">
        Style images
      </Title>
      {scope.orderId && (
        <Group align="flex-end" mb="sm">
          <TextInput label="Description" placeholder="What it shows" value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
          <FileButton onChange={(file) => file && upload.mutate(file)} accept="image/jpeg,image/png,image/webp,image/heic" capture="environment">
            {(props) => (
              <Button {...props} loading={upload.isPending}>
                Take or choose a photo
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      <ProblemAlert error={upload.error ?? remove.error ?? images.error} />
      {images.data && images.data.content.length === 0 && <Empty>No images yet.</Empty>}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }}>
        {images.data?.content.map((image) => (
          <Stack key={image.id} gap={4}>
            <Anchor href={apiUrl("/api/style-images/{id}/content", { id: image.id })} target="_blank" rel="noopener">
              <Image
                src={image.hasThumbnail ? apiUrl("/api/style-images/{id}/thumbnail", { id: image.id }) : apiUrl("/api/style-images/{id}/content", { id: image.id })}
                alt={image.description ?? image.fileName ?? "Style image"}
                radius="sm"
                h={140}
                fit="cover"
                loading="lazy"
              />
            </Anchor>
            {scope.orderId ? (
              <ImageDescription image={image} onSaved={() => void queries.invalidateQueries({ queryKey: key })} />
            ) : (
              <Text size="xs">{image.description ?? image.fileName}</Text>
            )}
            <Text size="xs" c="dimmed">
              {dateTime(image.uploadedAt)} by {image.uploadedBy}
            </Text>
            {scope.orderId && (
              <ConfirmButton variant="subtle" size="compact-xs" question="Delete this image?" onConfirm={() => remove.mutate(image)}>
                Delete
              </ConfirmButton>
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}

/** An image's description, editable in place (PATCH with the image's version; a stale one offers to reload). */
function ImageDescription({ image, onSaved }: { image: Schemas["StyleImageView"]; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(image.description ?? "");
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH("/api/style-images/{id}", {
          params: { path: { id: image.id } },
          body: { description: text.trim() || null, version: image.version },
        }),
      ),
    onSuccess: () => {
      setEditing(false);
      onSaved();
    },
  });
  if (!editing) {
    return (
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Text size="xs" style={{ flex: 1 }}>
          {image.description ?? image.fileName}
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          aria-label={`Edit the description of ${image.description ?? image.fileName ?? "this image"}`}
          onClick={() => {
            setText(image.description ?? "");
            setEditing(true);
          }}
        >
          Edit
        </Button>
      </Group>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap={4}>
        <TextInput size="xs" label="Description" value={text} maxLength={2000} onChange={(event) => setText(event.currentTarget.value)} data-autofocus />
        <ProblemAlert error={save.error} onReload={onSaved} />
        <Group gap={4}>
          <Button type="submit" size="compact-xs" loading={save.isPending}>
            Save
          </Button>
          <Button variant="subtle" size="compact-xs" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
