package org.pathwayplanner.transcript.credential;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.vc.loader.StaticContextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON-LD contexts a transcript credential uses, shipped in the application: nothing is fetched at run time, and a
 * document that names any other context is refused rather than looked up on the network (an uploaded document
 * chooses its contexts, so a loader that fetched would let anyone make the server call any address).
 */
final class BundledContexts implements DocumentLoader {

    static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String CLR_2_0 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
    static final String OB_3_0 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** The terms of 1EdTech's extensions, among them the credentialSchema type {@code 1EdTechJsonSchemaValidator2019}. */
    static final String OB_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

    /**
     * The contexts of a ClrCredential and of each AchievementCredential in it, in the order the specifications set
     * (as 1EdTech's CLR 2.0 test vector has them).
     */
    static final List<String> CLR_CONTEXTS = List.of(CREDENTIALS_V2, CLR_2_0, OB_3_0, OB_EXTENSIONS);
    static final List<String> OB_CONTEXTS = List.of(CREDENTIALS_V2, OB_3_0, OB_EXTENSIONS);

    private static final Map<String, Document> DOCUMENTS = load();

    private static Map<String, Document> load() {
        Map<String, Document> documents = new HashMap<>();
        // Data Integrity, Multikey and DID contexts as the Iron library ships them
        StaticContextLoader.defaultValues().forEach((uri, document) -> {
            if (uri.startsWith("https://w3id.org/security/") || uri.equals("https://www.w3.org/ns/did/v1")) {
                documents.put(uri, document);
            }
        });
        // The library's credentials v2 is a 2023 draft whose protected terms the OB 3.0 context cannot extend: the
        // W3C Recommendation's context is shipped instead, as the 1EdTech test vectors use it.
        documents.put(CREDENTIALS_V2, resource("credentials-v2.jsonld"));
        documents.put(CLR_2_0, resource("clr-v2p0-context-2.0.1.json"));
        documents.put(OB_3_0, resource("ob-v3p0-context-3.0.3.json"));
        documents.put(OB_EXTENSIONS, resource("ob-v3p0-extensions.json"));
        return Map.copyOf(documents);
    }

    private static Document resource(String name) {
        try (InputStream in = BundledContexts.class.getResourceAsStream("/credential/contexts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled JSON-LD context " + name);
            }
            return JsonDocument.of(in);
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("Unreadable bundled JSON-LD context " + name, e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = DOCUMENTS.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "Only the contexts bundled with the application are used; refused " + url);
        }
        return document;
    }
}
