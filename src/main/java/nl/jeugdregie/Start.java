package nl.jeugdregie;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * The jar's entry point. {@code ijw ...} runs the iJw validator straight from the application's own
 * classes (it needs nothing but the JDK), without Spring Boot's launcher for nested jars, so the
 * command line starts as fast as a plain Java program. Everything else goes to Spring Boot's
 * launcher, which starts {@link Jeugdregie}.
 */
public final class Start {

    private Start() {}

    public static void main(String[] args) throws Exception {
        URL bron = Start.class.getProtectionDomain().getCodeSource().getLocation();
        if (args.length > 0 && args[0].equals("ijw") && bron.getPath().endsWith(".jar")) {
            URL klassen = new URL("jar:" + bron + "!/BOOT-INF/classes/");
            try (URLClassLoader loader =
                    new URLClassLoader(new URL[] {klassen}, ClassLoader.getPlatformClassLoader())) {
                Object code = loader.loadClass("nl.jeugdregie.ijw.cli.IjwCommando")
                        .getMethod("run", String[].class)
                        .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
                System.exit((Integer) code);
            } catch (InvocationTargetException e) {
                throw (e.getCause() instanceof Exception oorzaak) ? oorzaak : e;
            }
        }
        Class.forName("org.springframework.boot.loader.launch.JarLauncher")
                .getMethod("main", String[].class)
                .invoke(null, (Object) args);
    }
}
