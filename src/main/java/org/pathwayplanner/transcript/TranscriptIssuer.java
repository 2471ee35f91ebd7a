package org.pathwayplanner.transcript;

import org.pathwayplanner.transcript.TranscriptDocument.Issuer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The district's identity as a transcript prints it ({@code pathway-planner.district.*}). */
@Component
class TranscriptIssuer {

    private final String name;
    private final String address;
    private final String website;

    TranscriptIssuer(@Value("${pathway-planner.district.name:}") String name,
            @Value("${pathway-planner.district.address:}") String address,
            @Value("${pathway-planner.district.website:}") String website) {
        this.name = name;
        this.address = address;
        this.website = website;
    }

    Issuer of(String school) {
        return new Issuer(name, address, website, school);
    }
}
