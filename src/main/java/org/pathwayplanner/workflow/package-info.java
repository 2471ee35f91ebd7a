/**
 * The workflow engine's side of the house: deploys every BPMN diagram shipped with the application (the
 * top-level {@code processes/} folder, packaged as {@code classpath:processes/}; or an operator's folder) at
 * start. Camunda keeps a version per change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.pathwayplanner.workflow;
