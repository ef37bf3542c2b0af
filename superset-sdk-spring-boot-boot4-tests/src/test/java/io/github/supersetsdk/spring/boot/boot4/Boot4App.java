package io.github.supersetsdk.spring.boot.boot4;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An empty application: the starter's auto-configuration is all there is. */
@SpringBootApplication
class Boot4App {}
