package dev.atelier.launcher;

import dev.atelier.launcher.infra.InfraException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./atelier}: runs Atelier on this machine without Docker. Each first word is a
 * {@link Subcommand}; {@code infra} starts the infrastructure, later ones the services.
 */
public final class AtelierCli {

    private final Map<String, Subcommand> commands = new LinkedHashMap<>();

    AtelierCli(List<Subcommand> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    public static void main(String[] args) {
        // The AWS SDK logs through SLF4J, which has no provider on the CLI's classpath: its log goes
        // nowhere (the CLI reports failures itself), without SLF4J's warning about that on stderr.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(new AtelierCli(List.of(InfraCommand.standard())).run(Arrays.asList(args), System.out, System.err));
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(usage());
            return 2;
        }
        String first = args.getFirst();
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            out.print(usage());
            return 0;
        }
        Subcommand command = commands.get(first);
        if (command == null) {
            err.println("atelier: unknown command '" + first + "'");
            err.print(usage());
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (InfraException | IllegalArgumentException e) {
            err.println("atelier: " + e.getMessage());
            return 1;
        }
    }

    String usage() {
        StringBuilder text = new StringBuilder("Usage: ./atelier <command> [arguments]   (./atelier <command> --help for more)\n\n");
        commands.values().forEach(command ->
                text.append(String.format("  %-8s %s%n", command.name(), command.summary())));
        return text.toString();
    }
}
