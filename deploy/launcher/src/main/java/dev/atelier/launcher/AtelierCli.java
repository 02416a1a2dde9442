package dev.atelier.launcher;

import dev.atelier.servers.InfraException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./atelier}: runs Atelier on this machine without Docker. Each first word is a
 * {@link Subcommand}: {@code up}, {@code status}, {@code logs}, {@code down}, {@code reset},
 * {@code demo-data}, {@code bench} for the whole suite, {@code infra} for the infrastructure alone.
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
        System.setProperty("java.awt.headless", "true"); // demo-data draws its sketch without a display
        System.exit(new AtelierCli(standardCommands()).run(Arrays.asList(args), System.out, System.err));
    }

    static List<Subcommand> standardCommands() {
        java.util.function.Supplier<LocalSuite> suite = LocalSuite::standard;
        return List.of(new UpCommand(suite), new StatusCommand(suite), new LogsCommand(suite), new DownCommand(suite),
                ResetCommand.standard(suite), new DemoDataCommand(suite), new BenchCommand(suite), new DrillCommand(suite), new DltCommand(suite), InfraCommand.standard());
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
                text.append(String.format("  %-10s %s%n", command.name(), command.summary())));
        return text.toString();
    }
}
