package dev.atelier.launcher.drill;

import dev.atelier.launcher.drill.auth.AuthDrill;
import dev.atelier.launcher.drill.badinput.BadInputDrill;
import dev.atelier.launcher.drill.registry.RegistryDrill;
import dev.atelier.launcher.drill.stock.DeadLetterDrill;
import dev.atelier.launcher.drill.stock.DuplicateEventsDrill;
import dev.atelier.launcher.drill.stock.NeighbourDownDrill;
import dev.atelier.launcher.drill.stock.OversellDrill;
import dev.atelier.launcher.drill.stock.UnderLoadDrill;
import java.util.List;

/** Every drill of {@code ./atelier drill}, in the order a full run takes them. */
public final class Drills {

    private Drills() {}

    public static List<Drill> all() {
        return List.of(new OversellDrill(), new DuplicateEventsDrill(), UnderLoadDrill.brokerOutage(), UnderLoadDrill.crash(),
                new NeighbourDownDrill(), new BadInputDrill(), new AuthDrill(), new RegistryDrill(), new DeadLetterDrill());
    }
}
