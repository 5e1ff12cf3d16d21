// Suggestions as you type, through the browser's own <datalist>: keyboard and screen reader support come with it,
// and the list never traps focus. Only public kinds are suggested (offers, places, organisations).
import {api, h} from '../app.js';

export function suggestAsYouType(input, datalist) {
    let timer = null;
    input.addEventListener('input', event => {
        clearTimeout(timer);
        if (event.inputType === 'insertReplacementText' || input.value.trim().length < 2) {
            return; // a suggestion was just chosen, or too little to go on
        }
        timer = setTimeout(async () => {
            const answer = await api('search/suggest', {query: {q: input.value.trim(), limit: 8}}).catch(() => null);
            if (!answer) {
                return;
            }
            const titles = [...new Set(answer.suggestions.filter(s => s.type !== 'need' && s.type !== 'volunteer')
                .map(s => s.title))];
            datalist.replaceChildren(...titles.map(title => h('option', {value: title})));
        }, 200);
    });
}
