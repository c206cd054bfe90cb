package nl.jeugdregie.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Keeps Spring Modulith from computing the application module model at every start. The build writes
 * the model to {@value #MODULEMODEL} (see the {@code modulemodel} execution in {@code pom.xml}); with
 * that file present Spring Modulith takes the module identifiers for the per-module Flyway migrations
 * from it, yet its runtime support would still scan every class with ArchUnit in the background,
 * competing with the start for the CPU. This makes that scan lazy: it runs only if something asks for
 * the {@code ApplicationModules} at runtime, which nothing in the platform does. Without the file (a
 * build that skipped {@code process-classes}) everything stays as Spring Modulith configures it.
 */
@Configuration(proxyBeanMethods = false)
class ModulemodelConfiguration {

    static final String MODULEMODEL = "META-INF/spring-modulith/application-modules.json";

    /** The beans of Spring Modulith's runtime auto-configuration that start and hold the scan. */
    private static final String[] SCAN_BEANS = {"applicationModulesInitializer", "modulesRuntime"};

    @Bean
    static BeanFactoryPostProcessor modulemodelOpVerzoek() {
        return beanFactory -> {
            if (!new ClassPathResource(MODULEMODEL, beanFactory.getBeanClassLoader()).exists()) {
                return;
            }
            for (String naam : SCAN_BEANS) {
                if (beanFactory.containsBeanDefinition(naam)) {
                    beanFactory.getBeanDefinition(naam).setLazyInit(true);
                }
            }
        };
    }
}
