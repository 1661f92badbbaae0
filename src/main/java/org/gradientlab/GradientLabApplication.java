package org.gradientlab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Gradient Lab: the teaching site for gradients and optimisation. */
@SpringBootApplication
public class GradientLabApplication {

    public static void main(String[] args) {
        SpringApplication.run(GradientLabApplication.class, args);
    }
}
