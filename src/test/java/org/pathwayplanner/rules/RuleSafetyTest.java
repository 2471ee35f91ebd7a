package org.pathwayplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The safe subset of rule text: an allow-list of types, checked on the text and again while compiling. */
class RuleSafetyTest {

    static final String HEADER = "package org.pathwayplanner.rules.evil;\nimport org.pathwayplanner.rules.Facts.*;\n";

    @Test
    void theShippedRulesStayWithinTheSafeSubset() {
        assertThat(RuleSafety.check(RuleBook.read(Path.of("rules")))).isEmpty();
    }

    @Test
    void aFullyQualifiedNameNeedsNoImportAndIsStillRefused() {
        List<RuleProblem> problems = RuleSafety.check(Map.of("evil.drl", HEADER + """
                rule "Reads a file"
                when
                then
                    new org.springframework.core.io.FileSystemResource("/etc/passwd").exists();
                end
                """));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("evil.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("may not name org.springframework.core.io.FileSystemResource");
        });
    }

    @Test
    void spacesAroundTheDotsDoNotHideAName() {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + """
                rule "Reads a file"
                when
                then
                    new java .io. File("/tmp/x").delete();
                end
                """))).anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.message()).contains("may not name java.io.File");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.util.Formatter", "java.util.jar.JarFile", "java.util.zip.ZipFile",
            "java.util.logging.FileHandler", "java.util.Scanner", "java.util.*", "java.io.File", "java.lang.System",
            "org.pathwayplanner.rules.RuleBook", "org.pathwayplanner.people.PeopleDirectory"})
    void anImportOutsideTheAllowListIsRefused(String type) {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + "import " + type + ";\n")))
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("may import only").contains(type);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.util.Formatter", "java.util.jar.JarFile", "java.util.zip.ZipFile",
            "java.util.logging.Logger", "java.util.Scanner"})
    void aJavaUtilTypeThatReachesFilesIsRefusedWrittenInFull(String type) {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + "rule \"x\"\nwhen\nthen\n    Object o = new " + type
                + "(\"/tmp/x\");\nend\n"))).anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.message()).contains("may not name " + type);
                });
    }

    @Test
    void reflectionAndClassLoadingAreRefused() {
        List<RuleProblem> problems = RuleSafety.check(Map.of("evil.drl", HEADER + """
                rule "Loads a class"
                when
                    CompetencyFact(eval(title.getClass().getClassLoader() != null))
                then
                    Object c = String.class;
                end
                """));

        assertThat(problems).extracting(RuleProblem::line).contains(5, 7);
        assertThat(problems).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("may not use getClassLoader"))
                .anySatisfy(m -> assertThat(m).contains("may not use getClass"))
                .anySatisfy(m -> assertThat(m).contains("class literals"));
    }

    @Test
    void unicodeEscapesAreRefusedEvenInACommentOrText() {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + """
                rule "Hides a name"
                when
                then
                    // \\u000a Syst\\u0065m.exit(1);
                end
                """))).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.message()).contains("Unicode escapes");
                });
    }

    @Test
    void aFunctionIsCheckedLikeAnyRule() {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + """
                function void run(String command) {
                    Runtime.getRuntime().exec(command);
                }
                """))).extracting(RuleProblem::line, RuleProblem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(4, "Rules may not use Runtime: no file, network, process, "
                        + "thread, class loading or reflection access from a rule"));
    }

    @Test
    void theMvelDialectAndTheSessionInternalsAreRefused() {
        List<RuleProblem> problems = RuleSafety.check(Map.of("evil.drl", HEADER + """
                rule "Other dialect"
                    dialect "mvel"
                when
                then
                    drools.getKieRuntime().halt();
                end
                """));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("dialect \"mvel\" is not allowed");
        }).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("drools.getKieRuntime");
        });
    }

    @Test
    void commentsAndTextMayMentionAnything() {
        assertThat(RuleSafety.check(Map.of("fine.drl", HEADER + """
                // The System of credits: a Thread of evidence, java.io.File is not needed
                /* Runtime, ProcessBuilder */
                rule "Explains the System"
                when
                    CompetencyFact($t : title)
                then
                    String s = "Runtime.exec(\\"x\\") // is only text";
                end
                """))).isEmpty();
    }

    @Test
    void aRulePackageIsItsOwnUnderTheRules() {
        assertThat(RuleSafety.check(Map.of("evil.drl", "package org.pathwayplanner.policy;\n")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.message()).contains("package of their own under org.pathwayplanner.rules");
                });
    }

    @Test
    void aDecisionTableImportRowIsCheckedWhateverItsCase() {
        String table = String.join("\n",
                "RuleSet,org.pathwayplanner.rules.tables",
                "IMPORT,\"org.pathwayplanner.rules.Facts.*, java.io.File\"",
                "",
                "RuleTable Area method",
                "CONDITION,ACTION",
                "c : CompetencyFact",
                "\"areaCode == \"\"$param\"\"\",\"String method = \"\"$param\"\";\"",
                "Area,Method",
                "ART,MEAN",
                "");

        assertThat(RuleSafety.check(Map.of("methods.drl.csv", table))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("methods.drl.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("may import only").contains("java.io.File");
        });
    }

    @Test
    void aDecisionTableCellIsCheckedAsTheCodeItBecomes() {
        String table = String.join("\n",
                "RuleSet,org.pathwayplanner.rules.tables",
                "Import,org.pathwayplanner.rules.Facts.*",
                "",
                "RuleTable Points",
                "CONDITION,ACTION",
                "c : CompetencyFact",
                "\"areaCode == \"\"$param\"\"\",int points = $param;",
                "Area,Points",
                "ART,3",
                "SCI,3 + java.lang.Runtime.getRuntime().availableProcessors()",
                "");

        assertThat(RuleSafety.check(Map.of("points.drl.csv", table))).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("points.drl.csv");
            assertThat(p.line()).isEqualTo(10);
        }).anySatisfy(p -> assertThat(p.message()).contains("java.lang.Runtime"));
    }

    @Test
    void aSpreadsheetIsAskedForAsCsv() {
        assertThat(RuleSafety.check(Map.of("pathway-types.drl.xlsx", "PK..."))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("save it as CSV"));
    }

    @Test
    void thePolicyDocumentIsDataNotCodeAndOtherJsonFilesAreRefused() {
        assertThat(RuleSafety.check(Map.of("policy.json", "{ \"flags\": { \"lowLevel\": 2 } }"))).isEmpty();
        assertThat(RuleSafety.check(Map.of("limits.json", "{ }"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the policy document is policy.json"));
    }

    @Test
    void theCompilerRefusesAForbiddenClassEvenWithoutTheTextCheck() {
        Map<String, String> sources = new HashMap<>(RuleBook.read(Path.of("rules")));
        sources.put("evil.drl", HEADER + """
                rule "Reads a file"
                when
                then
                    new java.io.File("/tmp/x").exists();
                end
                """);

        assertThatThrownBy(() -> RuleBook.build(sources, "unchecked")).isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo("evil.drl")));
        assertThat(RuleTypeFilter.refuses("java.io.File")).isTrue();
        assertThat(RuleTypeFilter.refuses("org.springframework.core.io.FileSystemResource")).isTrue();
        assertThat(RuleTypeFilter.refuses("org.pathwayplanner.rules.StudentEvaluator")).isTrue();
        assertThat(RuleTypeFilter.refuses("org.pathwayplanner.rules.Facts$StudentFact")).isFalse();
        assertThat(RuleTypeFilter.refuses("java.util.List")).isFalse();
    }
    /** The reporter's constraint: it read /etc/passwd from the `when` part, past the class loader. */
    static final String PASSWD = "new String(Integer.TYPE.getResource(\"/java/lang/Object.class\").toURI()"
            + ".resolve(\"file:///etc/passwd\").toURL().openStream().readAllBytes()).startsWith(\"root:\")";

    @ParameterizedTest
    @ValueSource(strings = {
        "rule \"in when\" when StudentFact(eval(%s)) then end",
        "rule \"as a constraint\" when StudentFact(%s) then end",
        "rule \"in eval\" when StudentFact() eval(%s) then end",
        "rule \"in from\" when $b : Boolean() from %s then end",
        "rule \"in accumulate\" when $n : Number() from accumulate(StudentFact($s : studentId), "
                + "init(boolean read = false;), action(read = %s;), result(read ? 1 : 0)) then end",
        "rule \"in then\" when StudentFact() then boolean read = %s; end",
        "function boolean read() { return %s; }",
    })
    void theReportersExploitIsRefusedWhereverItStands(String rule) {
        List<RuleProblem> problems = RuleSafety.check(Map.of("evil.drl", HEADER + rule.formatted(PASSWD) + "\n"));

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(3))
                .anySatisfy(p -> assertThat(p.message()).contains("may not use .TYPE"))
                .anySatisfy(p -> assertThat(p.message()).contains("may not use .getResource"))
                .anySatisfy(p -> assertThat(p.message()).contains("may not use .openStream"));
    }

    @Test
    void theReportersExploitIsRefusedInADecisionTableCell() {
        String table = String.join("\n",
                "RuleSet,org.pathwayplanner.rules.tables",
                "Import,org.pathwayplanner.rules.Facts.*",
                "",
                "RuleTable Reads",
                "CONDITION,ACTION",
                "s : StudentFact",
                "eval($param),insert($param);",
                "Read,Insert",
                "\"" + PASSWD.replace("\"", "\"\"") + "\",1",
                "");

        assertThat(RuleSafety.check(Map.of("reads.drl.csv", table))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(9))
                .anySatisfy(p -> assertThat(p.message()).contains("may not use .getResource"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "StudentFact(eval(studentId.getClass() != null))",
        "StudentFact($c : class)",
        "StudentFact(eval(Void.TYPE != null))",
        "StudentFact(eval(\"x\".describeConstable().isPresent()))",
        "StudentFact(eval(java.util.List.of(1).stream().map(Object::getClass).count() > 0))",
        "StudentFact(eval(ScopedValue.newInstance() != null))",
        "StudentFact(eval(getResourceAsStream(\"x\") != null))",
        "StudentFact(asOf.chronology.id == \"ISO\")",
    })
    void aConstraintMayUseOnlyTheAllowedTypesAndMembers(String pattern) {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + "rule \"x\" when " + pattern + " then end\n")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"while (true) { }", "do { } while (true);", "for (;;) { }", "int[] a = new int[9];",
        "String s = $t.replaceAll(\"(a+)+$\", \"\");", "boolean b = $t matches \"(a+)+$\";"})
    void aConsequenceMayNotLoopForeverOrRunARegularExpression(String statement) {
        assertThat(RuleSafety.check(Map.of("evil.drl", HEADER + "rule \"x\" when CompetencyFact($t : title) then\n"
                + statement + "\nend\n"))).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void ordinaryRuleCodeStaysAllowedAndOnlyTheLineThatLeavesTheSubsetIsRefused() {
        assertThat(RuleSafety.check(Map.of("fine.drl", HEADER + """
                import org.pathwayplanner.rules.Conclusions.*;
                import java.util.List;
                import java.math.BigDecimal;
                import java.time.temporal.ChronoUnit;

                declare Tally
                    competencyId : long
                    total : int
                end

                function int twice(int n) { return n * 2; }

                rule "Counts the objectives of a competency"
                when
                    $c : CompetencyFact(title.length() > 3, areaCode != null, $id : id)
                    $s : StudentFact(ChronoUnit.DAYS.between(schoolYearStart, asOf) >= 0)
                    $n : Number() from accumulate(ObjectiveFact(competencyId == $id, $p : points), sum($p))
                    eval(twice($n.intValue()) >= 0 && BigDecimal.ONE.compareTo(BigDecimal.ZERO) > 0)
                then
                    List<String> titles = List.of($c.title().toUpperCase(), String.valueOf(Math.max(1, 2)));
                    for (String t : titles) {
                        if (t.isEmpty()) {
                            return;
                        }
                    }
                    Tally tally = new Tally();
                    tally.setTotal($n.intValue());
                    insert(tally);
                    System.out.println(drools.getRule().getName());
                end
                """))).extracting(RuleProblem::message).isNotEmpty()
                .allSatisfy(m -> assertThat(m).containsAnyOf("System", ".out", ".println"));
    }
}
