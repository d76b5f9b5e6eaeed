package dev.keel.cmdb.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the housekeeping of CSV imports ({@link CiImportJobs#sweep}) every
 * {@code keel.cmdb.import-sweep} (5 minutes); files are kept for {@code keel.cmdb.import-retention}
 * (7 days). db-scheduler runs each execution on one node of a cluster.
 */
@Configuration(proxyBeanMethods = false)
class CiImportSchedule {

    @Bean
    RecurringTask<Void> cmdbImportSweepTask(
            CiImportJobs jobs,
            Clock clock,
            @Value("${keel.cmdb.import-sweep:PT5M}") Duration every,
            @Value("${keel.cmdb.import-retention:P7D}") Duration retention) {
        return Tasks.recurring("cmdb-import-sweep", FixedDelay.of(every))
                .execute((instance, context) -> jobs.sweep(clock.instant(), retention));
    }
}
