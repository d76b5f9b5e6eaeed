package dev.keel.channel.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code keel.channel.poll-check} one node (db-scheduler picks it) polls the mailboxes whose own
 * interval has elapsed and processes stored messages left over by a crash.
 */
@Configuration(proxyBeanMethods = false)
class MailPollSchedule {

    @Bean
    RecurringTask<Void> channelMailPollTask(
            MailIntake intake, @Value("${keel.channel.poll-check:PT15S}") Duration every) {
        return Tasks.recurring("channel-mail-poll", FixedDelay.of(every))
                .execute((instance, context) -> intake.pollDue());
    }
}
