/**
 * iJw 3.2: the message model, a streaming reader and writer, the message-level rules and the
 * retourberichten. Plain Java: no Spring, no database.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "iJw 3.2",
        allowedDependencies = {"kern", "kern :: codelijst"})
package nl.jeugdregie.ijw;
