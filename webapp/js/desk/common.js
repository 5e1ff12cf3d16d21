// Small helpers the desk's panels share.
import {describe, has, numberText, t} from '../app.js';

/** Puts a message in a role=status element (announced politely); an error gets the error look and role=alert. */
export function say(element, text) {
    element.classList.remove('desk-error');
    element.setAttribute('role', 'status');
    element.textContent = text;
}

export function sayError(element, error, text) {
    element.classList.add('desk-error');
    element.setAttribute('role', 'alert');
    element.textContent = text || describe(error);
}

/** 150 minutes → "2,5". */
export function hoursText(minutes) {
    return numberText((minutes || 0) / 60, 1);
}

/** A hard rule's code in the reader's language; a code the page does not know is shown as the server sent it. */
export function ruleText(rule) {
    return has('coordinator.rule.' + rule) ? t('coordinator.rule.' + rule) : rule;
}

/** A match status in the reader's language; an unknown one as sent. */
export function statusText(status) {
    return has('coordinator.status.' + status) ? t('coordinator.status.' + status) : status;
}

/** The steps a match may take from a status (MatchStatus.next() on the server). */
export const NEXT = {
    PROPOSED: ['CONTACTED', 'ACCEPTED', 'DECLINED'],
    CONTACTED: ['ACCEPTED', 'DECLINED'],
    ACCEPTED: ['ACTIVE', 'ENDED'],
    ACTIVE: ['ENDED'],
    DECLINED: [],
    ENDED: []
};
export const STATUSES = Object.keys(NEXT);
