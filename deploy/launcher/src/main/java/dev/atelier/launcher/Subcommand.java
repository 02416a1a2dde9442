package dev.atelier.launcher;

import java.io.PrintStream;
import java.util.List;

/** One word after {@code ./atelier}: {@code infra} now, the services later. */
interface Subcommand {

    /** The word that selects it. */
    String name();

    /** One line for {@code ./atelier --help}. */
    String summary();

    /** Its own help text. */
    String help();

    /** Runs it; the result is the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
