package dev.atelier.launcher;

import java.util.List;

/** The words after {@code ./atelier up}. */
record UpOptions(boolean detach, boolean demoData, boolean help) {

    static UpOptions parse(List<String> args) {
        boolean detach = false;
        boolean demo = false;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--detach", "-d" -> detach = true;
                case "--demo" -> demo = true;
                case "--help", "-h", "help" -> help = true;
                default -> throw new IllegalArgumentException("up: unknown option '" + arg + "' (./atelier up --help)");
            }
        }
        return new UpOptions(detach, demo, help);
    }
}
