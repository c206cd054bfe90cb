package nl.jeugdregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Jeugdregie: the youth-care system of a Dutch jeugdregio, one modular application. */
@SpringBootApplication
@Modulithic(sharedModules = {"kern", "platform"})
public class Jeugdregie {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("ijw")) {
            System.exit(nl.jeugdregie.ijw.cli.IjwCommando.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(Jeugdregie.class, args);
    }
}
