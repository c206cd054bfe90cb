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
    private static final Map<Class<?>, Map<String, RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

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
        Class<?> recordClass = (Class<?>) type;
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getName().equals("retourCodes") && component.getType() == Map.class) {
                args[i] = codes;
                continue;
            }
            Particle child = childParticle(particle, component);
            if (component.getType() == List.class) {
                args[i] = bindList(element, child, component.getGenericType(), pad, codes);
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
        return construct(recordClass, args);
    }

    private static List<Object> bindList(
            Element element, Particle child, Type listType, String pad, Map<String, List<String>> codes) {
        Class<?> itemType = (Class<?>) ((ParameterizedType) listType).getActualTypeArguments()[0];
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

    private static Object construct(Class<?> recordClass, Object[] args) {
        try {
            Class<?>[] types = new Class<?>[args.length];
            RecordComponent[] components = recordClass.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = recordClass.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Kan " + recordClass.getSimpleName() + " niet maken", e);
        }
    }

    // ---- record → element

    private static Element unbind(Object value, Particle particle, String pad, Map<String, List<String>> codes) {
        if (particle.isSimple()) {
            return Element.of(particle.name(), format(value));
        }
        Map<String, RecordComponent> components = components(value.getClass());
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

    private static Particle childParticle(Particle particle, RecordComponent component) {
        String name = Character.toUpperCase(component.getName().charAt(0))
                + component.getName().substring(1);
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

    private static Map<String, RecordComponent> components(Class<?> recordClass) {
        return COMPONENTS.computeIfAbsent(recordClass, c -> {
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                byName.put(component.getName(), component);
            }
            return byName;
        });
    }
}
