/** Settings every Atelier application shares unless it says otherwise. */
package dev.atelier.platform.defaults;
