package nl.jeugdregie;

import java.util.Arrays;
import nl.jeugdregie.toegangslog.Ketencontrolecommando;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Jeugdregie: the youth-care system of a Dutch jeugdregio, one modular application. */
@SpringBootApplication
@Modulithic(sharedModules = {"kern", "platform"})
public class Jeugdregie {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("toegangslog")) {
            System.exit(Ketencontrolecommando.voerUit(
                    Jeugdregie.class, Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(Jeugdregie.class, args);
    }
}
