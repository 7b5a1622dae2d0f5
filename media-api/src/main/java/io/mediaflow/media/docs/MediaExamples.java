package io.mediaflow.media.docs;

/**
 * Response bodies the media-api documentation shows, as the API sends them through the
 * gateway.
 */
public final class MediaExamples {

	public static final String UPLOAD_ACCEPTED = """
			{"task_id": "0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c", "status": "PENDING", "files": 2, \
			"status_url": "http://localhost:8080/status/0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c", \
			"download_url": "http://localhost:8080/task/0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c"}""";

	public static final String TASK_STATUS = """
			{"task_id": "0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c", "status": "PARTIAL", \
			"progress": {"total": 2, "done": 1, "failed": 1}, \
			"created_at": "2025-05-04T10:15:30.120Z", "finished_at": "2025-05-04T10:15:32.480Z", \
			"expires_at": "2025-05-11T10:15:30.120Z", \
			"files": [{"file_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "name": "photo.jpg", "status": "DONE", \
			"outputs": ["photo_original.jpg", "photo_rotated.jpg", "photo_gray.jpg", "photo_scaled.jpg"], \
			"error": null}, \
			{"file_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "name": "broken.png", "status": "FAILED", \
			"outputs": [], "error": "The image could not be decoded"}], \
			"download_url": "http://localhost:8080/task/0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c"}""";

	public static final String TASK_EVENTS = """
			event:status
			data:{"task_id":"0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c","status":"PROCESSING","progress":{"total":2,"done":1,"failed":0},...}

			:heartbeat

			event:status
			data:{"task_id":"0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c","status":"DONE","progress":{"total":2,"done":2,"failed":0},...}

			event:end
			data:{"task_id":"0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c","status":"DONE","progress":{"total":2,"done":2,"failed":0},...}
			""";

	public static final String HISTORY = """
			{"items": [{"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", \
			"task_id": "0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c", "img_link": "photo_scaled.jpg", \
			"created_at": "2025-05-04T10:15:32.410Z"}], "page": 0, "size": 50, "total": 1}""";

	public static final String RECORD_CREATED = """
			{"download_url": "http://localhost:8080/record?id=6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c\
			&user=3f1c2b9e-8a4d-4c55-9d0e-2f6a7b8c9d01&expires=1767225600\
			&sig=Jq0b3xYk1vX8yWf2Zr5pQm7LcT9eHs4uNa6dGo1iKwE", "record_id": "6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c", \
			"task_id": "0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c"}""";

	public static final String IMAGE_CREATED = """
			{"id": "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a", \
			"url": "http://localhost:8080/image?id=4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a\
			&user=3f1c2b9e-8a4d-4c55-9d0e-2f6a7b8c9d01"}""";

	public static final String TASK_NOT_FOUND = """
			{"type": "https://mediaflow.io/problems/task-not-found", "title": "Task not found", "status": 404, \
			"detail": "There is no task 0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c of yours", \
			"instance": "/status/0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c"}""";

	public static final String TASK_NOT_FINISHED = """
			{"type": "https://mediaflow.io/problems/task-not-finished", "title": "Task not finished", "status": 409, \
			"detail": "Task 0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c is PROCESSING; download its results once it is DONE, \
			PARTIAL or FAILED", "instance": "/task/0b7e5c1a-2d3f-4e5a-8b9c-0d1e2f3a4b5c"}""";

	public static final String MALFORMED_ID = """
			{"type": "https://mediaflow.io/problems/invalid-parameter", "title": "Invalid parameter", "status": 400, \
			"detail": "'taskId' is not a valid id (a UUID)", "instance": "/status/not-a-uuid"}""";

	public static final String OTHERS_HISTORY = """
			{"type": "https://mediaflow.io/problems/forbidden", "title": "Forbidden", "status": 403, \
			"detail": "You can only read your own history", \
			"instance": "/history/7d2e4a10-5b6c-4f3e-8a9b-0c1d2e3f4a5b"}""";

	public static final String UNSUPPORTED_FILE = """
			{"type": "https://mediaflow.io/problems/unsupported-file", "title": "Unsupported file", "status": 415, \
			"detail": "'notes.txt' is not a JPEG or PNG image or a WAV recording (checked by its content, \
			not its name)", \
			"instance": "/upload"}""";

	public static final String FILE_TOO_LARGE = """
			{"type": "https://mediaflow.io/problems/file-too-large", "title": "File too large", "status": 413, \
			"detail": "'huge.png' is larger than 50 MB", "instance": "/upload"}""";

	public static final String IMAGE_TOO_LARGE = """
			{"type": "https://mediaflow.io/problems/image-too-large", "title": "Image too large", "status": 422, \
			"detail": "'bomb.png' declares 100000x100000 pixels; at most 50000000 pixels are accepted", \
			"instance": "/upload"}""";

	public static final String RECORDING_TOO_LONG = """
			{"type": "https://mediaflow.io/problems/recording-too-long", "title": "Recording too long", "status": 422, \
			"detail": "'talk.wav' lasts 2400 s; at most 1800 s are accepted", "instance": "/record"}""";

	public static final String STILL_PROCESSING = """
			{"type": "https://mediaflow.io/problems/still-processing", "title": "Still processing", "status": 202, \
			"detail": "The MP3 is still being made; try the same URL again shortly", "instance": "/record"}""";

	public static final String INVALID_IMAGE_PARAMETER = """
			{"type": "https://mediaflow.io/problems/invalid-parameter", "title": "Invalid parameter", "status": 400, \
			"detail": "'x' must be between 1 and 10000 pixels", "instance": "/image"}""";

	private MediaExamples() {
	}

}
