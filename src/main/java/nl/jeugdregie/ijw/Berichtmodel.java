package nl.jeugdregie.ijw;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Converts between the element tree of a message ({@link Bericht}) and its typed records ({@link
 * IjwBericht}). The records follow the message schema by name: component {@code berichtIdentificatie}
 * is element {@code BerichtIdentificatie}; a {@code List} component is either a repeated element or a
 * wrapper around one (ToegewezenProducten around ToegewezenProduct); RetourCodes go to and come from
 * the retourcodes map of a retourbericht, by the path of their berichtklasse.
 *
 * <p>The records hold valid messages: convert after level 1 passed. Values stay as written except that
 * numbers, dates and times are parsed.
 */
public final class Berichtmodel {

    private static final Map<BerichtType, Class<? extends IjwBericht>> RECORDS = new EnumMap<>(Map.ofEntries(
            Map.entry(BerichtType.JW301, Jw301.class),
            Map.entry(BerichtType.JW302, Jw302.class),
            Map.entry(BerichtType.JW305, Jw305.class),
            Map.entry(BerichtType.JW306, Jw306.class),
            Map.entry(BerichtType.JW307, Jw307.class),
            Map.entry(BerichtType.JW308, Jw308.class),
            Map.entry(BerichtType.JW315, Jw315.class),
            Map.entry(BerichtType.JW316, Jw316.class),
            Map.entry(BerichtType.JW317, Jw317.class),
            Map.entry(BerichtType.JW318, Jw318.class),
            Map.entry(BerichtType.JW319, Jw319.class),
            Map.entry(BerichtType.JW320, Jw320.class),
            Map.entry(BerichtType.JW323, Jw323.class),
            Map.entry(BerichtType.JW325, Jw325.class)));

    private static final String RETOUR_CODES = "RetourCodes";

    /**
     * What converting needs of each record class, looked up once: asking reflection for components and
     * constructor at every element cost more than validating the whole message.
     */
    private static final Map<Class<?>, RecordType> RECORD_TYPES = new ConcurrentHashMap<>();

    private Berichtmodel() {}

    /** The typed message. */
    public static IjwBericht model(Bericht bericht) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        Object model = bind(bericht.element(), root(bericht.type()), RECORDS.get(bericht.type()), "/Bericht", codes);
        return (IjwBericht) model;
    }

    /** The element tree of a typed message, ready for {@link BerichtSchrijver}. */
    public static Bericht bericht(IjwBericht model) {
        Map<String, List<String>> codes = model instanceof IjwBericht.Retour retour ? retour.retourCodes() : Map.of();
        return new Bericht(model.type(), unbind(model, root(model.type()), "/Bericht", codes));
    }

    private static Particle root(BerichtType type) {
        return new Particle("Bericht", 1, 1, null, type.schema().root(), false);
    }

    // ---- element → record

    private static Object bind(
            Element element, Particle particle, Type type, String pad, Map<String, List<String>> codes) {
        if (particle.isSimple()) {
            return value(element.text(), (Class<?>) type);
        }
        RecordType recordType = recordType((Class<?>) type);
        RecordComponent[] components = recordType.components();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getName().equals("retourCodes") && component.getType() == Map.class) {
                args[i] = codes;
                continue;
            }
            Particle child = childParticle(particle, component, recordType.elementNames()[i]);
            if (component.getType() == List.class) {
                args[i] = bindList(element, child, recordType.itemTypes()[i], pad, codes);
            } else {
                Element childElement = element.child(child.name());
                args[i] = childElement == null
                        ? null
                        : bind(childElement, child, component.getType(), pad + "/" + child.name(), codes);
            }
        }
        Element retourCodes = element.child(RETOUR_CODES);
        if (retourCodes != null && particle.complex().particle(RETOUR_CODES) != null) {
            codes.put(pad, retourCodes.children().stream().map(Element::text).toList());
        }
        return recordType.construct(args);
    }

    private static List<Object> bindList(
            Element element, Particle child, Class<?> itemType, String pad, Map<String, List<String>> codes) {
        Particle item = child;
        List<Element> items;
        String itemPad = pad;
        if (child.isRepeating()) {
            items = element.children(child.name());
        } else {
            Element wrapper = element.child(child.name());
            item = child.complex().particles().get(0);
            items = wrapper == null ? List.of() : wrapper.children(item.name());
            itemPad = pad + "/" + child.name();
        }
        List<Object> values = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            values.add(bind(items.get(i), item, itemType, itemPad + "/" + item.name() + "[" + (i + 1) + "]", codes));
        }
        return List.copyOf(values);
    }

    private static Object value(String text, Class<?> type) {
        if (type == String.class) {
            return text;
        }
        String value = text.strip();
        if (type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(value);
        }
        throw new IllegalArgumentException("Geen waardetype: " + type);
    }

    // ---- record → element

    private static Element unbind(Object value, Particle particle, String pad, Map<String, List<String>> codes) {
        if (particle.isSimple()) {
            return Element.of(particle.name(), format(value));
        }
        Map<String, RecordComponent> components = recordType(value.getClass()).byName();
        List<Element> children = new ArrayList<>();
        for (Particle child : particle.complex().particles()) {
            RecordComponent component = components.get(componentName(child.name()));
            if (component == null) {
                if (child.name().equals(RETOUR_CODES) && codes.containsKey(pad)) {
                    children.add(Element.of(
                            RETOUR_CODES,
                            codes.get(pad).stream()
                                    .map(c -> Element.of("RetourCode", c))
                                    .toList()));
                } else if (child.min() > 0) {
                    throw new IllegalArgumentException(value.getClass().getSimpleName() + " mist " + child.name());
                }
                continue;
            }
            Object childValue = get(component, value);
            if (childValue instanceof List<?> list) {
                unbindList(list, child, pad, codes, children);
            } else if (childValue != null) {
                children.add(unbind(childValue, child, pad + "/" + child.name(), codes));
            }
        }
        return Element.of(particle.name(), children);
    }

    private static void unbindList(
            List<?> list, Particle child, String pad, Map<String, List<String>> codes, List<Element> out) {
        if (list.isEmpty()) {
            return;
        }
        if (child.isRepeating()) {
            for (int i = 0; i < list.size(); i++) {
                out.add(unbind(list.get(i), child, pad + "/" + child.name() + "[" + (i + 1) + "]", codes));
            }
            return;
        }
        Particle item = child.complex().particles().get(0);
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            items.add(unbind(
                    list.get(i), item, pad + "/" + child.name() + "/" + item.name() + "[" + (i + 1) + "]", codes));
        }
        out.add(Element.of(child.name(), items));
    }

    private static String format(Object value) {
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        return value.toString();
    }

    private static Object get(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- names

    private static Particle childParticle(Particle particle, RecordComponent component, String name) {
        Particle child = particle.child(name);
        if (child == null) {
            throw new IllegalStateException(component.getDeclaringRecord().getSimpleName() + "." + component.getName()
                    + " heeft geen element " + name + " in " + particle.name());
        }
        return child;
    }

    private static String componentName(String elementName) {
        return Character.toLowerCase(elementName.charAt(0)) + elementName.substring(1);
    }

    private static String elementName(String componentName) {
        return Character.toUpperCase(componentName.charAt(0)) + componentName.substring(1);
    }

    private static RecordType recordType(Class<?> recordClass) {
        return RECORD_TYPES.computeIfAbsent(recordClass, RecordType::new);
    }

    /**
     * A record class as the conversion sees it: its components in order, by name, with the element name
     * and (for a {@code List}) the item type of each, and its canonical constructor.
     */
    private record RecordType(
            RecordComponent[] components,
            Map<String, RecordComponent> byName,
            String[] elementNames,
            Class<?>[] itemTypes,
            Constructor<?> constructor) {

        RecordType(Class<?> recordClass) {
            this(recordClass.getRecordComponents(), recordClass);
        }

        private RecordType(RecordComponent[] components, Class<?> recordClass) {
            this(
                    components,
                    byName(components),
                    elementNames(components),
                    itemTypes(components),
                    constructor(recordClass, components));
        }

        Object construct(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "Kan " + constructor.getDeclaringClass().getSimpleName() + " niet maken", e);
            }
        }

        private static Map<String, RecordComponent> byName(RecordComponent[] components) {
            Map<String, RecordComponent> map = new LinkedHashMap<>();
            for (RecordComponent component : components) {
                map.put(component.getName(), component);
            }
            return map;
        }

        private static String[] elementNames(RecordComponent[] components) {
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = elementName(components[i].getName());
            }
            return names;
        }

        private static Class<?>[] itemTypes(RecordComponent[] components) {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                Type generic = components[i].getGenericType();
                if (components[i].getType() == List.class && generic instanceof ParameterizedType list) {
                    types[i] = (Class<?>) list.getActualTypeArguments()[0];
                }
            }
            return types;
        }

        private static Constructor<?> constructor(Class<?> recordClass, RecordComponent[] components) {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return recordClass.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(recordClass.getSimpleName() + " heeft geen canonieke constructor", e);
            }
        }
    }
}
