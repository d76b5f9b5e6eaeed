package dev.keel.ticket.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link AutoClose} every {@code keel.ticket.auto-close-check}. db-scheduler keeps the task in
 * {@code scheduled_tasks} and picks one node per execution, so a cluster closes each ticket once.
 */
@Configuration(proxyBeanMethods = false)
class AutoCloseSchedule {

    @Bean
    RecurringTask<Void> autoCloseTask(
            AutoClose autoClose, Clock clock, @Value("${keel.ticket.auto-close-check:PT5M}") Duration every) {
        return Tasks.recurring("ticket-auto-close", FixedDelay.of(every))
                .execute((instance, context) -> autoClose.sweep(clock.instant()));
    }
}
