package io.github.supersetsdk.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Runs the example. Everything Superset-related is injected by the starter from {@code
 * application.properties}; the application only adds its tenants and the demo dashboard.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EmbeddingApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(EmbeddingApplication.class, args);
  }
}
