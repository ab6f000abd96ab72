package org.acollida.storage;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * H2's page cache defaults to a quarter of the JVM's heap ({@code acollida.database.cache-kb}, unless set).
 *
 * <p>At the end of an itinerary the engine stamps the removal time on every history row the family left
 * over months; with thousands of families those rows lie in pages a small cache has long dropped, and
 * reading them back dominated (1,000 families: 7 s of one such update with 128 MB, gone with 512 MB).
 * A fixed larger size would not fit a small heap, so the default follows the heap.
 */
public class H2CacheSizeDefault implements EnvironmentPostProcessor {

  static final String PROPERTY = "acollida.database.cache-kb";
  /** Never less than H2's own default. */
  static final long MIN_KB = 16 * 1024;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource("acollida-h2-cache-default",
        Map.of(PROPERTY, Long.toString(defaultKb(Runtime.getRuntime().maxMemory())))));
  }

  static long defaultKb(long maxHeapBytes) {
    return Math.max(MIN_KB, maxHeapBytes / 4 / 1024);
  }
}
