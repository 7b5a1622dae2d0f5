'use strict';

/*
 * Mediaflow's web page: accounts, uploads with a progress bar per task, results and history, all through the
 * public API of the same origin. The access token lives in sessionStorage only.
 */
(() => {
	const SESSION_KEY = 'mediaflow.session';
	const FINISHED = new Set(['DONE', 'PARTIAL', 'FAILED', 'CANCELED']);
	const VARIANT = /_(original|rotated|gray|scaled)\.[^.]+$/;

	const $ = (id) => document.getElementById(id);

	let session = null;
	let sessionTimer = 0;
	let historyRequest = 0;
	const tasks = [];

	/* ---------- problems (RFC 9457) ---------- */

	class Problem extends Error {
		constructor(status, title, detail, errors) {
			super(detail || title);
			this.status = status;
			this.title = title;
			this.detail = detail;
			this.errors = errors;
		}
	}

	function problemFrom(status, contentType, text) {
		let body = {};
		if (contentType && contentType.includes('json')) {
			try {
				body = JSON.parse(text) || {};
			}
			catch (ignored) {
				body = {};
			}
		}
		return new Problem(status, body.title || `Request failed (HTTP ${status})`, body.detail || '',
			fieldErrors(body.errors));
	}

	function fieldErrors(errors) {
		if (!errors) {
			return [];
		}
		if (Array.isArray(errors)) {
			return errors.map((error) => (typeof error === 'string') ? error
				: `${error.field || error.name || ''} ${error.message || error.detail || ''}`.trim());
		}
		return Object.entries(errors).map(([field, message]) => `${field.replaceAll('_', ' ')}: ${message}`);
	}

	function asProblem(error) {
		if (error instanceof Problem) {
			return error;
		}
		return new Problem(0, 'The server could not be reached', 'Check your connection and try again.', []);
	}

	function showProblem(error) {
		const problem = asProblem(error);
		$('problem-title').textContent = problem.title;
		$('problem-detail').textContent = problem.detail || '';
		$('problem-errors').replaceChildren(...problem.errors.map((message) => element('li', message)));
		$('problem').hidden = false;
	}

	function hideProblem() {
		$('problem').hidden = true;
	}

	/* ---------- HTTP ---------- */

	async function api(path, options = {}) {
		const headers = new Headers(options.headers || {});
		if (session) {
			headers.set('Authorization', `Bearer ${session.accessToken}`);
		}
		const response = await fetch(path, { ...options, headers });
		if (!response.ok) {
			const problem = problemFrom(response.status, response.headers.get('Content-Type'), await response.text());
			if (response.status === 401 && session) {
				endSession('Your session has ended; log in again.');
			}
			throw problem;
		}
		return response;
	}

	/* ---------- session ---------- */

	function restoreSession() {
		try {
			const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY));
			if (saved && saved.accessToken && saved.expiresAt > Date.now()) {
				return saved;
			}
		}
		catch (ignored) {
			// a damaged entry is dropped below
		}
		sessionStorage.removeItem(SESSION_KEY);
		return null;
	}

	function startSession(saved) {
		session = saved;
		sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
		clearTimeout(sessionTimer);
		sessionTimer = setTimeout(() => endSession('Your session has expired; log in again.'),
			Math.min(session.expiresAt - Date.now(), 2 ** 31 - 1));
		showSignedIn();
		refreshHistory();
	}

	function endSession(message) {
		session = null;
		sessionStorage.removeItem(SESSION_KEY);
		clearTimeout(sessionTimer);
		tasks.splice(0).forEach((task) => task.dispose());
		$('tasks').replaceChildren();
		$('history').tBodies[0].replaceChildren();
		$('history-summary').textContent = '';
		showSignedOut();
		if (message) {
			showProblem(new Problem(401, 'Signed out', message, []));
		}
	}

	function showSignedIn() {
		$('who-name').textContent = session.name;
		$('who').hidden = false;
		$('account').hidden = true;
		$('workspace').hidden = false;
		$('no-tasks').hidden = tasks.length > 0;
	}

	function showSignedOut() {
		$('who').hidden = true;
		$('account').hidden = false;
		$('workspace').hidden = true;
		$('login-name').focus();
	}

	async function submitAccount(event) {
		event.preventDefault();
		hideProblem();
		const register = event.submitter && event.submitter.value === 'register';
		const login = $('login-name').value.trim();
		const body = { password: $('login-password').value };
		body[login.includes('@') ? 'email' : 'user_name'] = login;
		const buttons = event.target.querySelectorAll('button');
		buttons.forEach((button) => { button.disabled = true; });
		try {
			const response = await api(register ? '/registration' : '/login', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
			const account = await response.json();
			$('login-password').value = '';
			startSession({
				userId: account.user_id,
				name: account.name || login,
				accessToken: account.access_token,
				expiresAt: Date.now() + (account.expires_in || 3600) * 1000,
			});
		}
		catch (error) {
			showProblem(error);
		}
		finally {
			buttons.forEach((button) => { button.disabled = false; });
		}
	}

	/* ---------- uploads and tasks ---------- */

	function upload(fileList) {
		const files = Array.from(fileList || []);
		if (files.length === 0 || !session) {
			return;
		}
		hideProblem();
		const task = new TaskView(files);
		tasks.unshift(task);
		$('no-tasks').hidden = true;
		$('tasks').prepend(task.root);

		const form = new FormData();
		files.forEach((file) => form.append('files', file, file.name));
		const request = new XMLHttpRequest();
		request.open('POST', '/upload');
		request.setRequestHeader('Authorization', `Bearer ${session.accessToken}`);
		request.upload.addEventListener('progress', (event) => {
			if (event.lengthComputable) {
				task.uploading(event.loaded, event.total);
			}
		});
		request.addEventListener('load', () => {
			if (request.status === 202) {
				task.accepted(JSON.parse(request.responseText));
				follow(task);
				return;
			}
			const problem = problemFrom(request.status, request.getResponseHeader('Content-Type'),
				request.responseText);
			task.refused(problem);
			showProblem(problem);
			if (request.status === 401) {
				endSession('Your session has ended; log in again.');
			}
		});
		request.addEventListener('error', () => {
			const problem = asProblem(new TypeError('network'));
			task.refused(problem);
			showProblem(problem);
		});
		request.send(form);
	}

	/**
	 * Follows the task through GET /status/{id}/events (fetch streaming: it needs the Authorization header, which
	 * EventSource cannot send); a stream that closes without its end (a stream lasts minutes) is opened again.
	 * Where streaming is missing or fails twice in a row, it falls back to polling.
	 */
	async function follow(task) {
		let failures = 0;
		while (!task.disposed) {
			try {
				if (await streamEvents(task)) {
					if (!task.disposed) {
						refreshHistory();
					}
					return;
				}
				failures = 0;
			}
			catch (error) {
				const problem = asProblem(error);
				if (problem.status === 401) {
					return;
				}
				failures += 1;
				if (failures >= 2) {
					poll(task);
					return;
				}
				await sleep(1000);
			}
		}
	}

	/** Reads one event stream of the task; true once its end event came. */
	async function streamEvents(task) {
		const response = await api(`/status/${encodeURIComponent(task.id)}/events`,
			{ headers: { Accept: 'text/event-stream' } });
		if (!response.body || typeof TextDecoderStream === 'undefined') {
			throw new TypeError('streaming is not available');
		}
		const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
		let buffer = '';
		for (;;) {
			const { value, done } = await reader.read();
			if (done) {
				return false;
			}
			if (task.disposed) {
				reader.cancel();
				return true;
			}
			buffer += value.replace(/\r\n?/g, '\n');
			let boundary;
			while ((boundary = buffer.indexOf('\n\n')) >= 0) {
				const event = sseEvent(buffer.slice(0, boundary));
				buffer = buffer.slice(boundary + 2);
				if (event.data !== null) {
					task.update(JSON.parse(event.data));
					if (event.name === 'end') {
						reader.cancel();
						return true;
					}
				}
			}
		}
	}

	/** One block of a text/event-stream: its event name and data (null for a comment, such as a heartbeat). */
	function sseEvent(block) {
		let name = 'message';
		const data = [];
		for (const line of block.split('\n')) {
			const colon = line.indexOf(':');
			const field = (colon < 0) ? line : line.slice(0, colon);
			const value = (colon < 0) ? '' : line.slice(colon + 1).replace(/^ /, '');
			if (field === 'event') {
				name = value;
			}
			else if (field === 'data') {
				data.push(value);
			}
		}
		return { name, data: (data.length > 0) ? data.join('\n') : null };
	}

	/** The fallback: GET /status/{id} until the task is finished. */
	async function poll(task) {
		let delay = 400;
		while (!task.disposed) {
			await sleep(delay);
			if (task.disposed) {
				return;
			}
			try {
				const status = await (await api(`/status/${encodeURIComponent(task.id)}`)).json();
				task.update(status);
				if (FINISHED.has(status.status)) {
					refreshHistory();
					return;
				}
				delay = Math.min(delay * 1.5, 2000);
			}
			catch (error) {
				const problem = asProblem(error);
				if (problem.status === 0 || problem.status === 503) {
					task.waiting('Waiting for the server…');
					delay = 3000;
					continue;
				}
				if (problem.status !== 401) {
					task.refused(problem);
				}
				return;
			}
		}
	}

	/** One task's card: files, progress bar, result thumbnails and downloads. */
	class TaskView {

		constructor(files) {
			this.files = files;
			this.id = null;
			this.status = 'UPLOADING';
			this.disposed = false;
			this.zip = null;
			this.urls = [];
			this.root = $('task-template').content.firstElementChild.cloneNode(true);
			this.bar = this.root.querySelector('.task-bar');
			this.text = this.root.querySelector('.task-progress');
			this.title = this.root.querySelector('.task-title');
			this.badge = this.root.querySelector('.badge');
			this.title.textContent = `Uploading ${count(files.length, 'file')}`;
			this.bar.setAttribute('aria-label', 'Upload progress');
			this.setStatus('UPLOADING');
			this.root.querySelector('.files')
				.replaceChildren(...files.map((file) => element('li', `${file.name} (${size(file.size)})`)));
		}

		setStatus(status) {
			this.status = status;
			this.root.dataset.status = status;
			this.badge.textContent = status;
		}

		say(message) {
			if (this.text.textContent !== message) {
				this.text.textContent = message;
			}
		}

		uploading(loaded, total) {
			this.bar.max = total;
			this.bar.value = loaded;
			this.say(`Uploading… ${Math.floor((loaded / total) * 100)} %`);
		}

		accepted(body) {
			this.id = body.task_id;
			this.root.dataset.taskId = this.id;
			this.title.textContent = `Task ${this.id.slice(0, 8)} · ${count(this.files.length, 'file')}`;
			this.title.title = this.id;
			this.bar.setAttribute('aria-label', `Progress of task ${this.id.slice(0, 8)}`);
			this.bar.max = this.files.length;
			this.bar.value = 0;
			this.setStatus(body.status || 'PENDING');
			this.say('Uploaded; waiting for a worker…');
			const cancelButton = element('button', 'Cancel');
			cancelButton.type = 'button';
			cancelButton.className = 'secondary cancel-task';
			cancelButton.addEventListener('click', () => this.cancel(cancelButton));
			this.root.querySelector('.downloads').replaceChildren(cancelButton);
		}

		/** DELETE /task/{id}: the event stream (or the next poll) then shows the task CANCELED. */
		async cancel(button) {
			button.disabled = true;
			try {
				await api(`/task/${encodeURIComponent(this.id)}`, { method: 'DELETE' });
				this.say('Canceling…');
			}
			catch (error) {
				showProblem(error);
				button.disabled = false;
			}
		}

		waiting(message) {
			this.say(message);
		}

		refused(problem) {
			this.setStatus('REFUSED');
			this.bar.value = 0;
			this.say([problem.title, problem.detail].filter(Boolean).join(': '));
		}

		update(status) {
			const { total, done, failed } = status.progress;
			this.bar.max = Math.max(total, 1);
			this.bar.value = done + failed;
			this.setStatus(status.status);
			this.root.querySelector('.files').replaceChildren(...status.files.map(fileLine));
			if (!FINISHED.has(status.status)) {
				this.say(`${done} of ${count(total, 'file')} done${failed ? `, ${failed} failed` : ''} (${status.status})`);
				return;
			}
			if (status.status === 'DONE') {
				this.say(`Done: all ${count(total, 'file')} processed.`);
			}
			else if (status.status === 'PARTIAL') {
				this.say(`Partly done: ${done} of ${count(total, 'file')} processed, ${failed} failed.`);
			}
			else if (status.status === 'CANCELED') {
				this.say(`Canceled: ${done} of ${count(total, 'file')} had been processed; their results are removed.`);
			}
			else {
				this.say('Failed: no file could be processed.');
			}
			this.showResults(status.files);
		}

		showResults(statusFiles) {
			const local = new Map();
			this.files.forEach((file) => {
				if (!local.has(file.name)) {
					local.set(file.name, []);
				}
				local.get(file.name).push(file);
			});
			const figures = [];
			const mp3s = [];
			statusFiles.forEach((file, index) => {
				const source = (local.get(file.name) || []).shift() || this.files[index];
				file.outputs.forEach((output) => {
					if (output.toLowerCase().endsWith('.mp3')) {
						mp3s.push(output);
						figures.push(audioFigure(output));
					}
					else {
						figures.push(imageFigure(output, source && this.objectUrl(source)));
					}
				});
			});
			this.root.querySelector('.results').replaceChildren(...figures);
			const downloads = this.root.querySelector('.downloads');
			if (figures.length === 0) {
				downloads.replaceChildren();
				return;
			}
			const zipButton = element('button', 'Download zip');
			zipButton.type = 'button';
			zipButton.className = 'download-zip';
			zipButton.addEventListener('click', () => this.save(zipButton, null));
			const mp3Buttons = mp3s.map((name) => {
				const button = element('button', `Download ${name}`);
				button.type = 'button';
				button.className = 'secondary download-mp3';
				button.addEventListener('click', () => this.save(button, name));
				return button;
			});
			const note = element('p', '');
			note.className = 'download-note muted';
			note.setAttribute('aria-live', 'polite');
			downloads.replaceChildren(zipButton, ...mp3Buttons, note);
		}

		objectUrl(blob) {
			const url = URL.createObjectURL(blob);
			this.urls.push(url);
			return url;
		}

		/** The task's zip, fetched once; the page's thumbnails then show the real results from it. */
		fetchZip() {
			if (!this.zip) {
				this.zip = api(`/task/${encodeURIComponent(this.id)}`)
					.then((response) => response.blob())
					.then((blob) => {
						this.showRealResults(blob);
						return blob;
					});
				this.zip.catch(() => { this.zip = null; });
			}
			return this.zip;
		}

		async save(button, entryName) {
			const label = button.textContent;
			const note = this.root.querySelector('.download-note');
			button.disabled = true;
			button.textContent = 'Preparing…';
			try {
				const zip = await this.fetchZip();
				if (entryName) {
					const entry = (await readZip(zip)).get(entryName);
					if (!entry) {
						throw new Problem(404, 'Not in the zip', `${entryName} is missing from the task's zip.`, []);
					}
					const blob = await entryBlob(zip, entry, 'audio/mpeg');
					this.offer(blob, entryName);
					note.textContent = `Saved ${entryName} (${size(blob.size)}).`;
				}
				else {
					const name = `task-${this.id}.zip`;
					this.offer(zip, name);
					note.textContent = `Saved ${name} (${size(zip.size)}).`;
				}
			}
			catch (error) {
				showProblem(error);
			}
			finally {
				button.disabled = false;
				button.textContent = label;
			}
		}

		offer(blob, name) {
			const link = document.createElement('a');
			link.href = this.objectUrl(blob);
			link.download = name;
			link.hidden = true;
			document.body.append(link);
			link.click();
			link.remove();
		}

		async showRealResults(zip) {
			try {
				const entries = await readZip(zip);
				for (const figure of this.root.querySelectorAll('.results figure')) {
					const entry = entries.get(figure.dataset.output);
					if (!entry) {
						continue;
					}
					const audio = figure.classList.contains('audio');
					const url = this.objectUrl(await entryBlob(zip, entry, audio ? 'audio/mpeg' : imageType(entry.name)));
					if (audio) {
						const player = document.createElement('audio');
						player.controls = true;
						player.src = url;
						player.setAttribute('aria-label', `Play ${entry.name}`);
						figure.querySelector('.frame').replaceChildren(player);
					}
					else {
						const image = figure.querySelector('img');
						image.addEventListener('load', () => {
							const dimensions = element('span', `${image.naturalWidth} × ${image.naturalHeight}`);
							dimensions.className = 'dimensions';
							figure.querySelector('figcaption').append(dimensions);
						}, { once: true });
						figure.className = 'thumb';
						image.src = url;
						figure.title = `${entry.name}, from the task's zip`;
					}
				}
			}
			catch (error) {
				// the previews made from the user's own files stay
				console.warn('Could not read the results from the zip', error);
			}
		}

		dispose() {
			this.disposed = true;
			this.urls.forEach((url) => URL.revokeObjectURL(url));
			this.urls = [];
		}

	}

	function fileLine(file) {
		const line = element('li', `${file.name}: ${file.status}`);
		if (file.error) {
			const error = element('span', ` (${file.error})`);
			error.className = 'error';
			line.append(error);
		}
		return line;
	}

	/** A result thumbnail; until the zip is fetched it is a preview made from the user's own file. */
	function imageFigure(output, sourceUrl) {
		const figure = document.createElement('figure');
		const variant = (VARIANT.exec(output) || [])[1];
		figure.className = variant ? `thumb preview-${variant}` : 'thumb';
		figure.dataset.output = output;
		figure.title = `${output}, previewed from your file`;
		const frame = element('div', '');
		frame.className = 'frame';
		const image = document.createElement('img');
		image.alt = output;
		if (sourceUrl) {
			image.src = sourceUrl;
		}
		frame.append(image);
		figure.append(frame, element('figcaption', output));
		return figure;
	}

	function audioFigure(output) {
		const figure = document.createElement('figure');
		figure.className = 'thumb audio';
		figure.dataset.output = output;
		const frame = element('div', '♪');
		frame.className = 'frame';
		frame.setAttribute('aria-hidden', 'true');
		figure.append(frame, element('figcaption', output));
		return figure;
	}

	/* ---------- zip reading (stored and deflated entries, as media-api writes them) ---------- */

	async function readZip(blob) {
		const tailLength = Math.min(blob.size, 22 + 0xffff);
		const tail = new DataView(await blob.slice(blob.size - tailLength).arrayBuffer());
		let end = -1;
		for (let i = tailLength - 22; i >= 0; i--) {
			if (tail.getUint32(i, true) === 0x06054b50) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new Error('not a zip');
		}
		const entryCount = tail.getUint16(end + 10, true);
		const directoryLength = tail.getUint32(end + 12, true);
		const directoryOffset = tail.getUint32(end + 16, true);
		if (entryCount === 0xffff || directoryOffset === 0xffffffff) {
			throw new Error('zip64 is not read here');
		}
		const directory = new DataView(
			await blob.slice(directoryOffset, directoryOffset + directoryLength).arrayBuffer());
		const names = new TextDecoder();
		const entries = new Map();
		let at = 0;
		for (let i = 0; i < entryCount; i++) {
			if (directory.getUint32(at, true) !== 0x02014b50) {
				throw new Error('damaged zip directory');
			}
			const nameLength = directory.getUint16(at + 28, true);
			const name = names.decode(new Uint8Array(directory.buffer, at + 46, nameLength));
			entries.set(name, {
				name,
				method: directory.getUint16(at + 10, true),
				compressedSize: directory.getUint32(at + 20, true),
				localOffset: directory.getUint32(at + 42, true),
			});
			at += 46 + nameLength + directory.getUint16(at + 30, true) + directory.getUint16(at + 32, true);
		}
		return entries;
	}

	async function entryBlob(zip, entry, type) {
		const header = new DataView(await zip.slice(entry.localOffset, entry.localOffset + 30).arrayBuffer());
		const start = entry.localOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
		const data = zip.slice(start, start + entry.compressedSize);
		if (entry.method === 0) {
			return new Blob([data], { type });
		}
		if (entry.method === 8) {
			const inflated = await new Response(data.stream().pipeThrough(new DecompressionStream('deflate-raw')))
				.arrayBuffer();
			return new Blob([inflated], { type });
		}
		throw new Error(`compression method ${entry.method} is not read here`);
	}

	/* ---------- history ---------- */

	async function refreshHistory() {
		if (!session) {
			return;
		}
		const request = ++historyRequest;
		const summary = $('history-summary');
		try {
			const response = await api(`/history/${encodeURIComponent(session.userId)}?page=0&size=50`);
			const page = await response.json();
			if (request !== historyRequest || !session) {
				return;
			}
			$('history').tBodies[0].replaceChildren(...page.items.map(historyRow));
			$('history').hidden = page.items.length === 0;
			if (page.total === 0) {
				summary.textContent = 'No results yet: upload an image to start.';
			}
			else if (page.items.length < page.total) {
				summary.textContent = `The newest ${page.items.length} of ${count(page.total, 'result')}.`;
			}
			else {
				summary.textContent = `${count(page.total, 'result')}.`;
			}
		}
		catch (error) {
			showProblem(error);
		}
	}

	function historyRow(item) {
		const row = document.createElement('tr');
		const task = element('td', item.task_id.slice(0, 8));
		task.title = item.task_id;
		const created = document.createElement('time');
		created.dateTime = item.created_at;
		created.textContent = new Date(item.created_at).toLocaleString();
		const createdCell = document.createElement('td');
		createdCell.append(created);
		row.append(element('td', item.img_link), task, createdCell);
		return row;
	}

	/* ---------- small helpers ---------- */

	function element(tag, text) {
		const node = document.createElement(tag);
		node.textContent = text;
		return node;
	}

	function count(n, noun) {
		return `${n} ${noun}${n === 1 ? '' : 's'}`;
	}

	function size(bytes) {
		if (bytes < 1024) {
			return `${bytes} B`;
		}
		if (bytes < 1024 * 1024) {
			return `${(bytes / 1024).toFixed(1)} KB`;
		}
		return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	}

	function imageType(name) {
		return name.toLowerCase().endsWith('.png') ? 'image/png' : 'image/jpeg';
	}

	function sleep(ms) {
		return new Promise((resolve) => setTimeout(resolve, ms));
	}

	/* ---------- wiring ---------- */

	function wireDropZone() {
		const zone = $('drop-zone');
		const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files');
		zone.addEventListener('dragover', (event) => {
			if (hasFiles(event)) {
				event.preventDefault();
				event.dataTransfer.dropEffect = 'copy';
				zone.classList.add('dragging');
			}
		});
		zone.addEventListener('dragleave', (event) => {
			if (!zone.contains(event.relatedTarget)) {
				zone.classList.remove('dragging');
			}
		});
		zone.addEventListener('drop', (event) => {
			event.preventDefault();
			zone.classList.remove('dragging');
			upload(event.dataTransfer.files);
		});
		// a file dropped beside the zone must not replace the page
		window.addEventListener('dragover', (event) => event.preventDefault());
		window.addEventListener('drop', (event) => event.preventDefault());
		$('file-input').addEventListener('change', (event) => {
			upload(event.target.files);
			event.target.value = '';
		});
	}

	document.addEventListener('DOMContentLoaded', () => {
		$('account-form').addEventListener('submit', submitAccount);
		$('logout').addEventListener('click', () => endSession(null));
		$('problem-close').addEventListener('click', hideProblem);
		$('history-refresh').addEventListener('click', refreshHistory);
		wireDropZone();
		const saved = restoreSession();
		if (saved) {
			startSession(saved);
		}
		else {
			showSignedOut();
		}
	});
})();
