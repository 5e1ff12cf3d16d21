// How urgent an open need is, from the need itself and the municipality's matches. Pure: no DOM, no API, so the
// ordering rules sit in one place: unfilled first, then at risk (a volunteer said no or stopped), then soon.

const TAKEN = ['ACCEPTED', 'ACTIVE'];
const WAITING = ['PROPOSED', 'CONTACTED'];
const STOPPED = ['DECLINED', 'ENDED'];
export const SOON_DAYS = 14;

function daysBetween(fromIso, toIso) {
    const day = 24 * 60 * 60 * 1000;
    return Math.round((Date.parse(toIso + 'T12:00:00Z') - Date.parse(fromIso + 'T12:00:00Z')) / day);
}

/** Today's date as 2026-11-22 in local time. */
export function today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * {score, missing, waiting, stopped, badges: [{key, args, urgent}]} for one need. Badges carry text keys of the
 * coordinator bundle, so the state is never told by colour alone.
 */
export function assess(need, matches, on = today()) {
    const own = matches.filter(m => String(m.need) === String(need.id));
    const needed = need.volunteersNeeded || 1;
    const taken = own.filter(m => TAKEN.includes(m.status)).length;
    const waiting = own.filter(m => WAITING.includes(m.status)).length;
    const stopped = own.filter(m => STOPPED.includes(m.status)).length;
    const missing = Math.max(0, needed - taken);
    const badges = [];
    let score = 0;
    if (missing > 0 && taken === 0 && waiting === 0) {
        badges.push({key: 'coordinator.badge.unfilled', args: [], urgent: true});
        score += 100;
    } else if (missing > waiting) {
        badges.push({key: 'coordinator.badge.missing', args: [missing - waiting, needed], urgent: true});
        score += 60;
    }
    if (missing > 0 && stopped > 0) {
        badges.push({key: 'coordinator.badge.atRisk', args: [stopped], urgent: true});
        score += 80;
    }
    if (waiting > 0 && missing > 0) {
        badges.push({key: 'coordinator.badge.waiting', args: [waiting], urgent: false});
    }
    if (need.startDate && missing > 0) {
        const days = daysBetween(on, need.startDate);
        if (days < 0) {
            badges.push({key: 'coordinator.badge.started', args: [], urgent: true});
            score += 40;
        } else if (days === 0) {
            badges.push({key: 'coordinator.badge.today', args: [], urgent: true});
            score += 50;
        } else if (days <= SOON_DAYS) {
            badges.push({key: 'coordinator.badge.soon', args: [need.startDate], date: true, urgent: true});
            score += 50 - days;
        }
    }
    if (missing === 0) {
        badges.push({key: 'coordinator.badge.covered', args: [], urgent: false});
    }
    return {score, missing, waiting, stopped, taken, needed, badges};
}

/**
 * The needs to show on the desk, most urgent first: every OPEN need, and a FILLED need only when a volunteer
 * has stopped and left a gap. Ties go to the earliest start.
 */
export function byUrgency(needs, matches, on = today()) {
    return needs
        .map(need => ({need, urgency: assess(need, matches, on)}))
        .filter(({need, urgency}) => need.status === 'OPEN' || (need.status === 'FILLED' && urgency.missing > 0 && urgency.stopped > 0))
        .sort((a, b) => b.urgency.score - a.urgency.score
            || String(a.need.startDate || '9999').localeCompare(String(b.need.startDate || '9999'))
            || String(a.need.title).localeCompare(String(b.need.title)));
}
