package org.entente.shared;

/** What a user may do for a party. A user holds roles per membership, never globally. */
@Labelled("role")
public enum Role {
    ADMIN,
    SECRETARIAT,
    FOCAL_POINT,
    MONITOR,
    MEDIATOR,
    OMBUDSPERSON,
    PANEL_MEMBER,
    LOGISTICS_OFFICER,
    ROSTER_MANAGER,
    EXERCISE_PLANNER,
    AUDITOR,
    /** Labour inspector of a licensing party: licences, inspections and sanctions of recruiters (recruitment). */
    INSPECTOR
}
