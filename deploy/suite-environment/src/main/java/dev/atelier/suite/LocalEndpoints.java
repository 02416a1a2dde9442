package dev.atelier.suite;

/**
 * Where the suite's applications find the infrastructure and each other, all on loopback: in a local
 * run ({@code ./atelier up}) and in the end-to-end tests.
 */
public record LocalEndpoints(
        String host,
        String kafkaBootstrapServers,
        String keycloakUrl,
        String keycloakIssuer,
        S3 s3,
        int discoveryPort,
        int redisPort,
        int smtpPort,
        Registry registry) {

    /** The S3 server and the bucket media-service keeps style images in. */
    public record S3(String endpoint, String region, String accessKey, String secretKey, String bucket) {
    }

    /** The account every application registers with in discovery-service. */
    public record Registry(String username, String password) {

        /** A local run's (discovery-service's and platform's defaults, set so they show). */
        public static final Registry LOCAL = new Registry("atelier", "atelier-local-registry");
    }

    public String eurekaUrl() {
        return "http://" + host + ":" + discoveryPort + "/eureka/";
    }
}
