package dev.atelier.drills;

import dev.atelier.drills.auth.AuthDrill;
import dev.atelier.drills.badinput.BadInputDrill;
import dev.atelier.drills.registry.RegistryDrill;
import dev.atelier.drills.stock.DeadLetterDrill;
import dev.atelier.drills.stock.DuplicateEventsDrill;
import dev.atelier.drills.stock.NeighbourDownDrill;
import dev.atelier.drills.stock.OversellDrill;
import dev.atelier.drills.stock.UnderLoadDrill;
import dev.atelier.drills.stock.WarmUp;
import java.util.ArrayList;
import java.util.List;

/** Every drill of {@code ./atelier drill}, in the order a full run takes them. */
public final class Drills {

    private Drills() {}

    public static List<Drill> all() {
        return List.of(new WarmUp(), new OversellDrill(), new DuplicateEventsDrill(), UnderLoadDrill.brokerOutage(), UnderLoadDrill.crash(),
                new NeighbourDownDrill(), new BadInputDrill(), new AuthDrill(), new RegistryDrill(), new DeadLetterDrill());
    }

    /**
     * The chosen drills as they run: with the warm-up first when one of them needs a warm suite and it was not chosen,
     * or without it when {@code warmUp} is false.
     */
    public static List<Drill> inOrder(List<Drill> chosen, boolean warmUp) {
        boolean named = chosen.stream().anyMatch(WarmUp.class::isInstance);
        List<Drill> drills = new ArrayList<>(chosen.stream().filter(drill -> !(drill instanceof WarmUp)).toList());
        if (warmUp && (named || drills.stream().anyMatch(Drill::needsWarmSuite))) {
            drills.addFirst(new WarmUp());
        }
        return List.copyOf(drills);
    }
}
