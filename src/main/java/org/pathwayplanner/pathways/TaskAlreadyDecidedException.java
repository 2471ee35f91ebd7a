package org.pathwayplanner.pathways;

/** Someone else decided (or is deciding) the task first. HTTP 409 on the API. */
public class TaskAlreadyDecidedException extends IllegalStateException {

    public TaskAlreadyDecidedException(String message) {
        super(message);
    }
}
