package dev.atelier.drills;

import dev.atelier.drills.auth.AuthDrill;
import dev.atelier.drills.badinput.BadInputDrill;
import dev.atelier.drills.registry.RegistryDrill;
import dev.atelier.drills.stock.DeadLetterDrill;
import dev.atelier.drills.stock.DuplicateEventsDrill;
import dev.atelier.drills.stock.NeighbourDownDrill;
import dev.atelier.drills.stock.OversellDrill;
import dev.atelier.drills.stock.UnderLoadDrill;
import java.util.List;

/** Every drill of {@code ./atelier drill}, in the order a full run takes them. */
public final class Drills {

    private Drills() {}

    public static List<Drill> all() {
        return List.of(new OversellDrill(), new DuplicateEventsDrill(), UnderLoadDrill.brokerOutage(), UnderLoadDrill.crash(),
                new NeighbourDownDrill(), new BadInputDrill(), new AuthDrill(), new RegistryDrill(), new DeadLetterDrill());
    }
}
