package dev.atelier.notification.sending;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The mails' Mustache templates: {@code <language>/<name>.subject.mustache}, {@code .txt.mustache} and
 * {@code .html.mustache}. The shop's own directory ({@code atelier.notifications.templates-dir}) comes
 * first and is read at each use, so an edit applies to the next mail; then the built-in ones in
 * {@code mail/} on the class path. The language is the customer's if a subject template exists in it,
 * else the shop's, else English. Blocking file reads: used on the sender's worker threads only.
 */
@Component
public class MailTemplates {

    static final String FALLBACK_LANGUAGE = "en";

    private final Optional<Path> shopDirectory;
    private final String shopLanguage;
    private final Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).defaultValue("");
    private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).defaultValue("");
    private final Map<String, Optional<Template>> builtIn = new ConcurrentHashMap<>();

    public MailTemplates(NotificationProperties properties) {
        this.shopDirectory = properties.templates();
        this.shopLanguage = properties.shop().language().toLowerCase(Locale.ROOT);
    }

    /** The language {@code name} is written in for a customer who reads {@code preferred} (may be null). */
    public String languageFor(String name, @Nullable String preferred) {
        Set<String> candidates = new LinkedHashSet<>();
        if (preferred != null && !preferred.isBlank()) {
            candidates.add(preferred.toLowerCase(Locale.ROOT));
        }
        candidates.add(shopLanguage);
        candidates.add(FALLBACK_LANGUAGE);
        return candidates.stream().filter(language -> find(language, name, "subject").isPresent()).findFirst()
                .orElseThrow(() -> new MissingTemplateException(name + ".subject in " + candidates));
    }

    /** Renders one part ({@code subject}, {@code txt} or {@code html}) of {@code name} in {@code language}. */
    public String render(String language, String name, String part, Object model) {
        return find(language, name, part)
                .orElseThrow(() -> new MissingTemplateException(language + "/" + name + "." + part))
                .execute(model);
    }

    private Optional<Template> find(String language, String name, String part) {
        String file = language + "/" + name + "." + part + ".mustache";
        Mustache.Compiler compiler = "html".equals(part) ? html : plain;
        Optional<Path> own = shopDirectory.map(dir -> dir.resolve(file)).filter(Files::isRegularFile);
        if (own.isPresent()) {
            try (Reader reader = Files.newBufferedReader(own.get(), StandardCharsets.UTF_8)) {
                return Optional.of(compiler.compile(reader));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the shop's template " + own.get(), e);
            }
        }
        return builtIn.computeIfAbsent(file, key -> {
            ClassPathResource resource = new ClassPathResource("mail/" + key);
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                return Optional.of(compiler.compile(reader));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the built-in template " + key, e);
            }
        });
    }

    /** No template to write a mail with: asking again will not help until the templates change. */
    public static class MissingTemplateException extends RuntimeException {

        public MissingTemplateException(String what) {
            super("No mail template " + what);
        }
    }
}
