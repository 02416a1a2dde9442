/**
 * Calls between services: by Eureka name, with the caller's token, a time limit, retries for
 * reads and a circuit breaker, answering problem+json 503 naming the service when it is down.
 */
package dev.atelier.platform.client;
