package dev.atelier.bench;

/** What drives the closed loops: wrk when installed (AUTO), or the one asked for. */
public enum LoadTool {
    AUTO,
    WRK,
    JAVA
}
