package dev.atelier.launcher.suite;

import dev.atelier.launcher.LocalInfrastructure;
import dev.atelier.servers.Ports;
import dev.atelier.servers.S3Server;

/** Where the services of a local run find the infrastructure and each other (all on loopback). */
public record LocalEndpoints(
        String host,
        int postgresPort,
        String kafkaBootstrapServers,
        String keycloakUrl,
        String keycloakIssuer,
        String s3Endpoint,
        String s3Region,
        String s3AccessKey,
        String s3SecretKey,
        String s3Bucket,
        int discoveryPort,
        int redisPort,
        int smtpPort) {

    public static LocalEndpoints of(LocalInfrastructure infra, int discoveryPort) {
        return new LocalEndpoints(Ports.LOOPBACK, infra.postgres().port(), infra.kafka().bootstrapServers(),
                infra.keycloak().baseUrl(), infra.keycloak().issuerUri(), infra.s3().endpoint(), S3Server.REGION,
                infra.s3().accessKey(), infra.s3().secretKey(), infra.settings().s3Bucket(), discoveryPort,
                infra.redis().port(), infra.mail().port());
    }

    public String eurekaUrl() {
        return "http://" + host + ":" + discoveryPort + "/eureka/";
    }
}
