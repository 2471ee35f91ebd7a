package org.pathwayplanner.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Builds the district's shipped rules at start ({@link ShippedRules}: packaged in the application, or an
 * operator's folder). Rules that do not compile stop the start with every problem's file and line, rather than
 * running without policy.
 */
@Configuration
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    StudentEvaluator studentEvaluator(@Value("${" + ShippedRules.FOLDER_PROPERTY + ":}") String folder,
            ResourcePatternResolver resources, EvaluationLimits limits) {
        ShippedRules shipped = new ShippedRules(folder, resources);
        var sources = shipped.files();
        RuleSet rules = RuleBook.compile(sources, RuleVersions.of(sources));
        log.info("Loaded {} rules from {} files in {} (version {})", rules.ruleCount(), rules.sources().size(),
                shipped.origin(), rules.version());
        return new StudentEvaluator(rules, limits);
    }
}
