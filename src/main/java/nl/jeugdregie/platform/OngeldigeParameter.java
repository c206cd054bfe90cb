package nl.jeugdregie.platform;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request, as listed in {@code invalidParams} of a 400 problem.
 *
 * @param code the official code of the refusal where one exists (an iJw retourcode such as {@code 8002}), else
 *     {@code null} and left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OngeldigeParameter(String name, String reason, String code) {

    public OngeldigeParameter(String name, String reason) {
        this(name, reason, null);
    }
}
