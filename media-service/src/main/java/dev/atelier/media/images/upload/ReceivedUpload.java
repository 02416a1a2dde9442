package dev.atelier.media.images.upload;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parts of an upload form, gathered one part after the other (never concurrently). */
final class ReceivedUpload {

    private @Nullable String orderId;
    private @Nullable String description;
    private @Nullable ReceivedFile file;
    private final List<String> problems = new ArrayList<>();

    void field(String name, String value) {
        switch (name) {
            case "orderId" -> orderId = value;
            case "description" -> description = value;
            case StyleImageUploads.FILE_PART -> problems.add("must be a file, not a text field");
            default -> {
                // other fields are not ours; ignored like unknown JSON properties
            }
        }
    }

    void file(ReceivedFile received) {
        if (file != null) {
            problems.add("only one file per upload");
        }
        file = received;
    }

    boolean hasFile() {
        return file != null;
    }

    @Nullable String orderId() {
        return orderId;
    }

    @Nullable String description() {
        return description;
    }

    @Nullable ReceivedFile file() {
        return file;
    }

    /** What is wrong with the file part itself. */
    List<String> fileProblems() {
        return problems;
    }
}
