package dev.keel.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-vendor settings, so that the rest of Keel need not know which database it runs on.
 *
 * <p>On MariaDB (and MySQL): the schema comes from {@code db/vendor/mariadb} alone, because nearly every
 * script differs in its types; timestamps are written and read in UTC by both Hibernate and plain JDBC,
 * whatever the time zone of the server or of the JVM ({@code DATETIME} columns carry no zone).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final String MARIADB_LOCATION = "classpath:db/vendor/mariadb";

    @Bean
    DatabaseVendor databaseVendor(DataSourceProperties properties) {
        return DatabaseVendor.fromJdbcUrl(properties.determineUrl());
    }

    @Bean
    FlywayConfigurationCustomizer vendorMigrationLocations(DatabaseVendor vendor) {
        return configuration -> {
            if (vendor.mysqlFamily()) {
                configuration.locations(MARIADB_LOCATION);
            }
        };
    }

    /** On a MySQL-protocol URL, refuses MySQL and MariaDB before 10.11 before the first script runs. */
    @Bean
    FlywayConfigurationCustomizer supportedServerCheck(DatabaseVendor vendor) {
        return configuration -> {
            if (vendor.mysqlFamily()) {
                Callback[] callbacks = configuration.getCallbacks();
                Callback[] all = java.util.Arrays.copyOf(callbacks, callbacks.length + 1);
                all[callbacks.length] = new SupportedServerCheck();
                configuration.callbacks(all);
            }
        };
    }

    @Bean
    HibernatePropertiesCustomizer vendorHibernateProperties(DatabaseVendor vendor) {
        return hibernate -> {
            if (vendor.mysqlFamily()) {
                hibernate.put("hibernate.jdbc.time_zone", "UTC");
            }
        };
    }

    @Bean
    static BeanPostProcessor mariaDbConnectionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool
                        && DatabaseVendor.fromJdbcUrl(pool.getJdbcUrl()).mysqlFamily()) {
                    MariaDbSettings.apply(pool);
                }
                return bean;
            }
        };
    }
}
