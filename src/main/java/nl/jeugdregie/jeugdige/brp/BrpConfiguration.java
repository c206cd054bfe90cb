package nl.jeugdregie.jeugdige.brp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the BRP client as the {@link Personenbevraging} bean, only when a BRP endpoint is configured; without one
 * there is no such bean and jeugdigen are entered by hand.
 *
 * <ul>
 *   <li>{@code jeugdregie.brp.url}: the base URL of the BRP Personen bevragen API, without {@code /personen}, e.g.
 *       {@code https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp}.
 *   <li>{@code jeugdregie.brp.api-key}: the API key, sent in the {@code X-API-KEY} header; leave it out for a BRP
 *       reached through a gateway that authenticates the platform itself. Pass it as an environment variable
 *       ({@code JEUGDREGIE_BRP_API_KEY}), never in a file in the repository.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "jeugdregie.brp", name = "url")
class BrpConfiguration {

    @Bean
    Personenbevraging personenbevraging(
            @Value("${jeugdregie.brp.url}") String url, @Value("${jeugdregie.brp.api-key:}") String apiSleutel) {
        return new HaalCentraalBrp(url, apiSleutel);
    }
}
