package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/** Exactly one SLF4J binding, log4j2's, is on the classpath (no "multiple bindings" warning). */
class LoggingBindingTest {

    @Test
    void log4j2IsTheOnlySlf4jBinding() {
        List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(provider -> provider.type().getName()).toList();
        assertEquals(List.of("org.apache.logging.slf4j.SLF4JServiceProvider"), providers);
        assertEquals("org.apache.logging.slf4j.Log4jLoggerFactory",
                LoggerFactory.getILoggerFactory().getClass().getName());
    }
}
