package org.pathwayplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every page text exists in English and Spanish: the bundles carry the same keys. */
class MessageBundlesTest {

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");

        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(spanish.stringPropertyNames()).allSatisfy(key -> assertThat(spanish.getProperty(key)).isNotBlank());
    }

    @Test
    void pluralsAreWordedNotBracketed() throws IOException {
        for (String bundle : java.util.List.of("/messages.properties", "/messages_es.properties")) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as("messages in %s with credit(s)-style plurals: use ICU's "
                    + "{n, plural, one {...} other {...}}", bundle)
                    .filteredOn(key -> messages.getProperty(key).matches("(?s).*\\p{L}\\((s|es)\\).*")).isEmpty();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
