package dev.atelier.launcher;

import dev.atelier.apiclient.GatewayApi;
import dev.atelier.drills.Drill;
import dev.atelier.drills.DrillContext;
import dev.atelier.drills.DrillRun;
import dev.atelier.drills.Drills;
import dev.atelier.launcher.suite.EurekaRegistry;
import dev.atelier.launcher.suite.ServiceProcess;
import dev.atelier.load.WrkLoad;
import dev.atelier.servers.InfraException;
import dev.atelier.servers.Jdk;
import dev.atelier.servers.Ports;
import dev.atelier.suite.SuiteService;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./atelier drill}: the reliability drills against the running local suite (loopback only).
 * Each prints what it did and what it counted; the command fails when any expectation failed.
 */
@Command(name = "drill", header = "reliability drills against the running suite (oversell, outages, crash, bad input, auth)",
        description = {"Runs against the suite ./atelier up started (refuses otherwise), on loopback. Some drills stop, kill"
                + " and start services or the broker, and start them again; the suite is whole afterwards.",
            "Each prints what it did, what it counted and every expectation as ok or FAILED; the exit code is 1 when any"
                + " expectation failed."})
final class DrillCommand implements Callable<Integer> {

    static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Supplier<LocalSuite> suites;
    private final List<Drill> drills;

    @ParentCommand
    private AtelierCli cli;

    private CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "The drills to run (all of them without a name).")
    List<String> names = List.of();

    @Option(names = "--list", description = "Print the drills' names and return.")
    boolean list;

    @Option(names = "--no-warm-up", description = "Skip the warm-up (creates until the suite is up to speed) that otherwise"
            + " comes before the drills that send bursts: a suite that has just started answers a burst too late.")
    boolean noWarmUp;

    DrillCommand(Supplier<LocalSuite> suites) {
        this(suites, Drills.all());
    }

    DrillCommand(Supplier<LocalSuite> suites, List<Drill> drills) {
        this.suites = suites;
        this.drills = drills;
    }

    /** The drills are code, so the help lists them (name and summary) from there, before the footer. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        UsageMessageSpec usage = spec.usageMessage();
        usage.sectionMap().put("drills", this::drillTable);
        List<String> sections = new ArrayList<>(usage.sectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), "drills");
        usage.sectionKeys(sections);
    }

    private String drillTable(Help help) {
        int nameWidth = 17;
        TextTable table = TextTable.forColumns(help.colorScheme(), new Column(nameWidth, 2, Column.Overflow.SPAN),
                new Column(help.commandSpec().usageMessage().width() - nameWidth, 1, Column.Overflow.WRAP));
        drills.forEach(drill -> table.addRowValues(drill.name(), drill.summary()));
        return String.format("%nDrills:%n") + table;
    }

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        if (list) {
            drills.forEach(drill -> out.println(drill.name()));
            return 0;
        }
        Map<String, Drill> byName = new LinkedHashMap<>();
        drills.forEach(drill -> byName.put(drill.name(), drill));
        List<Drill> chosen = new ArrayList<>();
        for (String name : names) {
            Drill drill = byName.get(name);
            if (drill == null) {
                throw new ParameterException(spec.commandLine(), "no drill '" + name + "' (./atelier drill --list)");
            }
            chosen.add(drill);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(drills);
        }
        LocalSuite suite = suites.get();
        List<LocalSuite.Row> down = suite.rows().stream().filter(row -> !row.up()).toList();
        if (!down.isEmpty()) {
            err.println("atelier drill: the suite is not up (" + String.join(", ", down.stream().map(LocalSuite.Row::name).toList())
                    + " down); start it with ./atelier up --detach and check ./atelier status");
            return InfraCommand.NOT_RUNNING;
        }
        return DrillRun.runAll(Drills.inOrder(chosen, !noWarmUp), new LocalDrillContext(suite, out), out);
    }

    /** The running local suite as the drills see it. */
    static final class LocalDrillContext implements DrillContext {

        private final LocalSuite suite;
        private final PrintStream out;
        private final GatewayApi api;

        LocalDrillContext(LocalSuite suite, PrintStream out) {
            this.suite = suite;
            this.out = out;
            this.api = new GatewayApi(suite.gatewayUrl());
        }

        @Override
        public GatewayApi api() {
            return api;
        }

        @Override
        public WrkLoad load() {
            return new WrkLoad(WrkLoad.WRK.binary(), () -> "Bearer " + api.token("lead"));
        }

        @Override
        public String serviceUrl(String service) {
            return "http://" + Ports.LOOPBACK + ":" + process(service).port();
        }

        @Override
        public Connection database(String name) throws SQLException {
            // the local roles' passwords are their names (LocalInfrastructure.prepareServiceDatabases)
            return DriverManager.getConnection("jdbc:postgresql://" + Ports.LOOPBACK + ":" + suite.infra().postgres().port() + "/" + name,
                    name, name);
        }

        @Override
        public String registryAuthorization() {
            return EurekaRegistry.localBasicAuthorization();
        }

        @Override
        public String kafkaBootstrap() {
            return suite.infra().kafka().bootstrapServers();
        }

        @Override
        public String keycloakUrl() {
            return suite.infra().keycloak().baseUrl();
        }

        @Override
        public String realm() {
            return LocalInfrastructure.REALM;
        }

        @Override
        public String keycloakAdmin() {
            return suite.infra().settings().keycloakAdmin();
        }

        @Override
        public String keycloakAdminPassword() {
            return suite.infra().settings().keycloakAdminPassword();
        }

        @Override
        public void stopService(String service) {
            process(service).stop();
        }

        @Override
        public void killService(String service) {
            ServiceProcess process = process(service);
            process.pid().flatMap(ProcessHandle::of).ifPresent(handle -> {
                handle.destroyForcibly();
                handle.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        }

        @Override
        public Duration startService(String service) {
            ServiceProcess process = process(service);
            long t0 = System.nanoTime();
            suite.launch(process, Jdk.forServers(), out);
            long deadline = t0 + START_TIMEOUT.toNanos();
            while (!suite.ready(process, suite.registered())) {
                if (!process.isRunning()) {
                    throw new InfraException(process.service().module() + " stopped while starting; see " + process.logFile());
                }
                if (System.nanoTime() > deadline) {
                    throw new InfraException(process.service().module() + " not ready after " + START_TIMEOUT.toMinutes() + " minutes");
                }
                pause();
            }
            return Duration.ofNanos(System.nanoTime() - t0);
        }

        @Override
        public void stopKafka() {
            suite.infra().kafka().stop();
        }

        @Override
        public Duration startKafka() {
            long t0 = System.nanoTime();
            suite.infra().kafka().start();
            suite.infra().kafka().awaitReady(suite.infra().kafka().startTimeout());
            return Duration.ofNanos(System.nanoTime() - t0);
        }

        private ServiceProcess process(String name) {
            SuiteService service = SuiteService.byName(name).orElseThrow(() -> new IllegalArgumentException("no service " + name));
            return suite.service(service);
        }

        private static void pause() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfraException("interrupted", e);
            }
        }
    }
}
