package io.github.posthogcatalog.processor.validation;

import io.github.posthogcatalog.processor.diagnostics.Diagnostic;
import io.github.posthogcatalog.processor.diagnostics.Finding;
import io.github.posthogcatalog.processor.model.GroupModel;
import io.github.posthogcatalog.processor.model.ScalarKind;
import io.github.posthogcatalog.processor.model.TimestampModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads the members that are not properties: {@code @Timestamp}, which becomes the event's time,
 * and {@code @Group}, which becomes a group key.
 */
final class SpecialMembers {

    private static final Set<ScalarKind> TIMESTAMP_KINDS =
            EnumSet.of(ScalarKind.INSTANT, ScalarKind.OFFSET_DATE_TIME, ScalarKind.ZONED_DATE_TIME);

    /**
     * The special members of one event.
     *
     * @param groups the group members, in declaration order
     * @param timestamp the timestamp member, or null
     */
    record Result(List<GroupModel> groups, TimestampModel timestamp) {}

    private final Mirrors mirrors;

    SpecialMembers(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    /** Returns whether a member carries {@code @Timestamp} or {@code @Group}. */
    boolean isSpecial(Member member) {
        return Mirrors.find(member.element(), AnnotationNames.TIMESTAMP).isPresent()
                || Mirrors.find(member.element(), AnnotationNames.GROUP).isPresent();
    }

    /** Reads every special member; errors go into the scan. */
    Result read(List<Member> members, Scan scan) {
        List<GroupModel> groups = new ArrayList<>();
        TimestampModel timestamp = null;
        Member timestampMember = null;
        for (Member member : members) {
            Optional<AnnotationMirror> time = Mirrors.find(member.element(), AnnotationNames.TIMESTAMP);
            Optional<AnnotationMirror> group = Mirrors.find(member.element(), AnnotationNames.GROUP);
            if (time.isPresent() && group.isPresent()) {
                scan.findings.add(Finding.on(member.element(), group.get(), Diagnostic.TIMESTAMP_GROUP_BOTH, member.label()));
            } else if (time.isPresent()) {
                if (timestampMember != null) {
                    scan.findings.add(Finding.on(member.element(), time.get(), Diagnostic.TIMESTAMP_DUPLICATE,
                            timestampMember.label(), member.label()));
                    continue;
                }
                timestampMember = member;
                timestamp = timestamp(member, time.get(), scan);
            } else if (group.isPresent()) {
                group(member, group.get(), groups, scan).ifPresent(groups::add);
            }
        }
        return new Result(groups, timestamp);
    }

    private TimestampModel timestamp(Member member, AnnotationMirror annotation, Scan scan) {
        Optional<ScalarKind> kind = declaredScalar(member);
        if (kind.isEmpty() || !TIMESTAMP_KINDS.contains(kind.get())) {
            if (member.type().getKind() != TypeKind.ERROR) {
                scan.findings.add(Finding.on(member.element(), annotation, Diagnostic.TIMESTAMP_TYPE,
                        member.label(), member.type()));
            } else {
                scan.missingType = member.type().toString();
            }
            return null;
        }
        return new TimestampModel(member.javaName(), kind.get(), nullable(member));
    }

    private Optional<GroupModel> group(Member member, AnnotationMirror annotation, List<GroupModel> groups, Scan scan) {
        String groupType = mirrors.string(annotation, "value");
        if (declaredScalar(member).orElse(null) != ScalarKind.STRING) {
            scan.findings.add(Finding.on(member.element(), annotation, Diagnostic.GROUP_TYPE, member.label(), member.type()));
            return Optional.empty();
        }
        if (groupType.isBlank()) {
            scan.findings.add(Finding.on(member.element(), annotation, Mirrors.explicitValue(annotation, "value"),
                    Diagnostic.GROUP_NAME_BLANK, member.label()));
            return Optional.empty();
        }
        Optional<GroupModel> earlier = groups.stream().filter(g -> g.groupType().equals(groupType)).findFirst();
        if (earlier.isPresent()) {
            scan.findings.add(Finding.on(member.element(), annotation, Mirrors.explicitValue(annotation, "value"),
                    Diagnostic.GROUP_DUPLICATE, groupType, member.owner() + "." + earlier.get().javaName(), member.label()));
            return Optional.empty();
        }
        return Optional.of(new GroupModel(member.javaName(), groupType, nullable(member)));
    }

    private static Optional<ScalarKind> declaredScalar(Member member) {
        if (member.type().getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) member.type()).asElement();
        return TypeResolver.scalar(element.getQualifiedName().toString());
    }

    private static boolean nullable(Member member) {
        return member.annotated().stream().anyMatch(c -> Mirrors.hasSimpleName(c, AnnotationNames.NULLABLE_SIMPLE_NAME));
    }
}
