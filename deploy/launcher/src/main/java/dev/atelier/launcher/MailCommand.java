package dev.atelier.launcher;

import dev.atelier.servers.MailSink;
import dev.atelier.servers.SinkMail;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./atelier mail}: what the local SMTP sink received (notification-service's mails in a local
 * run), newest first; {@code --show N} prints one. The sink keeps them in memory: {@code ./atelier down}
 * or {@code infra down} empties it.
 */
@Command(name = "mail", header = "list the mails the local SMTP sink received (--show N prints one)",
        description = {"Lists the mails the local SMTP sink (GreenMail on 127.0.0.1:3025, started by up and infra up)"
                + " received, newest first: number, date, recipients, subject.",
                "Nothing is relayed: every mail of a local run ends here, whatever its recipient."})
final class MailCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    @Option(names = "--show", paramLabel = "N", description = "Print mail N of the list (1 = newest): its headers and text.")
    Integer show;

    MailCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        MailSink sink = suites.get().infra().mail();
        if (!sink.status().up()) {
            err.println("atelier mail: the mail sink is not running (SMTP " + sink.host() + ":" + sink.port()
                    + "); ./atelier up or ./atelier infra up starts it");
            return 3;
        }
        List<SinkMail> mails = sink.mails();
        if (show == null) {
            list(mails, ZoneId.systemDefault()).forEach(out::println);
            return 0;
        }
        if (show < 1 || show > mails.size()) {
            err.println("atelier mail: no mail " + show + (mails.isEmpty() ? "; the sink holds none"
                    : "; the sink holds " + mails.size() + " (1 = newest)"));
            return 2;
        }
        show(mails.get(show - 1)).forEach(out::println);
        return 0;
    }

    /** The list's lines: a heading and one line a mail, or one line saying there is none. */
    static List<String> list(List<SinkMail> mails, ZoneId zone) {
        if (mails.isEmpty()) {
            return List.of("No mail yet (the sink keeps what it received since it started).");
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %3s  %-19s  %-40s  %s", "#", "date", "to", "subject"));
        for (int i = 0; i < mails.size(); i++) {
            SinkMail mail = mails.get(i);
            String date = mail.sent().map(sent -> TIME.format(sent.atZone(zone))).orElse("(no date)");
            lines.add(String.format(Locale.ROOT, "  %3d  %-19s  %-40s  %s", i + 1, date, shorten(mail.to(), 40), mail.subject()));
        }
        lines.add("./atelier mail --show N prints one.");
        return lines;
    }

    /** One mail: its headers as received (decoded), a blank line, its text. */
    static List<String> show(SinkMail mail) {
        List<String> lines = new java.util.ArrayList<>(mail.headers());
        lines.add("");
        lines.addAll(mail.text().lines().toList());
        return lines;
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
