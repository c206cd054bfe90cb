package nl.jeugdregie.ijw.schema;

import java.util.Map;

/** The official restriction rules (RSnnn) that name a length or value limit of the XSD. */
final class Restricties {

    private static final Map<Integer, String> MAX_LENGTH = Map.ofEntries(
            Map.entry(1, "RS008"),
            Map.entry(2, "RS009"),
            Map.entry(3, "RS010"),
            Map.entry(4, "RS011"),
            Map.entry(5, "RS012"),
            Map.entry(6, "RS013"),
            Map.entry(8, "RS014"),
            Map.entry(9, "RS015"),
            Map.entry(10, "RS016"),
            Map.entry(12, "RS017"),
            Map.entry(15, "RS018"),
            Map.entry(20, "RS019"),
            Map.entry(24, "RS020"),
            Map.entry(25, "RS021"),
            Map.entry(35, "RS023"),
            Map.entry(36, "RS024"),
            Map.entry(64, "RS025"),
            Map.entry(80, "RS026"),
            Map.entry(200, "RS028"));

    private static final Map<Long, String> MAX_VALUE = Map.of(
            99L, "RS002",
            99_999L, "RS004",
            99_999_999L, "RS005",
            999_999_999L, "RS006",
            999_999_999_999L, "RS040");

    private Restricties() {}

    static String maxLengthRule(int maxLength) {
        return MAX_LENGTH.getOrDefault(maxLength, "XSD");
    }

    static String maxValueRule(long maxValue) {
        return MAX_VALUE.getOrDefault(maxValue, "XSD");
    }
}
