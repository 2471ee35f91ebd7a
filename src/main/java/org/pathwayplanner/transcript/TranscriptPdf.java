package org.pathwayplanner.transcript;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A transcript as a PDF: the page's own template rendered to XHTML and laid out by openhtmltopdf, tagged for screen
 * readers (PDF/UA), with the Liberation fonts embedded so that every name prints as written (Sofía, Nuñez, Łukasz).
 */
@Component
public class TranscriptPdf {

    static final String DOCUMENT = "transcript/document";
    private static final String FONTS = "/liberation/";
    private static final String FAMILY = "Liberation Sans";
    private static final List<Face> FACES = List.of(new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private record Face(String file, int weight, FontStyle style) {
    }

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    private final Map<String, byte[]> fonts;
    private final String css;

    TranscriptPdf(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
        this.fonts = FACES.stream().collect(java.util.stream.Collectors.toMap(Face::file, f -> read(FONTS + f.file())));
        this.css = new String(read("/static/css/transcript.css"), StandardCharsets.UTF_8);
    }

    /** The transcript's PDF in the reader's language (also what a release to a college stores). */
    public byte[] render(TranscriptDocument doc, Locale locale) {
        String xhtml = xhtml(doc, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePdfUaAccessibility(true)
                .withProducer("Pathway Planner");
        FACES.forEach(f -> builder.useFont(() -> new ByteArrayInputStream(fonts.get(f.file())), FAMILY, f.weight(),
                f.style(), true));
        builder.withHtmlContent(xhtml, null).toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** The XHTML the PDF is made from (the sheet of the page, without its links). */
    String xhtml(TranscriptDocument doc, Locale locale) {
        Context context = new Context(locale, Map.of("doc", doc, "css", css, "web", false));
        // lets the template call the same beans as the pages (@readable, @sentences) outside a web request
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locale);
        try {
            return templates.process(DOCUMENT, context);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = TranscriptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
