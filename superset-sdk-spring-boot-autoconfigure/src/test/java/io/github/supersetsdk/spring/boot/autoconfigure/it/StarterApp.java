package io.github.supersetsdk.spring.boot.autoconfigure.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An empty application: everything the tests use comes from the auto-configuration. */
@SpringBootApplication
class StarterApp {}
