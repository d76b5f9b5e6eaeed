package dev.keel.sla.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link Escalations} every {@code keel.sla.check-interval} on one node of the cluster at a time
 * (db-scheduler keeps the task in {@code scheduled_tasks}); a node that was down catches up on its
 * next run because the check looks for every threshold due up to now.
 */
@Configuration(proxyBeanMethods = false)
class SlaSchedule {

    @Bean
    RecurringTask<Void> slaEscalationTask(
            Escalations escalations, Clock clock, @Value("${keel.sla.check-interval:PT30S}") Duration every) {
        return Tasks.recurring("sla-escalations", FixedDelay.of(every))
                .execute((instance, context) -> escalations.run(clock.instant()));
    }
}
