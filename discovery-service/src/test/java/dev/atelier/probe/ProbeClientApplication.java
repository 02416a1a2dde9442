package dev.atelier.probe;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * A bare Eureka client for tests. It lives outside {@code dev.atelier.discovery} so the registry's
 * component scan never picks it up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ProbeClientApplication {}
