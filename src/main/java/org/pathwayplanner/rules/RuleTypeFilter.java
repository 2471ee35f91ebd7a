package org.pathwayplanner.rules;

import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Set;

/**
 * The class loader rules are compiled with: it refuses to resolve the classes that reach files, the network,
 * processes, threads, class loading, reflection or the application itself, so a rule naming one of them does
 * not compile even if it slipped past {@link RuleSafety}. Drools' and the JDK's own classes, and the rule
 * facts, resolve as usual. It applies while compiling: the java dialect's consequences and every fully
 * qualified name are resolved through it; a name the MVEL dialect resolves by itself (java.lang) is not, which
 * is why {@link RuleSafety} refuses that dialect.
 */
final class RuleTypeFilter extends ClassLoader {

    private static final List<String> REFUSED_PACKAGES = List.of("java.nio.", "java.net.", "java.lang.reflect.",
            "java.lang.invoke.", "java.lang.instrument.", "java.lang.management.", "java.util.jar.", "java.util.zip.",
            "java.util.logging.", "java.util.prefs.", "java.sql.", "java.rmi.", "javax.script.", "javax.naming.",
            "javax.management.", "jdk.internal.", "sun.", "com.sun.", "org.springframework.", "org.hibernate.",
            "org.camunda.", "org.h2.", "org.postgresql.");
    private static final Set<String> REFUSED_CLASSES = Set.of("java.lang.Runtime", "java.lang.System",
            "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.Thread",
            "java.lang.ThreadGroup", "java.lang.ClassLoader", "java.lang.SecurityManager", "java.lang.StackWalker",
            "java.lang.ModuleLayer", "java.util.Scanner", "java.util.Formatter", "java.util.ServiceLoader",
            "java.util.Timer", "java.util.concurrent.Executors", "java.util.concurrent.ForkJoinPool");
    /**
     * Interfaces and exceptions that the compiler reads to know common types (BigDecimal is Externalizable and
     * throws IOException; Class is a reflect.Type): they open nothing. In java.io only these resolve.
     */
    private static final Set<String> SIGNATURE_TYPES = Set.of("java.io.Serializable", "java.io.Externalizable",
            "java.io.ObjectInput", "java.io.ObjectOutput", "java.io.DataInput", "java.io.DataOutput",
            "java.io.Closeable", "java.io.Flushable", "java.lang.reflect.Type", "java.lang.reflect.AnnotatedElement",
            "java.lang.reflect.GenericDeclaration", "java.lang.invoke.TypeDescriptor",
            "java.lang.invoke.TypeDescriptor$OfField", "java.lang.invoke.TypeDescriptor$OfMethod");

    /**
     * What the executable model's generated Java needs to compile (lambdas, and Enum's serialization signature); a
     * rule's text cannot name them ({@link RuleSafety}).
     */
    private static final Set<String> EXECUTABLE_MODEL_TYPES = Set.of("java.lang.invoke.MethodHandles",
            "java.lang.invoke.MethodHandles$Lookup", "java.lang.invoke.LambdaMetafactory", "java.lang.invoke.MethodHandle",
            "java.lang.invoke.MethodType", "java.lang.invoke.CallSite", "java.lang.invoke.SerializedLambda",
            "java.io.ObjectInputStream", "java.io.ObjectOutputStream");

    private final boolean executableModel;

    RuleTypeFilter(ClassLoader parent) {
        this(parent, false);
    }

    RuleTypeFilter(ClassLoader parent, boolean executableModel) {
        super(parent);
        this.executableModel = executableModel;
    }

    static boolean refuses(String className) {
        String name = className.replace('/', '.');
        if (SIGNATURE_TYPES.contains(name)) {
            return false;
        }
        if (name.startsWith("java.io.")) {
            return !name.endsWith("Exception") && !name.endsWith("Error");
        }
        int nested = name.indexOf('$');
        String outer = nested < 0 ? name : name.substring(0, nested);
        if (REFUSED_CLASSES.contains(outer)) {
            return true;
        }
        if (name.startsWith("org.pathwayplanner.") && !name.startsWith("org.pathwayplanner.rules.")) {
            return true;
        }
        if (name.startsWith("org.pathwayplanner.rules.") && name.indexOf('.', "org.pathwayplanner.rules.".length()) < 0) {
            return !RuleSafety.RULE_TYPES.contains(outer.substring("org.pathwayplanner.rules.".length()));
        }
        return REFUSED_PACKAGES.stream().anyMatch(name::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (refuses(name) && !(executableModel && EXECUTABLE_MODEL_TYPES.contains(name))) {
            throw new ClassNotFoundException(name + " may not be used in a rule");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return refusedClassFile(name) ? null : super.getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return refusedClassFile(name) ? null : super.getResourceAsStream(name);
    }

    private boolean refusedClassFile(String name) {
        if (!name.endsWith(".class")) {
            return false;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        return refuses(className) && !(executableModel && EXECUTABLE_MODEL_TYPES.contains(className));
    }
}
