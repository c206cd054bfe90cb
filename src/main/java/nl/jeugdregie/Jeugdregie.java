package nl.jeugdregie;

import java.util.Arrays;
import nl.jeugdregie.ijw.cli.IjwCommando;
import nl.jeugdregie.toegangslog.Ketencontrolecommando;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Jeugdregie: the youth-care system of a Dutch jeugdregio, one modular application. Besides the web
 * application the jar offers two commands: {@code ijw ...} (the iJw validator, without Spring or a
 * database) and {@code toegangslog controleer}.
 */
@SpringBootApplication
@Modulithic(sharedModules = {"kern", "platform"})
public class Jeugdregie {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("ijw")) {
            System.exit(IjwCommando.run(rest(args)));
        }
        if (args.length > 0 && args[0].equals("toegangslog")) {
            System.exit(Ketencontrolecommando.voerUit(Jeugdregie.class, rest(args), System.out));
        }
        SpringApplication.run(Jeugdregie.class, args);
    }

    private static String[] rest(String[] args) {
        return Arrays.copyOfRange(args, 1, args.length);
    }
}
