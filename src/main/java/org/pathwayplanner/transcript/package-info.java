/**
 * The mastery-based transcript: the document a college receives — competencies by area with the level reached and
 * when, credits by area against the requirements, flexible pathways, the key to the district's scale — as a page, a
 * printout, a PDF, and a batch of PDFs for a graduating class.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transcript")
package org.pathwayplanner.transcript;
