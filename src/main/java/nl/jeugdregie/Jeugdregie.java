package nl.jeugdregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Jeugdregie: the youth-care system of a Dutch jeugdregio, one modular application. */
@SpringBootApplication
@Modulithic(sharedModules = {"kern", "platform"})
public class Jeugdregie {

    public static void main(String[] args) {
        SpringApplication.run(Jeugdregie.class, args);
    }
}
