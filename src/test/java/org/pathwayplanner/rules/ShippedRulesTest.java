package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The starting rules come from the application itself unless an operator names a folder. */
class ShippedRulesTest {

    private final PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();

    @Test
    void withoutAFolderTheRulesPackagedInTheApplicationBuildTheRuleSet() {
        ShippedRules shipped = new ShippedRules(null, classpath);

        var files = shipped.files();
        RuleSet rules = RuleBook.compile(files, RuleVersions.of(files));

        assertThat(shipped.origin()).isEqualTo("classpath:rules/");
        assertThat(files).isEqualTo(RuleBook.read(Path.of("rules")));
        assertThat(files).containsKeys("policy.json", "mastery.drl", "pathway-eligibility.drl");
        assertThat(rules.ruleCount()).isGreaterThan(40);
        rules.release();
    }

    @Test
    void aBlankFolderSettingMeansThePackagedRules() {
        assertThat(new ShippedRules(" ", classpath).origin()).isEqualTo("classpath:rules/");
    }

    @Test
    void aFolderNamedByTheOperatorIsReadInstead(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("policy.drl"), "package org.pathwayplanner.rules.local;\n");
        Files.writeString(folder.resolve("notes.txt"), "not a rule file");

        ShippedRules shipped = new ShippedRules(folder.toString(), classpath);

        assertThat(shipped.files()).containsOnlyKeys("policy.drl");
        assertThat(shipped.origin()).isEqualTo(folder.toAbsolutePath().toString());
    }

    @Test
    void aFolderThatDoesNotExistStopsTheStartNamingTheSetting(@TempDir Path parent) {
        Path missing = parent.resolve("rulez");

        assertThatThrownBy(() -> new ShippedRules(missing.toString(), classpath).files())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("pathway-planner.rules-dir")
                .hasMessageContaining("does not exist");
    }
}
