package org.argusvms.web.admin;

import org.argusvms.json.Jsons;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EJBs' views (records: time profiles, rules, alarm definitions) as the JSON the configuration page reads,
 * component by component and named as the records name them, as the REST API writes them: a form sends back what it
 * was given, and a field added to a view reaches the page without code here. Nulls are left out; texts, numbers and
 * flags stay; lists and nested records are followed; anything else (an Instant) is written as its text.
 */
final class RecordJson {

    private RecordJson() {
    }

    static String array(List<? extends Record> records) {
        return Jsons.arrayBuilder(records.stream().map(RecordJson::plain).toList()).build().toString();
    }

    static String object(Record record) {
        return Jsons.arrayBuilder(List.of(plain(record))).build().get(0).toString();
    }

    /** The value as JSON-P builds it from plain Java: maps, lists, texts, numbers and flags. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(RecordJson::plain).toList();
        }
        if (value instanceof Record record) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object field = read(component, record);
                if (field != null) {
                    fields.put(component.getName(), plain(field));
                }
            }
            return fields;
        }
        return value.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
