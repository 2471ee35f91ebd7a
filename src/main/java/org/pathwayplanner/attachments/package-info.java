/**
 * Files as evidence on a pathway (issue 19): PDFs, images and office documents that the student, a teacher of the
 * student or an administrator attach to an active pathway (and, once mentors have their pages, the mentor through
 * {@link org.pathwayplanner.attachments.PathwayFiles#attach(long, Uploader, IncomingFile)}); checked by what the bytes
 * are, within size and count limits, kept apart from the tables pages read, and given only to those who may see the
 * student ({@link org.pathwayplanner.people.StudentAccess}), each download recorded in the records of access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files as evidence")
package org.pathwayplanner.attachments;
