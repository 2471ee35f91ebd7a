package org.pathwayplanner.rules;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the district's rules from the rules folder at start. A folder whose rules do not compile stops
 * the start with every problem's file and line, rather than running without policy.
 */
@Configuration
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    StudentEvaluator studentEvaluator(@Value("${pathway-planner.rules-dir:rules}") Path folder, EvaluationLimits limits) {
        var sources = RuleBook.read(folder);
        RuleSet rules = RuleBook.compile(sources, RuleVersions.of(sources));
        log.info("Loaded {} rules from {} files in {} (version {})", rules.ruleCount(), rules.sources().size(),
                folder.toAbsolutePath(), rules.version());
        return new StudentEvaluator(rules, limits);
    }
}
