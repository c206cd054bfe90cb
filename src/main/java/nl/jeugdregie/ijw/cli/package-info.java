/** The command line of the iJw validator, exposed so that the application's main method can start it. */
@org.springframework.modulith.NamedInterface("cli")
package nl.jeugdregie.ijw.cli;
