/** {@code ./atelier drill registry}: the service registry refuses anyone without its account. */
package dev.atelier.drills.registry;
