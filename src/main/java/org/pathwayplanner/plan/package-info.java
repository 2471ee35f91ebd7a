/**
 * Students' plans to graduation (Connecticut's Student Success Plan): goals and items term by term, checked by the
 * rules (rules/plan.drl) against the same facts as the graduation audit, approved by the counselor and acknowledged
 * by a guardian (processes/student-plan.bpmn). Public API: {@link org.pathwayplanner.plan.StudentPlans} and
 * {@link org.pathwayplanner.plan.PlanReview}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package org.pathwayplanner.plan;
