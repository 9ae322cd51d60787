package org.openbbic.spring.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plain Spring Boot application, as a vendor would write one: the starter on the class path,
 * nothing configured in code. The same source builds under Boot 3.5 and Boot 4.0.
 */
@SpringBootApplication
public class DemoApplication {

  public static void main(String[] args) {
    SpringApplication.run(DemoApplication.class, args);
  }
}
