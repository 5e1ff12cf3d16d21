import {api, boot, homeOf, signedIn, t} from '../app.js';
import {showMessage, submitting} from '../forms.js';

await boot({page: 'login'});

const params = new URL(location.href).searchParams;
document.getElementById('logged-out').hidden = !params.has('loggedOut');
const form = document.getElementById('login-form');

// Only same-site paths are followed after login, so a crafted link cannot send someone elsewhere.
function next(user) {
    const asked = params.get('next');
    return asked && asked.startsWith('/') && !asked.startsWith('//') ? asked : homeOf(user);
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    await submitting(form, async () => {
        try {
            const user = await api('auth/login', {method: 'POST',
                body: {username: form.username.value.trim(), password: form.password.value}});
            signedIn(user);
            location.assign(next(user));
        } catch (e) {
            if (e.status === 401 || e.status === 429 || e.status === 423) {
                showMessage(form, t('login.failed'));
                form.password.value = '';
                return;
            }
            throw e;
        }
    });
});
