package dev.craft.server;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans shared by every feature. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ServerConfiguration {

    /** "Now" comes from here, so tests can fix it. Always UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
