package dev.atelier.drills.catalogue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fills in the {@code ${...}} of a drill's request catalogue (bad-input.yaml, auth-endpoints.yaml): named
 * values (which may hold placeholders themselves), literals (what the run got from the suite, put in as
 * they are) and the generators of long or binary content, so the file shows what a request is, not its bulk.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private final String file;
    private final Map<String, String> values;
    private final Map<String, String> literals;
    private final byte[] png;

    /** {@code file}: the catalogue, named in errors. */
    public Placeholders(String file, Map<String, String> values, byte[] png) {
        this(file, values, Map.of(), png);
    }

    private Placeholders(String file, Map<String, String> values, Map<String, String> literals, byte[] png) {
        this.file = file;
        this.values = Map.copyOf(values);
        this.literals = Map.copyOf(literals);
        this.png = png;
    }

    /** The same with more values (a macro's parameters). */
    public Placeholders with(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(values);
        all.putAll(more);
        return new Placeholders(file, all, literals, png);
    }

    /** The same with more literals: text from the suite (an e-mail, a token) is never read for placeholders. */
    public Placeholders withLiterals(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(literals);
        all.putAll(more);
        return new Placeholders(file, values, all, png);
    }

    /** What the {@code ${...}} of a template name, in order (for a catalogue that fetches some of them first). */
    public static List<String> names(String template) {
        return PLACEHOLDER.matcher(template).results().map(match -> match.group(1)).toList();
    }

    public String text(String template) {
        return new String(bytes(template), StandardCharsets.UTF_8);
    }

    /** UTF-8 of the template's text, with the raw bytes of {@code bytes}, {@code png} and {@code zeros} in place. */
    public byte[] bytes(String template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int from = 0;
        while (matcher.find()) {
            out.writeBytes(template.substring(from, matcher.start()).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(expand(matcher.group(1)));
            from = matcher.end();
        }
        out.writeBytes(template.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private byte[] expand(String placeholder) {
        String[] words = placeholder.split(" ");
        return switch (words[0]) {
            case "repeat" -> utf8(words[1].repeat(number(words, 2)));
            case "many-measurements" -> utf8(IntStream.range(0, number(words, 1)).mapToObj(i -> "\"m" + i + "\": 10")
                    .collect(Collectors.joining(", ", "{", "}")));
            case "many-items" -> utf8(IntStream.range(0, number(words, 1))
                    .mapToObj(i -> "{\"description\": \"piece " + i + "\", \"quantity\": 1}").collect(Collectors.joining(", ", "[", "]")));
            case "bytes" -> HexFormat.of().parseHex(String.join("", Arrays.copyOfRange(words, 1, words.length)));
            case "png" -> words.length == 1 ? png.clone() : Arrays.copyOf(png, number(words, 1));
            case "zeros" -> new byte[number(words, 1)];
            default -> {
                if (literals.containsKey(placeholder)) {
                    yield utf8(literals.get(placeholder));
                }
                String value = values.get(placeholder);
                if (value == null) {
                    throw new IllegalArgumentException(file + ": no value ${" + placeholder + "}");
                }
                yield bytes(value);
            }
        };
    }

    private int number(String[] words, int index) {
        if (words.length <= index) {
            throw new IllegalArgumentException(file + ": ${" + String.join(" ", words) + "} needs a number");
        }
        return Integer.parseInt(words[index]);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
