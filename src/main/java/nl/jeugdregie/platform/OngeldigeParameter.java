package nl.jeugdregie.platform;

/** One invalid field of a request, as listed in {@code invalidParams} of a 400 problem. */
public record OngeldigeParameter(String name, String reason) {}
