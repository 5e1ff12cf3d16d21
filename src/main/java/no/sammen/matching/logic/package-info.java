/**
 * Matching volunteers to needs (issue 4) as plain Java: no container, no entities, so every rule is unit-tested
 * in milliseconds. Fill {@link no.sammen.matching.logic.NeedSpec} and {@link no.sammen.matching.logic.VolunteerProfile}
 * from the entities; {@link no.sammen.matching.logic.Matcher} ranks candidates for one need with reasons in
 * bokmål; {@link no.sammen.matching.logic.Planner} assigns all open needs at once.
 */
package no.sammen.matching.logic;
