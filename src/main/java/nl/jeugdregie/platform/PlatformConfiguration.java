package nl.jeugdregie.platform;

import java.time.Clock;
import java.util.concurrent.Executor;
import nl.jeugdregie.kern.Notatie;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.scheduling.annotation.AsyncConfigurer;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Notatie.NEDERLAND);
    }

    /** Every clock bean, the application's or a test's, follows {@link Verleden} on a thread that works in the past. */
    @Bean
    static BeanPostProcessor platformklok() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) {
                return bean instanceof Clock klok && !(bean instanceof Platformklok) ? new Platformklok(klok) : bean;
            }
        };
    }

    /**
     * {@code @Async} work (the processing of a received message) set off by work in the past runs right away on the same
     * thread, at the same moment; all other async work goes to the application's task executor.
     */
    @Bean
    AsyncConfigurer verledenBewustUitvoeren(BeanFactory beans) {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return new TaskExecutorAdapter(taak -> {
                    if (Verleden.moment().isPresent()) {
                        taak.run();
                    } else {
                        beans.getBean(
                                        TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME,
                                        Executor.class)
                                .execute(taak);
                    }
                });
            }
        };
    }

    /** Scheduled background tasks wait while work in the past is under way ({@link Verleden#buiten}). */
    @Bean
    ThreadPoolTaskSchedulerCustomizer nietTijdensVerleden() {
        return planner -> planner.setTaskDecorator(taak -> () -> Verleden.buiten(taak));
    }
}
