/**
 * The workflow engine's side of the house: deploys every BPMN diagram of the {@code processes/}
 * folder at start. The folder is the source of truth; Camunda keeps a version per change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.pathwayplanner.workflow;
