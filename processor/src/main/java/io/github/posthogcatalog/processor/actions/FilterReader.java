package io.github.posthogcatalog.processor.actions;

import io.github.posthogcatalog.catalog.PropertyDefinition;
import io.github.posthogcatalog.catalog.PropertyFilter;
import io.github.posthogcatalog.catalog.ValueType;
import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Reporter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads one {@code @Where} into PostHog's property filter, checking it against the step's event. */
final class FilterReader {

    private static final Set<String> NUMERIC_OPERATORS = Set.of("GT", "GTE", "LT", "LTE");
    private static final Set<String> TEXT_OPERATORS = Set.of("ICONTAINS", "NOT_ICONTAINS", "REGEX", "NOT_REGEX");
    private static final Set<String> REGEX_OPERATORS = Set.of("REGEX", "NOT_REGEX");
    private static final Set<String> PRESENCE_OPERATORS = Set.of("IS_SET", "IS_NOT_SET");
    private static final Set<String> LIST_OPERATORS = Set.of("EXACT", "IS_NOT");
    private static final Set<String> NUMBER_TYPES = Set.of("integer", "number");
    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");

    private final Elements elements;
    private final Reporter reporter;

    FilterReader(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Returns the filter, or empty after reporting why it is invalid. */
    Optional<PropertyFilter> read(Element element, AnnotationMirror where, StepEvent event) {
        AnnotationValues values = AnnotationValues.of(where, elements);
        String key = values.string("key");
        String operator = values.enumConstant("operator");
        boolean person = values.enumConstant("type").equals("PERSON");

        Optional<PropertyDefinition> property = Optional.empty();
        if (!person) {
            if (!event.carries(key)) {
                reporter.error(element, where, values.value("key"), Diagnostic.ACTION_FILTER_KEY_UNKNOWN,
                        key, event.describe(), event.propertyNames());
                return Optional.empty();
            }
            property = event.property(key);
        }

        boolean valid = checkValueCount(element, values, operator);
        if (valid && property.isPresent()) {
            valid = checkOperator(element, values, operator, property.get());
        }
        if (valid) {
            valid = checkValues(element, values, operator, property.map(PropertyDefinition::type));
        }
        if (!valid) {
            return Optional.empty();
        }
        JsonNode value = jsonValue(values.strings("value"), operator, property.map(PropertyDefinition::type));
        return Optional.of(new PropertyFilter(key, value, operator.toLowerCase(Locale.ROOT), person ? "person" : "event"));
    }

    private boolean checkValueCount(Element element, AnnotationValues values, String operator) {
        int count = values.strings("value").size();
        String rule;
        if (PRESENCE_OPERATORS.contains(operator)) {
            rule = count == 0 ? null : "takes no value";
        } else if (LIST_OPERATORS.contains(operator)) {
            rule = count >= 1 ? null : "needs at least one value";
        } else {
            rule = count == 1 ? null : "needs exactly one value";
        }
        if (rule != null) {
            reporter.error(element, values.mirror(), values.value("value"), Diagnostic.ACTION_FILTER_VALUE_COUNT,
                    operator, rule, count);
            return false;
        }
        return true;
    }

    private boolean checkOperator(Element element, AnnotationValues values, String operator, PropertyDefinition property) {
        String jsonType = property.type().jsonType();
        String rule = null;
        if (NUMERIC_OPERATORS.contains(operator) && !NUMBER_TYPES.contains(jsonType)) {
            rule = "gt, gte, lt and lte compare numbers only";
        } else if (TEXT_OPERATORS.contains(operator) && !jsonType.equals("string")) {
            rule = "icontains and regex operators compare strings only; use EXACT or IS_NOT";
        } else if (LIST_OPERATORS.contains(operator) && !SCALAR_TYPES.contains(jsonType)) {
            rule = "an " + jsonType + " can only be tested with IS_SET or IS_NOT_SET";
        }
        if (rule != null) {
            reporter.error(element, values.mirror(), values.value("operator"),
                    Diagnostic.ACTION_FILTER_OPERATOR_INVALID, operator, property.name(), describe(property.type()), rule);
            return false;
        }
        return true;
    }

    private boolean checkValues(Element element, AnnotationValues values, String operator, Optional<ValueType> type) {
        boolean valid = true;
        String key = values.string("key");
        for (AnnotationValue entry : values.array("value")) {
            String value = (String) entry.getValue();
            Optional<String> problem = REGEX_OPERATORS.contains(operator)
                    ? Optional.empty()
                    : problemWith(value, type, NUMERIC_OPERATORS.contains(operator));
            if (problem.isPresent()) {
                reporter.error(element, values.mirror(), entry, Diagnostic.ACTION_FILTER_VALUE_INVALID,
                        value, key, problem.get());
                valid = false;
            }
            Optional<String> regexError = REGEX_OPERATORS.contains(operator) ? Re2Syntax.check(value) : Optional.empty();
            if (regexError.isPresent()) {
                reporter.error(element, values.mirror(), entry, Diagnostic.ACTION_REGEX_INVALID,
                        "@Where value", value, regexError.get());
                valid = false;
            }
        }
        return valid;
    }

    /** Returns what is wrong with {@code value} for a property of {@code type}, if anything. */
    private static Optional<String> problemWith(String value, Optional<ValueType> type, boolean numericOperator) {
        if (value.isBlank()) {
            return Optional.of("the value is blank");
        }
        String jsonType = type.map(ValueType::jsonType).orElse(numericOperator ? "number" : "string");
        if (jsonType.equals("integer") && !isInteger(value)) {
            return Optional.of("expected an integer");
        }
        if (jsonType.equals("number") && !isNumber(value)) {
            return Optional.of("expected a number");
        }
        if (jsonType.equals("boolean") && !value.equals("true") && !value.equals("false")) {
            return Optional.of("expected true or false");
        }
        List<String> enumValues = type.map(ValueType::enumValues).orElse(List.of());
        if (!enumValues.isEmpty() && !enumValues.contains(value)) {
            return Optional.of("expected one of " + enumValues);
        }
        return Optional.empty();
    }

    private static JsonNode jsonValue(List<String> values, String operator, Optional<ValueType> type) {
        if (PRESENCE_OPERATORS.contains(operator)) {
            return null;
        }
        boolean numeric = NUMERIC_OPERATORS.contains(operator)
                || type.map(ValueType::jsonType).filter(NUMBER_TYPES::contains).isPresent();
        if (!LIST_OPERATORS.contains(operator)) {
            return scalar(values.get(0), numeric);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(value -> array.add(scalar(value, numeric)));
        return array;
    }

    private static JsonNode scalar(String value, boolean numeric) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (!numeric) {
            return json.stringNode(value);
        }
        return isInteger(value) ? json.numberNode(new BigInteger(value)) : json.numberNode(new BigDecimal(value));
    }

    private static boolean isInteger(String value) {
        return value.matches("-?\\d+");
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    private static String describe(ValueType type) {
        if (!type.enumValues().isEmpty()) {
            return "enum " + type.enumValues();
        }
        return type.format() == null ? type.jsonType() : type.jsonType() + " (" + type.format() + ")";
    }
}
