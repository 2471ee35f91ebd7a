/**
 * Running as several instances on one database: scheduled work fires on one instance of the cluster (a ShedLock row
 * in the shared database). The rules version in use and the district recomputation are shared through the database
 * and Camunda's job executor (see policy and progress).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package org.pathwayplanner.cluster;
