package dev.atelier.launcher;

import dev.atelier.servers.InfraException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code ./atelier}: runs Atelier on this machine without Docker. Each first word is a picocli
 * subcommand: {@code up}, {@code status}, {@code logs}, {@code down}, {@code reset}, {@code demo-data},
 * {@code bench}, {@code drill}, {@code dlt}, {@code mail} for the whole suite, {@code infra} for the infrastructure alone.
 * Exit codes: 0 done, 1 failed, 2 usage error, 3 not running.
 */
@Command(name = "./atelier", synopsisSubcommandLabel = "<command>",
        header = "Runs Atelier on this machine without Docker.",
        footer = "./atelier <command> --help (or ./atelier help <command>) explains a command.")
public final class AtelierCli implements Callable<Integer> {

    private final List<Object> commands;
    private PrintStream out = System.out;
    private PrintStream err = System.err;

    @Spec
    private CommandSpec spec;

    AtelierCli(List<Object> commands) {
        this.commands = commands;
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

    static List<Object> standardCommands() {
        Supplier<LocalSuite> suite = LocalSuite::standard;
        return List.of(new UpCommand(suite), new StatusCommand(suite), new LogsCommand(suite), new DownCommand(suite),
                ResetCommand.standard(suite), new DemoDataCommand(suite), new BenchCommand(suite), new DrillCommand(suite),
                new DltCommand(suite), new MailCommand(suite), InfraCommand.standard());
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args.toArray(String[]::new));
    }

    /** The whole command tree, printing to {@code out} and {@code err}. */
    CommandLine commandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        CommandLine cli = new CommandLine(this);
        commands.forEach(cli::addSubcommand);
        cli.addSubcommand(new CommandLine.HelpCommand());
        uniformHelp(cli);
        // the terminal's width where picocli can tell, else 100 columns (for the help's long lines)
        cli.setUsageHelpWidth(100);
        cli.setUsageHelpAutoWidth(true);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler(this::oneLine);
        return cli;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** No command: the list of them, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return CommandLine.ExitCode.USAGE;
    }

    /** An infrastructure problem or a refused value is one clear line, not a stack trace. */
    private int oneLine(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof InfraException || e instanceof IllegalArgumentException) {
            err.println("atelier: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        throw e;
    }

    /**
     * -h/--help on every command (picocli's standard options would add a -V/--version the CLI has no use
     * for), and a blank line between the help's sections.
     */
    private static void uniformHelp(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (!(command.getCommand() instanceof CommandLine.HelpCommand)) {
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help.").build());
        }
        UsageMessageSpec usage = spec.usageMessage();
        usage.synopsisHeading("%nUsage: ").optionListHeading("%nOptions:%n").parameterListHeading("%nParameters:%n")
                .commandListHeading("%nCommands:%n");
        if (usage.description().length > 0) {
            usage.descriptionHeading("%n");
        }
        if (usage.footer().length > 0) {
            usage.footerHeading("%n");
        }
        command.getSubcommands().values().forEach(AtelierCli::uniformHelp);
    }
}
