package io.github.posthogcatalog.processor.validation;

import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A record component or interface accessor that may become a property.
 *
 * @param element the record component or method, where errors are reported
 * @param javaName the component or method name
 * @param type the component type or the method's return type
 * @param annotated every construct whose annotations count for this member: the element, its type,
 *     and for a record component also the accessor javac derives from it, since a declaration
 *     annotation may land on either
 * @param javadoc the description from Javadoc; may be empty
 * @param owner the simple name of the declaring type, for messages
 */
public record Member(
        Element element,
        String javaName,
        TypeMirror type,
        List<AnnotatedConstruct> annotated,
        String javadoc,
        String owner) {

    public Member {
        annotated = List.copyOf(annotated);
    }

    /** Returns the member as messages name it, such as {@code Signup.plan}. */
    public String label() {
        return owner + "." + javaName;
    }
}
