package org.pathwayplanner.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule files (DRL, and CSV decision tables named {@code *.drl.csv}) into a
 * {@link RuleSet}. Every text is first checked against the safe subset ({@link RuleSafety}) and compiled with
 * a class loader that refuses forbidden classes ({@link RuleTypeFilter}). Each build gets its own release id
 * so that old rule sets can be released after a swap.
 */
public final class RuleBook {

    private static final String GROUP = "org.pathwayplanner";
    private static final String RESOURCE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern TABLE_PACKAGE = Pattern.compile("^\\s*\"?(?i:ruleset)\"?\\s*,\\s*\"?([\\w.]+)",
            Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleBook() {
    }

    /** Reads every rule file of {@code folder}. */
    public static Map<String, String> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The rules folder " + folder.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, String> sources = new TreeMap<>();
            for (Path file : files.filter(RuleBook::isRuleFile).toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet compile(Path folder) {
        return compile(read(folder), "files");
    }

    /**
     * Compiles {@code sources} (file name → text). Refuses, naming file and line of every problem,
     * when any file has an error.
     */
    public static RuleSet compile(Map<String, String> sources, String version) {
        if (sources.isEmpty()) {
            throw new RuleBuildException(List.of(new RuleProblem("(none)", 0, "There is no rule file to compile")));
        }
        List<RuleProblem> unsafe = new java.util.ArrayList<>(RuleSafety.check(sources));
        unsafe.addAll(SentenceKeys.check(sources));
        if (!unsafe.isEmpty()) {
            throw new RuleBuildException(unsafe);
        }
        return build(sources, version);
    }

    /**
     * The policy of a version: its {@code policy.json} (every field it lacks at the shipped default), or the shipped
     * defaults for a version without one — a version stored before the document existed has {@code policy.drl} and
     * {@code pathway-types.drl.csv} insert the policy instead (see {@link PolicyFacts}).
     *
     * @throws RuleBuildException naming the field and line of every problem of the document
     */
    public static PolicyDocument policyOf(Map<String, String> sources) {
        String text = sources.get(PolicyDocument.FILE);
        if (text == null) {
            return PolicyDocument.DEFAULTS;
        }
        PolicyJson.Reading reading = PolicyJson.read(text);
        if (!reading.ok()) {
            throw new RuleBuildException(reading.problems().stream().map(PolicyProblem::asRuleProblem).toList());
        }
        return reading.document();
    }

    /** Compiles without the text check: the class loader still refuses forbidden classes. */
    static RuleSet build(Map<String, String> sources, String version) {
        return build(sources, version, Compilation.MVEL);
    }

    /**
     * How the rules are compiled: Drools' MVEL-based compiler or its executable model (constraints as Java
     * lambdas), and options of the KieBase. Only {@link #MVEL} with no options is used by the application; the
     * others exist to measure them (see docs/performance.md, "Engine-level directions").
     */
    record Compilation(boolean executableModel, java.util.function.Consumer<org.kie.api.KieBaseConfiguration> options) {
        static final Compilation MVEL = new Compilation(false, null);
    }

    static RuleSet build(Map<String, String> sources, String version, Compilation compilation) {
        PolicyDocument policy = policyOf(sources);
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId(GROUP, "district-rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, String> fileOfPath = new TreeMap<>();
        sources.forEach((name, text) -> {
            if (!isCompiled(name)) {
                return;
            }
            String path = packageFolder(name, text) + name;
            fileOfPath.put(path, name);
            files.write(RESOURCE_ROOT + path, text.getBytes(StandardCharsets.UTF_8));
        });
        KieBuilder builder = ks.newKieBuilder(files, new RuleTypeFilter(RuleBook.class.getClassLoader(),
                compilation.executableModel()));
        if (compilation.executableModel()) {
            builder.buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        } else {
            builder.buildAll();
        }
        List<RuleProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(message -> problem(message, fileOfPath)).toList();
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleBuildException(problems);
        }
        org.kie.api.runtime.KieContainer container = ks.newKieContainer(releaseId);
        org.kie.api.KieBase kieBase = null;
        boolean stateful = true;
        if (compilation.options() != null) {
            org.kie.api.KieBaseConfiguration configuration = ks.newKieBaseConfiguration();
            compilation.options().accept(configuration);
            kieBase = container.newKieBase(configuration);
            // a sequential KieBase makes only stateless sessions
            stateful = configuration.getOption(org.kie.api.conf.SequentialOption.KEY) != org.kie.api.conf.SequentialOption.YES;
        }
        return new RuleSet(version, sources, container, kieBase, stateful, releaseId, policy,
                PolicyFacts.toInsert(policy, sources));
    }

    /** Compiles only to report problems; nothing is kept. */
    public static List<RuleProblem> validate(Map<String, String> sources) {
        try {
            compile(sources, "validation").release();
            return List.of();
        } catch (RuleBuildException e) {
            return e.problems();
        }
    }

    static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return isCompiled(name) || name.equals(PolicyDocument.FILE);
    }

    /** A file Drools compiles (rules and decision tables); the policy document is read, not compiled. */
    static boolean isCompiled(String name) {
        return name.endsWith(".drl") || name.endsWith(".drl.csv");
    }

    private static RuleProblem problem(Message message, Map<String, String> fileOfPath) {
        String path = message.getPath() == null ? "(unknown file)" : message.getPath();
        String relative = path.startsWith(RESOURCE_ROOT) ? path.substring(RESOURCE_ROOT.length()) : path;
        return new RuleProblem(fileOfPath.getOrDefault(relative, relative), message.getLine(), message.getText().strip());
    }

    /** Drools expects a rule file in the folder of its package (a decision table's is on its RuleSet row). */
    private static String packageFolder(String name, String text) {
        Matcher declaration = (name.endsWith(".csv") ? TABLE_PACKAGE : PACKAGE).matcher(text);
        return declaration.find() ? declaration.group(1).replace('.', '/') + "/" : "rules/";
    }
}
