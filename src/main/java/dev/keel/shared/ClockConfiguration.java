package dev.keel.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module injects (real time, or replayed time for the demo history); tests replace it to travel in time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return new ReplayClock(Clock.systemUTC());
    }
}
