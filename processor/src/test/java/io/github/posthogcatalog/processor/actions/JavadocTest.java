package io.github.posthogcatalog.processor.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void keepsMainDescriptionOnly() {
        String doc = " A user sent a message\n to ESPi.\n\n Second paragraph.\n @param id the id\n";

        assertThat(Javadoc.summary(doc)).isEqualTo("A user sent a message to ESPi.\n\nSecond paragraph.");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Javadoc.summary(null)).isEmpty();
    }
}
